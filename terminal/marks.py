"""Marks: every customer's balance as it stood at fixed instants, every four weeks.

The owner's numbers need each customer's state as of a period's end (silence, lifetime value, the
points owed). For a recent end that is the balances with the little since taken back out; for an end
a year ago it would mean taking back out a year of ``customer_hours``. A mark holds the state at its
instant, so an end long ago costs one mark's rows plus the hours between the mark and the end.

- ``marks``: the instants (UTC hours since the epoch, multiples of ``MARK_HOURS``) whose rows exist.
- ``customer_marks``: per mark and customer with anything before it: net visits, spend, points and
  stamps before the mark, and the latest sale's time before it. The first sale before the mark is the
  customer's first sale ever (``balances.first_visit_ts``) when that lies before the mark, so it is not
  copied into every mark.

Marks are zone-free (whole UTC hours) and kept exact: an event stamped before a mark (a terminal
syncing a week's sales, a back-dated import) is added to every later mark in its own transaction,
as a sum or a minimum/maximum, so arrival order does not matter. New marks are added behind time by
``extend``, which the cashier's database worker calls between customers; a mark not built yet only
makes the stats fall back to an older one or to the balances.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import sqlite_utils

from terminal.clock import iso
from terminal.db import writing
from terminal.hourly import latest_sale_ts

# Four weeks: an end is at most two weeks from a mark, and two weeks of ``customer_hours`` between them are a
# short read of the hour index. Each mark is a copy of every customer: every two weeks, the marks were a
# third of a 1,000,000-event file (tests/bench/bench_size.py).
MARK_HOURS = 28 * 24
# Older history keeps a mark every twelve weeks only: the presets' ends reach a year back, and a long
# history would otherwise grow by 13 copies a year.
RECENT_HOURS = 56 * 7 * 24
SPARSE_HOURS = 3 * MARK_HOURS

HOUR_OF_TS = "CAST(unixepoch(substr(ts, 1, 19)) / 3600 AS INTEGER)"
_MOVES_BALANCE = "customer_id IS NOT NULL AND (kind IN ('sale', 'refund') OR points != 0 OR stamps != 0)"


def hour_of_ts(ts: str) -> int:
    """The UTC hour an ``events.ts`` falls in (as ``HOUR_OF_TS`` computes it in SQL)."""
    return int(datetime.fromisoformat(ts[:19]).replace(tzinfo=UTC).timestamp()) // 3600


def mark_ts(hour: int) -> str:
    """The mark's instant as the ledger writes times, for comparing with ``events.ts``."""
    return iso(datetime.fromtimestamp(hour * 3600, UTC))


def project(db: sqlite_utils.Database, where: str, params: list | dict) -> None:
    """Add the events matching ``where`` (SQL on ``events``) to every mark after them. A live sale is
    after every mark, so this finds no mark and writes nothing."""
    db.execute(
        f"""INSERT INTO customer_marks (mark, customer_id, visits, spend, points, stamps, last_sale_ts)
            SELECT m.hour, e.customer_id, SUM(CASE e.kind WHEN 'sale' THEN 1 WHEN 'refund' THEN -1 ELSE 0 END),
                   SUM(CASE WHEN e.kind IN ('sale', 'refund') THEN e.amount ELSE 0 END), SUM(e.points),
                   SUM(e.stamps), MAX(CASE WHEN e.kind = 'sale' THEN e.ts END)
            FROM (SELECT customer_id, kind, amount, points, stamps, ts, {HOUR_OF_TS} AS event_hour
                  FROM events WHERE ({where}) AND {_MOVES_BALANCE}) e
            JOIN marks m ON m.hour > e.event_hour
            GROUP BY m.hour, e.customer_id
            ON CONFLICT (mark, customer_id) DO UPDATE SET
              visits = visits + excluded.visits, spend = spend + excluded.spend, points = points + excluded.points,
              stamps = stamps + excluded.stamps,
              last_sale_ts = CASE WHEN last_sale_ts IS NULL OR excluded.last_sale_ts > last_sale_ts
                                  THEN COALESCE(excluded.last_sale_ts, last_sale_ts) ELSE last_sale_ts END""",
        params)


def _build(db: sqlite_utils.Database, hour: int, previous: int | None) -> None:
    """Mark ``hour`` from an earlier mark (or from nothing) and the hours between."""
    since = previous if previous is not None else -(1 << 40)
    db.execute(
        f"""INSERT INTO customer_marks (mark, customer_id, visits, spend, points, stamps, last_sale_ts)
           SELECT :hour, customer_id, SUM(visits), SUM(spend), SUM(points), SUM(stamps), MAX(last_sale_ts)
           FROM (SELECT customer_id, visits, spend, points, stamps, last_sale_ts
                 FROM customer_marks WHERE mark = :previous
                 UNION ALL
                 SELECT customer_id, SUM(visits), SUM(spend), SUM(points), SUM(stamps), {latest_sale_ts()}
                 FROM customer_hours WHERE hour >= :since AND hour < :hour GROUP BY customer_id)
           GROUP BY customer_id""",
        {"hour": hour, "previous": previous, "since": since})
    db.execute("INSERT INTO marks (hour) VALUES (?)", [hour])


def wanted(first_hour: int, last_hour: int) -> list[int]:
    """The marks a shop with balance changes from ``first_hour`` to ``last_hour`` keeps: every four weeks
    over its last 56 weeks, every twelve weeks before."""
    return [hour for hour in range((first_hour // MARK_HOURS + 1) * MARK_HOURS, last_hour + 1, MARK_HOURS)
            if hour > last_hour - RECENT_HOURS or hour % SPARSE_HOURS == 0]


def _wanted_and_built(db: sqlite_utils.Database) -> tuple[list[int], set[int]]:
    first_hour, last_hour = db.execute("SELECT MIN(hour), MAX(hour) FROM customer_hours").fetchone()
    built = {row[0] for row in db.execute("SELECT hour FROM marks")}
    return ([] if last_hour is None else wanted(first_hour, last_hour)), built


def missing(db: sqlite_utils.Database) -> list[int]:
    """The marks wanted but not built, oldest first (past sales synced or imported late can make
    earlier ones wanted too)."""
    want, built = _wanted_and_built(db)
    return [hour for hour in want if hour not in built]


def extend(db: sqlite_utils.Database, limit: int | None = None,
           progress: Callable[[str, int, int], None] | None = None) -> int:
    """Build the marks that are wanted, oldest first, each in its own transaction (so a writer waiting for
    the database waits for one mark at most), at most ``limit``; and forget those that time has made
    sparse. Returns how many were built."""
    want, built = _wanted_and_built(db)
    surplus = sorted(built - set(want))
    if surplus:
        with writing(db):
            for hour in surplus:
                db.execute("DELETE FROM customer_marks WHERE mark = ?", [hour])
                db.execute("DELETE FROM marks WHERE hour = ?", [hour])
    todo = [hour for hour in want if hour not in built][:limit]
    for number, hour in enumerate(todo, start=1):
        with writing(db):
            # Another process (the CLI importing while the app is open) may have built it meanwhile.
            if db.execute("SELECT 1 FROM marks WHERE hour = ?", [hour]).fetchone() is None:
                previous = db.execute("SELECT MAX(hour) FROM marks WHERE hour < ?", [hour]).fetchone()[0]
                _build(db, hour, previous)
        if progress:
            progress("summaries", number, len(todo))
    return len(todo)


def drop_after(db: sqlite_utils.Database, hour: int) -> None:
    """Forget the marks after ``hour``: cheaper than updating them when many old events arrive at once
    (an import of past sales); ``extend`` builds them again."""
    db.execute("DELETE FROM customer_marks WHERE mark > ?", [hour])
    db.execute("DELETE FROM marks WHERE hour > ?", [hour])


def rebuild(db: sqlite_utils.Database) -> None:
    """Recompute the marks that exist from ``customer_hours`` (``ledger.rebuild``): the same marks, the
    same rows."""
    hours = [row[0] for row in db.execute("SELECT hour FROM marks ORDER BY hour")]
    db.execute("DELETE FROM customer_marks")
    db.execute("DELETE FROM marks")
    previous = None
    for hour in hours:
        _build(db, hour, previous)
        previous = hour


def latest_before(db: sqlite_utils.Database, hour: int) -> int | None:
    """The latest mark at or before ``hour``."""
    return db.execute("SELECT MAX(hour) FROM marks WHERE hour <= ?", [hour]).fetchone()[0]


def earliest_after(db: sqlite_utils.Database, hour: int) -> int | None:
    """The earliest mark after ``hour``."""
    return db.execute("SELECT MIN(hour) FROM marks WHERE hour > ?", [hour]).fetchone()[0]


def snapshot(db: sqlite_utils.Database) -> list[list[tuple]]:
    """Every mark and its rows, sorted: what a rebuild, or the events in another order, must reproduce."""
    return [[tuple(row) for row in db.execute("SELECT * FROM marks ORDER BY hour")],
            [tuple(row) for row in db.execute("SELECT * FROM customer_marks ORDER BY mark, customer_id")]]

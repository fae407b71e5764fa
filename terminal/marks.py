"""Marks: every customer's balance as it stood at fixed instants, every four weeks.

The owner's numbers need each customer's state as of a period's end (silence, lifetime value, the
points owed). For a recent end that is the balances with the little since taken back out; for an end
a year ago it would mean taking back out a year of ``customer_hours``. A mark holds the state at its
instant, so an end long ago costs one mark's rows plus the hours between the mark and the end.

- ``marks``: the instants (UTC hours since the epoch, multiples of ``MARK_HOURS``) whose states exist.
- ``customer_marks``: per customer (by their key, ``balances.key``), each stretch of marks over which
  their state stood still: net visits, spend, points and stamps before the mark, and the latest sale's
  time before it, held at the marks from ``since`` up to (not including) ``until``, the next mark at
  which it differs (``OPEN`` for the current one). A customer's stretches follow each other without a
  gap from the first mark after their first balance change, begin at a mark, and two in a row always
  differ: most customers do not change between two marks, and a row per mark and customer was mostly
  copies of the mark before. The state at mark M is the row with ``since <= M < until`` (``AT_MARK``):
  one seek for a customer (the primary key is the customer's key, then ``until``), one scan of the table
  for everyone. The first sale before the mark is the customer's first sale ever
  (``balances.first_visit_ts``) when that lies before the mark, so it is not kept here.

Marks are zone-free (whole UTC hours) and kept exact: an event stamped before a mark (a terminal
syncing a week's sales, a back-dated import) is added to every later mark in its own transaction,
as a sum or a maximum, so arrival order does not matter. New marks are added behind time by
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
# short read of the hour index. Every two weeks, with a row per customer and mark, the marks were a third of a
# 1,000,000-event file (tests/bench/bench_size.py).
MARK_HOURS = 28 * 24
# Older history keeps a mark every twelve weeks only: the presets' ends reach a year back, and a long
# history would otherwise grow by 13 marks a year.
RECENT_HOURS = 56 * 7 * 24
SPARSE_HOURS = 3 * MARK_HOURS
# ``until`` of a customer's current state: after every hour an ISO time up to the year 9999 can give.
OPEN = (1 << 31) - 1
# The row of ``customer_marks`` (as ``m``) that holds the customer's state at the mark ``:mark``. In a scan of
# the table, ``until`` first: for a recent mark most rows ended before it.
AT_MARK = "m.until > :mark AND m.since <= :mark"

HOUR_OF_TS = "CAST(unixepoch(substr(ts, 1, 19)) / 3600 AS INTEGER)"
_MOVES_BALANCE = "customer_id IS NOT NULL AND (kind IN ('sale', 'refund') OR points != 0 OR stamps != 0)"
_STATE = "visits, spend, points, stamps, last_sale_ts"

# A state: net visits, spend, points, stamps, and the latest sale's time (None before the first sale).
State = tuple[int, int, int, int, str | None]
_ZERO: State = (0, 0, 0, 0, None)


def hour_of_ts(ts: str) -> int:
    """The UTC hour an ``events.ts`` falls in (as ``HOUR_OF_TS`` computes it in SQL)."""
    return int(datetime.fromisoformat(ts[:19]).replace(tzinfo=UTC).timestamp()) // 3600


def mark_ts(hour: int) -> str:
    """The mark's instant as the ledger writes times, for comparing with ``events.ts``."""
    return iso(datetime.fromtimestamp(hour * 3600, UTC))


def _plus(state: State, delta: State) -> State:
    latest = delta[4] if state[4] is None or (delta[4] is not None and delta[4] > state[4]) else state[4]
    return state[0] + delta[0], state[1] + delta[1], state[2] + delta[2], state[3] + delta[3], latest


def spans(states: list[tuple[int, State]]) -> list[tuple[int, int, State]]:
    """A customer's states at consecutive marks (oldest first, from their first mark on) as the rows
    ``customer_marks`` keeps: (since, until, state), one per stretch of equal states."""
    out: list[tuple[int, int, State]] = []
    for hour, state in states:
        if out and out[-1][2] == state:
            continue
        if out:
            out[-1] = (out[-1][0], hour, out[-1][2])
        out.append((hour, OPEN, state))
    return out


def project(db: sqlite_utils.Database, where: str, params: list | dict) -> None:
    """Add the events matching ``where`` (SQL on ``events``) to every mark after them. A live sale is
    after every mark, so this finds no mark and writes nothing."""
    deltas: dict[int, list[tuple[int, State]]] = {}
    for key, hour, *delta in db.execute(
            f"""SELECT b.key, d.event_hour, d.visits, d.spend, d.points, d.stamps, d.last_sale_ts FROM (
                  SELECT customer_id, {HOUR_OF_TS} AS event_hour,
                         SUM(CASE kind WHEN 'sale' THEN 1 WHEN 'refund' THEN -1 ELSE 0 END) AS visits,
                         SUM(CASE WHEN kind IN ('sale', 'refund') THEN amount ELSE 0 END) AS spend,
                         SUM(points) AS points, SUM(stamps) AS stamps, MAX(CASE WHEN kind = 'sale' THEN ts END)
                           AS last_sale_ts
                  FROM events WHERE ({where}) AND {_MOVES_BALANCE}
                  GROUP BY customer_id, event_hour HAVING event_hour < (SELECT MAX(hour) FROM marks)) d
                JOIN balances b ON b.customer_id = d.customer_id""", params):
        deltas.setdefault(key, []).append((hour, tuple(delta)))
    if not deltas:
        return
    hours = [row[0] for row in db.execute("SELECT hour FROM marks ORDER BY hour")]
    for key, changes in deltas.items():
        at = {hour: state for hour, state in _states(db, key, hours)}
        for event_hour, delta in changes:
            for hour in hours:
                if hour > event_hour:
                    at[hour] = _plus(at.get(hour, _ZERO), delta)
        db.execute("DELETE FROM customer_marks WHERE customer_key = ?", [key])
        db.conn.executemany(
            f"INSERT INTO customer_marks (customer_key, since, until, {_STATE}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(key, since, until, *state) for since, until, state in spans(sorted(at.items()))])


def _states(db: sqlite_utils.Database, key: int, hours: list[int]) -> list[tuple[int, State]]:
    """The state of the customer with the key ``key`` at each mark ``hours`` (sorted) where they have one."""
    rows = db.execute(f"SELECT since, until, {_STATE} FROM customer_marks WHERE customer_key = ?",
                      [key]).fetchall()
    return [(hour, tuple(state)) for since, until, *state in rows for hour in hours if since <= hour < until]


def _append(db: sqlite_utils.Database, hour: int, previous: int | None) -> None:
    """Mark ``hour``, after every mark there is (the latest, ``previous``, or none), from the hours since:
    the customers whose state changed end their current stretch and begin one at ``hour``."""
    since = previous if previous is not None else -(1 << 40)
    changed = f"""WITH d AS MATERIALIZED (
                    SELECT customer_key, SUM(visits) AS visits, SUM(spend) AS spend, SUM(points) AS points,
                           SUM(stamps) AS stamps, {latest_sale_ts()} AS last_sale_ts
                    FROM customer_hours WHERE hour >= :since AND hour < :hour GROUP BY customer_key)"""
    params = {"hour": hour, "since": since, "open": OPEN}
    db.execute(
        f"""{changed}
            UPDATE customer_marks SET until = :hour
            WHERE until = :open AND customer_key IN (
              SELECT d.customer_key FROM d JOIN customer_marks o ON o.customer_key = d.customer_key AND o.until = :open
              WHERE d.visits != 0 OR d.spend != 0 OR d.points != 0 OR d.stamps != 0
                 OR d.last_sale_ts > COALESCE(o.last_sale_ts, ''))""", params)
    # The stretches just ended (``until = :hour``) go on changed; a customer new since has no stretch at all.
    db.execute(
        f"""{changed}
            INSERT INTO customer_marks (customer_key, since, until, {_STATE})
            SELECT d.customer_key, :hour, :open, COALESCE(c.visits, 0) + d.visits, COALESCE(c.spend, 0) + d.spend,
                   COALESCE(c.points, 0) + d.points, COALESCE(c.stamps, 0) + d.stamps,
                   CASE WHEN c.last_sale_ts IS NULL OR d.last_sale_ts > c.last_sale_ts
                        THEN COALESCE(d.last_sale_ts, c.last_sale_ts) ELSE c.last_sale_ts END
            FROM d LEFT JOIN customer_marks c ON c.customer_key = d.customer_key AND c.until = :hour
            WHERE c.customer_key IS NOT NULL
               OR NOT EXISTS (SELECT 1 FROM customer_marks o WHERE o.customer_key = d.customer_key)""", params)
    db.execute("INSERT INTO marks (hour) VALUES (?)", [hour])


def _forget(db: sqlite_utils.Database, hour: int) -> None:
    """Forget the mark ``hour``: the stretches that held only at it go, those that began at it begin at the
    next mark, those that ended at it end there; a customer's two stretches either side of one that
    went are one if they are equal."""
    db.execute("DELETE FROM marks WHERE hour = ?", [hour])
    after = db.execute("SELECT MIN(hour) FROM marks WHERE hour > ?", [hour]).fetchone()[0]
    following = OPEN if after is None else after
    gone = [row[0] for row in db.execute("SELECT customer_key FROM customer_marks WHERE since = ? AND until = ?",
                                         [hour, following])]
    db.execute("DELETE FROM customer_marks WHERE since = ? AND until = ?", [hour, following])
    db.execute("UPDATE customer_marks SET since = ? WHERE since = ?", [following, hour])
    db.execute("UPDATE customer_marks SET until = ? WHERE until = ?", [following, hour])
    if after is None:
        return
    joined = []
    for key in gone:
        row = db.execute(
            """SELECT n.until FROM customer_marks p JOIN customer_marks n
                  ON n.customer_key = p.customer_key AND n.since = p.until
                WHERE p.customer_key = ? AND p.until = ? AND p.visits = n.visits AND p.spend = n.spend
                  AND p.points = n.points AND p.stamps = n.stamps AND p.last_sale_ts IS n.last_sale_ts""",
            [key, after]).fetchone()
        if row is not None:
            joined.append((key, row[0]))
    for key, until in joined:
        db.execute("DELETE FROM customer_marks WHERE customer_key = ? AND since = ?", [key, after])
        db.execute("UPDATE customer_marks SET until = ? WHERE customer_key = ? AND until = ?",
                   [until, key, after])


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
                _forget(db, hour)
    done = 0
    while limit is None or done < limit:
        todo = missing(db)
        if not todo:
            break
        with writing(db):
            # Another process (the CLI importing while the app is open) may have built it meanwhile.
            if db.execute("SELECT 1 FROM marks WHERE hour = ?", [todo[0]]).fetchone() is None:
                latest = db.execute("SELECT MAX(hour) FROM marks").fetchone()[0]
                if latest is not None and latest > todo[0]:
                    # Marks are only built at the end: one wanted before others (past sales synced late)
                    # drops those after it, to be built again after it.
                    drop_after(db, todo[0])
                    latest = db.execute("SELECT MAX(hour) FROM marks").fetchone()[0]
                _append(db, todo[0], latest)
        done += 1
        if progress:
            progress("summaries", done, done + len(missing(db)))
    return done


def drop_after(db: sqlite_utils.Database, hour: int) -> None:
    """Forget the marks after ``hour``: cheaper than updating them when many old events arrive at once
    (an import of past sales); ``extend`` builds them again. The stretches that began after ``hour`` go,
    and those holding at it are current again."""
    latest = db.execute("SELECT MAX(hour) FROM marks").fetchone()[0]
    if latest is None or latest <= hour:
        return  # nothing after it (an import's later chunks): no scan of the stretches
    db.execute("DELETE FROM customer_marks WHERE since > ?", [hour])
    db.execute("UPDATE customer_marks SET until = ? WHERE until > ? AND until < ?", [OPEN, hour, OPEN])
    db.execute("DELETE FROM marks WHERE hour > ?", [hour])


def rebuild(db: sqlite_utils.Database) -> None:
    """Recompute the marks that exist from ``customer_hours`` (``ledger.rebuild``): the same marks, the
    same rows."""
    hours = [row[0] for row in db.execute("SELECT hour FROM marks ORDER BY hour")]
    db.execute("DELETE FROM customer_marks")
    db.execute("DELETE FROM marks")
    previous = None
    for hour in hours:
        _append(db, hour, previous)
        previous = hour


def latest_before(db: sqlite_utils.Database, hour: int) -> int | None:
    """The latest mark at or before ``hour``."""
    return db.execute("SELECT MAX(hour) FROM marks WHERE hour <= ?", [hour]).fetchone()[0]


def earliest_after(db: sqlite_utils.Database, hour: int) -> int | None:
    """The earliest mark after ``hour``."""
    return db.execute("SELECT MIN(hour) FROM marks WHERE hour > ?", [hour]).fetchone()[0]


def snapshot(db: sqlite_utils.Database) -> list[list[tuple]]:
    """Every mark, every customer's state at each (sorted by mark and customer), and the stretches as
    stored, customers by their id (keys differ between databases that got the events in another order): what
    a rebuild, or the events in another order, must reproduce."""
    state = ", ".join("m." + c for c in _STATE.split(", "))
    return [[tuple(row) for row in db.execute("SELECT * FROM marks ORDER BY hour")],
            [tuple(row) for row in db.execute(
                f"SELECT k.hour, b.customer_id, {state} "
                "FROM marks k JOIN customer_marks m ON m.since <= k.hour AND m.until > k.hour "
                "LEFT JOIN balances b ON b.key = m.customer_key ORDER BY k.hour, b.customer_id")],
            [tuple(row) for row in db.execute(
                f"SELECT b.customer_id, m.since, m.until, {state} FROM customer_marks m "
                "LEFT JOIN balances b ON b.key = m.customer_key ORDER BY b.customer_id, m.since")]]

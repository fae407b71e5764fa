"""Bulk writing of imported sales: set-based SQL instead of one ledger append per row.

A million rows through ``ledger.append`` would be a million balance upserts; here the new events go
in with one executemany (ids the ledger already has are skipped), and the balances are then updated
once per customer, from the events this transaction added (those with a ``seq`` above the ledger's
highest before it: the transaction holds the write lock, so nobody else adds any), with the same
arithmetic as ``ledger._project_balance``. A test proves ``ledger.rebuild`` gives the same balances.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import sqlite_utils

from terminal import hourly, marks
from terminal.db import writing

BATCH = 50_000
IMPORT_CACHE_KIB = 262_144  # a big page cache while a million rows go into the events' indexes


def write_sales(db: sqlite_utils.Database, events: Sequence[tuple], progress: Callable[[str, int, int], None] | None
                = None) -> int:
    """events: rows for the ``events`` table, (id, terminal_id, ts, hlc, kind, customer_id, stamps, points,
    amount, ref_id, body). Returns how many were new."""
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        with writing(db):
            top = db.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()[0]
            for start in range(0, len(events), BATCH):
                db.conn.executemany(
                    "INSERT INTO events (id, terminal_id, ts, hlc, kind, customer_id, stamps, points, amount, ref_id, "
                    "body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING",
                    events[start:start + BATCH])
                if progress:
                    progress("writing", min(start + BATCH, len(events)), len(events))
            written = db.execute("SELECT COUNT(*) FROM events WHERE seq > ?", [top]).fetchone()[0]
            db.execute(
                """INSERT INTO balances (customer_id, stamps, points, spend, visits, redemptions, first_visit_ts,
                                         last_visit_ts)
                   SELECT customer_id, SUM(stamps), SUM(points), SUM(amount), COUNT(*), 0, MIN(ts), MAX(ts)
                   FROM events WHERE seq > ? AND customer_id IS NOT NULL GROUP BY customer_id
                   ON CONFLICT(customer_id) DO UPDATE SET
                     stamps = stamps + excluded.stamps, points = points + excluded.points,
                     spend = spend + excluded.spend, visits = visits + excluded.visits,
                     first_visit_ts = MIN(COALESCE(first_visit_ts, excluded.first_visit_ts), excluded.first_visit_ts),
                     last_visit_ts = MAX(COALESCE(last_visit_ts, excluded.last_visit_ts), excluded.last_visit_ts)""",
                [top])
            hourly.project(db, "seq > ?", [top])
            if written:
                # Past sales would touch every later mark: dropping those marks and building them again
                # (below, after the import commits) costs less than updating them.
                marks.drop_after(db, marks.hour_of_ts(min(event[2] for event in events)))
        marks.extend(db, progress=progress)
    finally:
        db.execute(f"PRAGMA cache_size = {cache}")
    return written

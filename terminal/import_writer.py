"""Bulk writing of imported sales: set-based SQL instead of one ledger append per row.

A million rows through ``ledger.append`` would be a million balance upserts; here the new events go
in with one executemany, and the balances, receipts-free, are updated once per customer with the
same arithmetic as ``ledger._project_balance`` (a test proves ``ledger.rebuild`` gives the same
balances). Runs inside one transaction: all rows or none.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

import sqlite_utils

BATCH = 50_000


def write_sales(db: sqlite_utils.Database, events: Sequence[tuple], progress: Callable[[str, int, int], None] | None
                = None) -> int:
    """events: (id, terminal_id, ts, hlc, customer_id, stamps, points, amount, body). Returns how many were new."""
    with db.atomic():
        db.execute("CREATE TEMP TABLE IF NOT EXISTS import_sales (id TEXT PRIMARY KEY, customer_id TEXT, "
                   "stamps INTEGER, points INTEGER, amount INTEGER, ts TEXT)")
        db.execute("DELETE FROM temp.import_sales")
        written = 0
        for start in range(0, len(events), BATCH):
            batch = events[start:start + BATCH]
            rows = [(e[0], e[1], e[2], e[3], "sale", e[4], e[5], e[6], e[7], None,
                     json.dumps(e[8], separators=(",", ":"), sort_keys=True)) for e in batch]
            before = db.conn.total_changes
            # Only the rows new to the ledger are remembered for the balances: ids it has are skipped.
            db.conn.executemany(
                "INSERT INTO temp.import_sales (id, customer_id, stamps, points, amount, ts) "
                "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM main.events WHERE id = ?)",
                [(e[0], e[4], e[5], e[6], e[7], e[2], e[0]) for e in batch])
            db.conn.executemany(
                "INSERT INTO events (id, terminal_id, ts, hlc, kind, customer_id, stamps, points, amount, ref_id, "
                "body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING", rows)
            written += (db.conn.total_changes - before) // 2
            if progress:
                progress("writing", min(start + BATCH, len(events)), len(events))
        db.execute(
            """INSERT INTO balances (customer_id, stamps, points, spend, visits, redemptions, first_visit_ts,
                                     last_visit_ts)
               SELECT customer_id, SUM(stamps), SUM(points), SUM(amount), COUNT(*), 0, MIN(ts), MAX(ts)
               FROM temp.import_sales WHERE customer_id IS NOT NULL GROUP BY customer_id
               ON CONFLICT(customer_id) DO UPDATE SET
                 stamps = stamps + excluded.stamps, points = points + excluded.points,
                 spend = spend + excluded.spend, visits = visits + excluded.visits,
                 first_visit_ts = MIN(COALESCE(first_visit_ts, excluded.first_visit_ts), excluded.first_visit_ts),
                 last_visit_ts = MAX(COALESCE(last_visit_ts, excluded.last_visit_ts), excluded.last_visit_ts)""")
        db.execute("DELETE FROM temp.import_sales")
    return written

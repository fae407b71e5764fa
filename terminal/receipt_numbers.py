"""Receipt numbers: ``<shop>-<terminal prefix>-<sequence>``, unique across a shop, never reset.

The prefix is what makes them unique. A hub gives each terminal its own at registration (1, 2, 3 ...);
a terminal on its own derives one from its random id (five letters, so it can never equal a hub's
digits nor the old fixed ``T1``). The sequence continues across a change of prefix and, after a
restore from backup, after the highest number the terminal had issued (:func:`catch_up`).
"""

from __future__ import annotations

import sqlite_utils

from terminal.db import meta_get, meta_set


def adopt_prefix(db: sqlite_utils.Database, prefix: str) -> bool:
    """Number the next receipts with the prefix the hub gave this terminal; True if it changed."""
    if not prefix or meta_get(db, "terminal_name") == prefix:
        return False
    meta_set(db, "terminal_name", prefix)
    return True


def sequence_of(receipt_no: str) -> int:
    tail = receipt_no.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() and tail.isascii() else 0


def catch_up(db: sqlite_utils.Database) -> int:
    """Move the receipt sequence past every number this terminal's own sales carry (after a restore,
    the hub gave them back); the next receipt's sequence is one more than the result."""
    terminal_id = meta_get(db, "terminal_id") or ""
    highest = max((sequence_of(row[0]) for row in db.execute(
        "SELECT json_extract(body, '$.receipt_no') FROM events WHERE kind = 'sale' AND terminal_id = ? "
        "AND json_extract(body, '$.receipt_no') IS NOT NULL", [terminal_id])), default=0)
    db.execute("INSERT INTO counters (name, value) VALUES ('receipt', ?) "
               "ON CONFLICT(name) DO UPDATE SET value = MAX(value, excluded.value)", [highest])
    return db.execute("SELECT value FROM counters WHERE name = 'receipt'").fetchone()[0]

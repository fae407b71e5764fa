"""Events sync set aside: refused by the hub on push, or failing their kind's schema on pull.

They are kept here with the reason, for the owner to see (the sync status counts them) and to drop
or send again once fixed; everything else keeps flowing. A set-aside pushed event stays in this
terminal's own ledger (the sale happened here); a set-aside pulled event was never applied.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlite_utils

PUSH, PULL = "push", "pull"
MAX_KEPT_BYTES = 16 * 1024  # a hostile page cannot fill the disk through this table


@dataclass(frozen=True)
class SetAsideEvent:
    event_id: str
    direction: str  # push: the hub refused it; pull: it failed its schema here
    reason: str
    ts: str  # when it was set aside
    event: Any


def record(db: sqlite_utils.Database, direction: str, items: Sequence[tuple[str, str, Any]], ts: str) -> None:
    """Keep (event id, reason, event) rows; call inside the caller's write transaction."""
    for event_id, reason, event in items:
        text = json.dumps(event, ensure_ascii=False, default=str)
        if len(text) > MAX_KEPT_BYTES:
            text = json.dumps({"truncated": text[:MAX_KEPT_BYTES]}, ensure_ascii=False)
        db.execute("INSERT INTO sync_set_aside (event_id, direction, reason, ts, event) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT (event_id, direction) DO UPDATE SET reason = excluded.reason, ts = excluded.ts, "
                   "event = excluded.event", [event_id[:64], direction, reason[:500], ts, text])


def count(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT COUNT(*) FROM sync_set_aside").fetchone()[0]


def listed(db: sqlite_utils.Database, limit: int = 500) -> list[SetAsideEvent]:
    rows = db.execute("SELECT event_id, direction, reason, ts, event FROM sync_set_aside ORDER BY ts DESC LIMIT ?",
                      [limit]).fetchall()
    return [SetAsideEvent(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in rows]


def drop(db: sqlite_utils.Database, event_id: str, direction: str) -> bool:
    """The owner's decision that a set-aside event is not needed; call inside a write transaction."""
    return db.execute("DELETE FROM sync_set_aside WHERE event_id = ? AND direction = ?",
                      [event_id, direction]).rowcount > 0

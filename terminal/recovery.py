"""A new database from the hub, for a terminal whose file was lost or damaged.

The damaged file is set aside (never deleted); its identity (terminal id and name, shop code and
secret) and receipt counter are read from it when they still can be. A fresh database then pulls
every event the hub holds, this terminal's own included (``own=1``: the normal pull leaves them out),
page by page, each page in one transaction. The sync state is set as if it had just synced, so the next
round pushes only what is new; the receipt counter moves past every number this terminal printed.
Sales made after the terminal's last successful push are not on the hub and cannot come back this way.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlite_utils

from terminal.db import connect, meta_get, meta_set, writing
from terminal.ledger import Event
from terminal.paths import database_path
from terminal.restore import repair_receipt_counter, salvage, set_aside
from terminal.sync.transport import HubConnection
from terminal.writer import EventWriter

log = logging.getLogger("sync")
IDENTITY = ("terminal_id", "terminal_name", "shop_code", "shop_secret")
PAGE = 1000


@dataclass(frozen=True)
class ResyncReport:
    events: int  # events now in the new database
    own: int  # of which this terminal made
    identity_kept: bool  # the terminal id came from the old file or from its own events on the hub
    set_aside: Path | None
    refused: int = 0  # events the hub sent that are not events


def _identity(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return {}
    try:
        marks = ",".join("?" * len(IDENTITY))
        return {key: value for key, value in conn.execute(f"SELECT key, value FROM meta WHERE key IN ({marks})",
                                                          IDENTITY) if isinstance(value, str) and value}
    except sqlite3.Error:
        return {}
    finally:
        conn.close()


def _receipt_prefix_from_sales(db: sqlite_utils.Database, terminal_id: str) -> None:
    """The shop code and terminal name from this terminal's newest receipt (``SHOP-TERMINAL-NUMBER``)."""
    row = db.execute("SELECT json_extract(body, '$.receipt_no') FROM events WHERE terminal_id = ? AND kind = 'sale' "
                     "AND json_extract(body, '$.receipt_no') IS NOT NULL ORDER BY hlc DESC LIMIT 1",
                     [terminal_id]).fetchone()
    parts = str(row[0]).rsplit("-", 2) if row else []
    if len(parts) == 3 and all(parts) and parts[2].isdigit():
        meta_set(db, "shop_code", parts[0])
        meta_set(db, "terminal_name", parts[1])


def pull_everything(db: sqlite_utils.Database, hub: HubConnection) -> tuple[int, set[str], int]:
    """Every event the hub holds: the other terminals' (the normal pull), then this terminal's own
    (``own=1``), each page in one transaction (an id the ledger has changes nothing). Returns the hub's
    cursor for the normal pull at the end, this terminal's id as the hub knows its token, and how many
    records were not events."""
    writer = EventWriter(db)
    refused = 0
    own_ids: set[str] = set()
    cursors = {}
    for own in (False, True):
        cursor = 0
        while True:
            answer = hub.pull(cursor, PAGE, own=own)
            own_ids.update(str(value) for value in answer.get("own_terminals", []) if isinstance(value, str))
            events = []
            for data in answer.get("events", []):
                try:
                    events.append(Event.from_wire(data))
                except (TypeError, ValueError):
                    refused += 1
            writer.commit(events)
            cursor = max(int(answer.get("next", cursor)), cursor)
            if not answer.get("more"):
                break
        cursors[own] = cursor
    return cursors[False], own_ids, refused


def catch_up(folder: Path, hub: HubConnection) -> int:
    """After a restore: get back from the hub this terminal's events made after the backup (the normal
    pull leaves a terminal's own events out). Returns how many events came back."""
    db = connect(database_path(folder))
    try:
        before = db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        pull_everything(db, hub)
        repair_receipt_counter(db)
        return db.execute("SELECT COUNT(*) FROM events").fetchone()[0] - before
    finally:
        db.close()


def resync(folder: Path, hub: HubConnection, now: datetime) -> ResyncReport:
    """Replace the database with everything the hub has; raises SyncError (nothing replaced) when the
    hub cannot be reached or refuses this terminal."""
    hello = hub.hello()  # before anything moves: an unreachable hub leaves the old file where it was
    path = database_path(folder)
    identity = _identity(path)
    old = salvage(path)
    aside = set_aside(folder, now)
    db = connect(path)
    try:
        with writing(db):
            for key, value in identity.items():
                meta_set(db, key, value)
        cursor, own_ids, refused = pull_everything(db, hub)
        with writing(db):
            if "terminal_id" not in identity:
                # The old file's identity is lost: take it from this terminal's own events on the hub (the
                # newest id, should it ever have had two), and its receipt prefix from its newest receipt.
                newest = db.execute(
                    f"SELECT terminal_id FROM events WHERE terminal_id IN ({','.join('?' * len(own_ids))}) "
                    "ORDER BY hlc DESC LIMIT 1", sorted(own_ids)).fetchone() if own_ids else None
                if newest is not None:
                    meta_set(db, "terminal_id", newest[0])
                    _receipt_prefix_from_sales(db, newest[0])
            secret = hello.get("shop_secret")
            if "shop_secret" not in identity and isinstance(secret, str) and secret:
                meta_set(db, "shop_secret", secret)
            top = db.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()[0]
            meta_set(db, "sync_epoch", str(hello["epoch"]))
            meta_set(db, "sync_cursor", str(cursor))
            meta_set(db, "sync_pushed_seq", str(top))  # it all came from the hub: nothing to send back
            meta_set(db, "sync_push_all_until", "0")
        repair_receipt_counter(db, old.receipt_counter)
        total = db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        own = db.execute("SELECT COUNT(*) FROM events WHERE terminal_id = ?",
                         [meta_get(db, "terminal_id")]).fetchone()[0]
    finally:
        db.close()
    log.warning("database rebuilt from the hub: %d events (%d of this terminal)", total, own)
    return ResyncReport(total, own, "terminal_id" in identity or bool(own_ids), aside, refused)

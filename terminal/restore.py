"""Putting a backup back: the current file set aside (never deleted), erasures made since re-applied.

``restore`` checks the backup first (a damaged backup changes nothing), moves the current database
and its WAL into ``set-aside/`` in the data folder, puts the backup in place and migrates it. Then it
re-applies every erasure (``customer_erased`` event) the set-aside file holds that the backup does not,
so a customer erased after the backup stays erased, and moves the receipt counter past every number
this terminal already printed, so no receipt number is given twice. When the set-aside file cannot be
read (it is the damaged one), the erasures come from the newest later backup that can.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from terminal import backup
from terminal.db import connect, meta_get, writing
from terminal.ledger import Event, Kind
from terminal.paths import backups_dir, database_path
from terminal.writer import EventWriter

log = logging.getLogger("db")
SET_ASIDE = "set-aside"


class RestoreFailed(Exception):
    """The backup cannot be restored (missing or damaged); nothing was changed."""


@dataclass(frozen=True)
class Salvage:
    """What could still be read from a database that is being replaced."""

    erasures: tuple[Event, ...] = ()
    receipt_counter: int = 0
    readable: bool = False


@dataclass(frozen=True)
class RestoreReport:
    taken: datetime | None  # when the backup was taken
    events: int
    erasures_reapplied: int
    set_aside: Path | None  # where the replaced database now is
    erasure_sources: tuple[str, ...]  # "current" and/or "backup NAME"; empty when none could be read


def salvage(path: Path) -> Salvage:
    """Read the erasures and the receipt counter from `path`, damaged or not; an empty Salvage if unreadable."""
    if not path.exists():
        return Salvage()
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return Salvage()
    try:
        conn.row_factory = sqlite3.Row
        rows = conn.execute("SELECT * FROM events WHERE kind = ?", [Kind.CUSTOMER_ERASED]).fetchall()
        counter = conn.execute("SELECT value FROM counters WHERE name = 'receipt'").fetchone()
        return Salvage(tuple(Event.from_row(dict(row)) for row in rows), counter[0] if counter else 0, True)
    except (sqlite3.Error, ValueError, KeyError) as error:
        log.warning("could not read %s: %s", path, error)
        return Salvage()
    finally:
        conn.close()


def healthy(path: Path) -> bool:
    """The file opens and passes ``PRAGMA quick_check``."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return [row[0] for row in conn.execute("PRAGMA quick_check")] == ["ok"]
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def set_aside(folder: Path, now: datetime) -> Path | None:
    """Move the database and its WAL and shared-memory files into ``set-aside/``; the new name, or None."""
    current = database_path(folder)
    if not current.exists():
        return None
    aside = folder / SET_ASIDE
    aside.mkdir(exist_ok=True)
    target = aside / f"terminal-{now.astimezone(UTC):%Y%m%d-%H%M%S}.db"
    for suffix in ("", "-wal", "-shm"):
        part = Path(f"{current}{suffix}")
        if part.exists():
            os.replace(part, Path(f"{target}{suffix}"))
    log.warning("the database was set aside as %s", target)
    return target


def resolve(folder: Path, name: str | Path) -> Path:
    """A backup given by path, or by its name in the data folder's backups."""
    path = Path(name)
    if path.is_file():
        return path
    inside = backups_dir(folder, create=False) / path.name
    if inside.is_file():
        return inside
    raise RestoreFailed(f"no such backup: {name}")


def restore(folder: Path, source: Path, now: datetime) -> RestoreReport:
    source = resolve(folder, source)
    work = folder / ".restoring.db"
    try:
        backup.unpack(source, work)
        events = backup.verify(work)
    except (backup.BackupFailed, OSError, EOFError) as error:
        work.unlink(missing_ok=True)
        raise RestoreFailed(f"the backup {source.name} cannot be used: {error}") from error
    found = salvage(database_path(folder))
    sources = ["current"] if found.readable else []
    if not healthy(database_path(folder)):
        # A damaged file may still give some erasures; the newest later backup that reads gives the rest.
        taken = backup.taken_at(source.name)
        for later in reversed(backup.backups(backups_dir(folder, create=False))):
            if taken is not None and later.taken > taken:
                more = _salvage_backup(folder, later.path)
                if more.readable:
                    found = Salvage(found.erasures + more.erasures, max(found.receipt_counter, more.receipt_counter),
                                    True)
                    sources.append(f"backup {later.path.name}")
                    break
    aside = set_aside(folder, now)
    os.replace(work, database_path(folder))
    db = connect(database_path(folder))
    try:
        reapplied = len(EventWriter(db).commit(list(found.erasures)))
        repair_receipt_counter(db, found.receipt_counter)
    finally:
        db.close()
    log.warning("restored %s (%d events), %d erasures re-applied", source, events, reapplied)
    return RestoreReport(backup.taken_at(source.name), events, reapplied, aside, tuple(sources))


def _salvage_backup(folder: Path, path: Path) -> Salvage:
    work = folder / ".salvage.db"
    try:
        backup.unpack(path, work)
        return salvage(work)
    except (OSError, EOFError):
        return Salvage()
    finally:
        work.unlink(missing_ok=True)


def repair_receipt_counter(db: sqlite_utils.Database, floor: int = 0) -> int:
    """Move the receipt counter past `floor` and past every receipt of this terminal in the ledger."""
    prefix = f"{meta_get(db, 'shop_code') or 'S1'}-{meta_get(db, 'terminal_name') or 'T1'}-"
    highest = floor
    for (number,) in db.execute("SELECT receipt_no FROM receipts WHERE receipt_no LIKE ?", [prefix + "%"]):
        match = re.fullmatch(r"(\d+)", number[len(prefix):])
        if match:
            highest = max(highest, int(match.group(1)))
    with writing(db):
        db.execute("INSERT INTO counters (name, value) VALUES ('receipt', ?) "
                   "ON CONFLICT(name) DO UPDATE SET value = MAX(value, excluded.value)", [highest])
    return highest

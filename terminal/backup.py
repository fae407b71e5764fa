"""Backups of the terminal's database with SQLite's online backup, rotated, taken while the shop works."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

log = logging.getLogger("db")
PREFIX = "terminal-"
KEEP = 14


def backup(database: Path, folder: Path, now: datetime, keep: int = KEEP) -> Path:
    """Copy the live database (consistent, even mid-write) to `folder`, keeping the newest `keep` copies."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{PREFIX}{now:%Y%m%d-%H%M%S}.db"
    source = sqlite3.connect(str(database))
    destination = sqlite3.connect(str(target))
    try:
        source.backup(destination, pages=1024)  # in steps, so the counter is never locked out for long
    finally:
        destination.close()
        source.close()
    for old in sorted(folder.glob(f"{PREFIX}*.db"))[:-keep]:
        old.unlink()
    log.info("database backed up to %s", target)
    return target


def latest(folder: Path) -> Path | None:
    copies = sorted(folder.glob(f"{PREFIX}*.db"))
    return copies[-1] if copies else None


def due(folder: Path, now: datetime, every_hours: float = 24) -> bool:
    """True when there is no backup yet, or the newest is older than `every_hours`."""
    newest = latest(folder)
    if newest is None:
        return True
    taken = datetime.strptime(newest.stem.removeprefix(PREFIX), "%Y%m%d-%H%M%S").replace(tzinfo=now.tzinfo)
    return (now - taken).total_seconds() >= every_hours * 3600

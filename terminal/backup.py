"""Backups of the terminal's database: SQLite's online backup, verified, compressed, rotated.

A backup is taken while the shop works (the online backup reads one snapshot; in WAL mode the counter
writes on meanwhile) into a temporary file beside the backups, and is kept only if it passes
:func:`verify`: ``PRAGMA integrity_check`` is ok, and its events are exactly the live ledger's events
up to the copy's last one (no fewer than the ledger held when the backup began). It is then gzipped
and read back: the compressed file must give the verified copy byte for byte, and only then is it
renamed into place (``terminal-YYYYmmdd-HHMMSS.db.gz``, the time in UTC). The newest ``keep`` stay.
Backups from before compression (``terminal-….db``) are listed and restored the same way.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from terminal.paths import private_database, private_dir, private_file

log = logging.getLogger("db")
PREFIX = "terminal-"
SUFFIX = ".db.gz"
STAMP = "%Y%m%d-%H%M%S"
KEEP = 14
CHUNK = 1 << 20


class BackupFailed(Exception):
    """A backup could not be made or did not verify; the message says why, in words."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken: datetime  # UTC, from the file's name
    size: int  # bytes on disk

    @property
    def compressed(self) -> bool:
        return self.path.name.endswith(".gz")


def taken_at(name: str) -> datetime | None:
    stem = name.removeprefix(PREFIX).removesuffix(".gz").removesuffix(".db")
    try:
        return datetime.strptime(stem, STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def backups(folder: Path) -> list[BackupFile]:
    """The backups in `folder`, oldest first (compressed ones and the older uncompressed ones)."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            if path.name.startswith(PREFIX) and path.name.endswith((".db", ".db.gz")):
                taken = taken_at(path.name)
                if taken is not None:
                    found.append(BackupFile(path, taken, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken)


def latest(folder: Path) -> Path | None:
    found = backups(folder)
    return found[-1].path if found else None


def due(folder: Path, now: datetime, every_hours: float = 24) -> bool:
    """True when there is no backup yet, or the newest is older than `every_hours`."""
    found = backups(folder)
    if not found:
        return True
    return (now.astimezone(UTC) - found[-1].taken).total_seconds() >= every_hours * 3600


def event_count(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    finally:
        conn.close()


def verify(copy: Path, live: sqlite3.Connection | None = None, at_least: int = 0) -> int:
    """Check a copy of the database; returns its event count, raises BackupFailed.

    With `live`, the copy's events must be exactly the live ledger's up to the copy's newest one (the
    ledger only grows), and there must be at least `at_least` of them."""
    conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise BackupFailed(f"the copy is damaged: {'; '.join(result[:3])}")
        count, top = conn.execute("SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM events").fetchone()
    except sqlite3.DatabaseError as error:
        raise BackupFailed(f"the copy cannot be read: {error}") from error
    finally:
        conn.close()
    if live is not None:
        expected = live.execute("SELECT COUNT(*) FROM events WHERE seq <= ?", [top]).fetchone()[0]
        if count != expected or count < at_least:
            raise BackupFailed(f"the copy holds {count} events where the database holds {max(expected, at_least)}")
    return count


def _sha256(handle: IO[bytes] | gzip.GzipFile) -> str:
    digest = hashlib.sha256()
    while block := handle.read(CHUNK):
        digest.update(block)
    return digest.hexdigest()


def backup(database: Path, folder: Path, now: datetime, keep: int = KEEP) -> Path:
    """Back up the live database (consistent, even mid-write) into `folder`; raises BackupFailed."""
    target = folder / f"{PREFIX}{now.astimezone(UTC):{STAMP}}{SUFFIX}"
    work = folder / f".{target.name}.copy"
    packed = folder / f".{target.name}.part"
    try:
        private_dir(folder)  # the shop's customers: this user's only
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    except (OSError, sqlite3.Error) as error:
        raise BackupFailed(str(error)) from error
    try:
        for stale in folder.glob(f".{PREFIX}*"):  # left by a backup the process did not live to finish
            stale.unlink()
        at_least = source.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        private_database(work)
        destination = sqlite3.connect(str(work))
        try:
            # In one step, as one read transaction: in WAL mode the counter goes on writing meanwhile (a
            # backup in steps would start over after every sale from another connection, and never end).
            source.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        finally:
            destination.close()
        events = verify(work, source, at_least)
        with work.open("rb") as raw:
            digest = _sha256(raw)
            raw.seek(0)
            private_file(packed)
            with gzip.open(packed, "wb", compresslevel=6) as out:
                shutil.copyfileobj(raw, out, CHUNK)
            _fsync(packed)
        with gzip.open(packed, "rb") as back:
            if _sha256(back) != digest:
                raise BackupFailed("the compressed copy does not read back as the verified one")
        os.replace(packed, target)
    except (OSError, sqlite3.Error) as error:
        raise BackupFailed(str(error)) from error
    finally:
        source.close()
        for leftover in (work, packed):
            leftover.unlink(missing_ok=True)
    for old in backups(folder)[:-keep]:
        old.path.unlink()
    log.info("database backed up to %s (%d events, %d bytes)", target, events, target.stat().st_size)
    return target


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def unpack(copy: Path, target: Path) -> Path:
    """Write a backup out as a plain database file at `target` (decompressing a ``.gz``)."""
    opener = gzip.open if copy.name.endswith(".gz") else open
    with opener(copy, "rb") as source, target.open("wb") as out:
        shutil.copyfileobj(source, out, CHUNK)
        out.flush()
        os.fsync(out.fileno())
    return target

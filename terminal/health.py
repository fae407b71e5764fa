"""Is the terminal's database usable? The start-up check, and storage errors told apart from bugs.

:func:`check` runs before the app opens the database for work: a missing file where there was one, a
file that is not a database, shorter than its header says or failing ``PRAGMA quick_check``, a file or
folder that cannot be read or written, a full disk, a migration that cannot run: each is a
:class:`Problem` the start-up screen puts in words, with the backups and the hub that can bring the
data back. A first start (no file, no backups, no hub) is no problem: the database is created.

:func:`storage_problem` names the same conditions in an error raised while the app works (a sale on
a full disk), so the UI can say so instead of treating it as a bug.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import struct
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from terminal import backup
from terminal.paths import backups_dir, database_path


class Problem(StrEnum):
    MISSING = "missing"  # no database, yet backups or a hub show this terminal had one
    DAMAGED = "damaged"  # not a database, or quick_check finds damage
    TRUNCATED = "truncated"  # shorter than its own header says
    UNREADABLE = "unreadable"  # the file cannot be opened or read (permissions, a failing disk)
    READ_ONLY = "read_only"  # the data folder or the file cannot be written
    DISK_FULL = "disk_full"
    MIGRATION_FAILED = "migration_failed"  # the update of the file's layout could not run


# The problems that restoring a backup or a re-sync from the hub can fix (not a full or read-only disk).
RECOVERABLE = frozenset({Problem.MISSING, Problem.DAMAGED, Problem.TRUNCATED, Problem.UNREADABLE})


@dataclass(frozen=True)
class Health:
    problem: Problem | None
    detail: str = ""  # the system's own words, for the log and the curious
    backups: tuple[backup.BackupFile, ...] = field(default_factory=tuple)
    hub_url: str = ""  # set when this terminal syncs with a hub

    @property
    def ok(self) -> bool:
        return self.problem is None


def storage_problem(error: BaseException) -> Problem | None:
    """The storage condition behind an error, or None (then it is a bug)."""
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(error, sqlite3.Error) and code is not None:
        primary = code & 0xFF
        return {sqlite3.SQLITE_FULL: Problem.DISK_FULL, sqlite3.SQLITE_READONLY: Problem.READ_ONLY,
                sqlite3.SQLITE_CORRUPT: Problem.DAMAGED, sqlite3.SQLITE_NOTADB: Problem.DAMAGED,
                sqlite3.SQLITE_IOERR: Problem.UNREADABLE, sqlite3.SQLITE_CANTOPEN: Problem.UNREADABLE,
                sqlite3.SQLITE_PERM: Problem.READ_ONLY}.get(primary)
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return Problem.DISK_FULL
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return Problem.READ_ONLY
    if isinstance(error, backup.BackupFailed) and error.__cause__ is not None:
        return storage_problem(error.__cause__)
    return None


def _probe_writable(folder: Path, path: Path) -> tuple[Problem, str] | None:
    probe = folder / ".write-check"
    try:
        with probe.open("wb") as handle:
            handle.write(b"\0" * 4096)
            handle.flush()
            os.fsync(handle.fileno())
        probe.unlink()
        if path.exists():
            os.close(os.open(path, os.O_RDWR))
    except OSError as error:
        probe.unlink(missing_ok=True)
        problem = storage_problem(error) or Problem.UNREADABLE
        return problem, f"{error.strerror or error}: {error.filename or folder}"
    return None


def _header_problem(path: Path) -> tuple[Problem, str] | None:
    """A file that is not an SQLite database, or is shorter than the pages its header counts."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError as error:
        return Problem.UNREADABLE, str(error)
    if size == 0:
        return Problem.TRUNCATED, "the file is empty"
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return Problem.DAMAGED, "the file is not an SQLite database"
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    pages, change, valid_for = (struct.unpack(">I", header[offset:offset + 4])[0] for offset in (28, 24, 92))
    if page_size and size % page_size:
        return Problem.TRUNCATED, f"{size} bytes is not a whole number of {page_size}-byte pages"
    if pages and change == valid_for and size < pages * page_size:
        return Problem.TRUNCATED, f"{size} bytes where the header counts {pages * page_size}"
    return None


def _quick_check(path: Path) -> tuple[Problem, str] | None:
    try:
        conn = sqlite3.connect(str(path), timeout=5.0)
    except sqlite3.Error as error:
        return storage_problem(error) or Problem.UNREADABLE, str(error)
    try:
        result = [row[0] for row in conn.execute("PRAGMA quick_check")]
        if result != ["ok"]:
            return Problem.DAMAGED, "; ".join(result[:3])
        conn.execute("SELECT COUNT(*) FROM meta").fetchone()
    except sqlite3.Error as error:
        return storage_problem(error) or Problem.DAMAGED, str(error)
    finally:
        conn.close()
    return None


def check(folder: Path) -> Health:
    """The database's state at start, before anything writes to it."""
    from terminal.sync import settings as sync_settings

    path = database_path(folder)
    found = tuple(backup.backups(backups_dir(folder, create=False)))
    hub = sync_settings.load(folder)
    hub_url = hub.hub_url if hub.configured else ""

    def health(problem: Problem | None, detail: str = "") -> Health:
        return Health(problem, detail, found, hub_url)

    writable = _probe_writable(folder, path)
    if writable is not None:
        return health(*writable)
    if not path.exists():
        if found or hub_url:
            return health(Problem.MISSING, f"{path} does not exist")
        return health(None)
    for step in (_header_problem, _quick_check):
        problem = step(path)
        if problem is not None:
            return health(*problem)
    return health(None)


def prepare(folder: Path) -> Health:
    """:func:`check`, then bring the file's layout up to date (a backup first): the start-up sequence."""
    from terminal.db import connect

    health = check(folder)
    if not health.ok:
        return health
    try:
        connect(database_path(folder)).close()
    except backup.BackupFailed as error:
        return Health(Problem.MIGRATION_FAILED, f"no backup could be made before the update: {error}",
                      health.backups, health.hub_url)
    except (sqlite3.Error, OSError) as error:
        return Health(storage_problem(error) or Problem.MIGRATION_FAILED, str(error), health.backups, health.hub_url)
    return health

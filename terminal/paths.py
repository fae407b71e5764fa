"""Where the terminal keeps its files: one data folder, overridable for tests and demos.

Everything in it is private to the user who runs the terminal: the database holds personal data,
the shop's secret and the PIN hash, ``preferences.json`` the hub token. Folders are made 0700 and
files 0600 (:func:`private_dir`, :func:`private_file`, :func:`write_private`), whatever the umask.
On Windows the user's profile folder is already private to the user (its ACL), and ``chmod`` only
sets the read-only flag, so these calls leave the modes to the platform there.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import TextIO

import platformdirs

APP_NAME = "LoyaltyTerminal"
DATA_DIR_ENV = "LOYALTY_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: the flag, else the environment variable, else the platform's user-data folder."""
    chosen = override or os.environ.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME, appauthor=False)
    path = Path(chosen).expanduser().resolve()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        private_dir(path)
    return path


def database_path(folder: Path) -> Path:
    return folder / "terminal.db"


def backups_dir(folder: Path, create: bool = True) -> Path:
    path = folder / "backups"
    if create:
        private_dir(path)
    return path


def logs_dir(folder: Path) -> Path:
    return private_dir(folder / "logs")


def preferences_path(folder: Path) -> Path:
    return folder / "preferences.json"


_POSIX = sys.platform != "win32"
PRIVATE_DIR, PRIVATE_FILE = 0o700, 0o600


def private_dir(path: Path) -> Path:
    """Make the folder (and parents) if needed and make it private: 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if _POSIX and stat.S_IMODE(path.stat().st_mode) != PRIVATE_DIR:
        path.chmod(PRIVATE_DIR)
    return path


def private_file(path: Path) -> Path:
    """Create the file empty if it does not exist, and make it private: 0600 (SQLite's -wal and -shm
    files then take the same mode as their database)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
    try:
        if _POSIX and stat.S_IMODE(os.fstat(fd).st_mode) != PRIVATE_FILE:
            os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)
    return path


def private_database(path: Path | str) -> None:
    """The database file and any WAL / shared-memory file beside it: 0600 before SQLite opens them."""
    path = Path(path)
    private_file(path)
    for suffix in ("-wal", "-shm"):
        sibling = path.with_name(path.name + suffix)
        if sibling.exists():
            private_file(sibling)


def _private_fd(path: Path) -> int:
    """The file opened for writing (emptied), readable by this user only, also if it was there before."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    if _POSIX:
        os.fchmod(fd, PRIVATE_FILE)
    return fd


def write_private(path: Path, data: bytes) -> None:
    """Write the file (replacing it) readable by this user only."""
    with os.fdopen(_private_fd(path), "wb") as out:
        out.write(data)


def open_private(path: Path, encoding: str = "utf-8") -> TextIO:
    """The file as text for writing (a CSV's rows, as they come), readable by this user only."""
    return open(_private_fd(path), "w", newline="", encoding=encoding)

"""Secrets at rest: every file of the data folder is the user's only, whatever the umask says."""

from __future__ import annotations

import logging
import os
import stat
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from terminal import backup, paths
from terminal.counter import Counter
from terminal.db import connect
from terminal.logs import PrivateRotatingFileHandler
from terminal.preferences import save_section
from terminal.sync.settings import SyncSettings
from terminal.sync.store_sqlite import SqliteHubStore

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes; Windows keeps the profile's ACL")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The common default: without the terminal's care, files would be 0644 and folders 0755."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_database_wal_shm_and_backups_are_private(tmp_path: Path, open_umask: None) -> None:
    folder = paths.data_dir(tmp_path / "new" / "data")
    assert _mode(folder) == 0o700
    db = connect(paths.database_path(folder))
    Counter(db).enrol("Anna Nagy", phone="+36 30 111 2222")
    for name in ("terminal.db", "terminal.db-wal", "terminal.db-shm"):
        assert _mode(folder / name) == 0o600, name
    target = backup.backup(paths.database_path(folder), paths.backups_dir(folder), datetime(2026, 3, 1, tzinfo=UTC))
    db.close()
    assert _mode(target.parent) == 0o700 and _mode(target) == 0o600


def test_an_existing_world_readable_database_is_made_private_when_opened(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "terminal.db"
    connect(path).close()
    path.chmod(0o644)
    connect(path).close()
    assert _mode(path) == 0o600


def test_preferences_with_the_hub_token_are_private(tmp_path: Path, open_umask: None) -> None:
    path = paths.preferences_path(tmp_path)
    save_section(path, "sync", SyncSettings(hub_url="http://hub:8765", token="secret-token"))
    assert "secret-token" in path.read_text(encoding="utf-8")
    assert _mode(path) == 0o600


def test_logs_are_private_also_after_a_rotation(tmp_path: Path, open_umask: None) -> None:
    folder = paths.logs_dir(tmp_path)
    handler = PrivateRotatingFileHandler(folder / "terminal.log", maxBytes=200, backupCount=2, encoding="utf-8")
    logger = logging.getLogger("test.permissions")
    logger.addHandler(handler)
    try:
        for n in range(20):
            logger.warning("line %d of the log, long enough to rotate it soon", n)
    finally:
        logger.removeHandler(handler)
        handler.close()
    files = sorted(folder.iterdir())
    assert len(files) == 3 and _mode(folder) == 0o700
    assert [_mode(f) for f in files] == [0o600] * 3


def test_the_hubs_database_is_private(tmp_path: Path, open_umask: None) -> None:
    store = SqliteHubStore(tmp_path / "hub.db")
    try:
        store.add_terminal("T1", 1)
        for name in ("hub.db", "hub.db-wal", "hub.db-shm"):
            assert _mode(tmp_path / name) == 0o600, name
    finally:
        store.close()

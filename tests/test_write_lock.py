"""Beginning a write while another process writes: it waits for the lock by looking every millisecond, gives
up after the busy timeout as before, and leaves the connection's busy timeout as it found it."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from terminal import db as db_module
from terminal.db import BUSY_TIMEOUT_MS, connect, writing


def busy_timeout(database) -> int:
    return database.execute("PRAGMA busy_timeout").fetchone()[0]


def test_a_write_waits_for_the_other_writer_and_goes_on_when_it_commits(tmp_path: Path) -> None:
    ours, other = connect(tmp_path / "t.db"), connect(tmp_path / "t.db")
    other.conn.execute("BEGIN IMMEDIATE")  # another process's chunk holds the write lock
    other.execute("INSERT INTO meta (key, value) VALUES ('other', '1')")
    looking, done = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def write() -> None:
        mine = connect(tmp_path / "t.db")
        try:
            looking.set()
            with writing(mine):
                mine.execute("INSERT INTO meta (key, value) VALUES ('ours', '1')")
            done.set()
        except BaseException as error:
            errors.append(error)
        finally:
            mine.close()

    thread = threading.Thread(target=write)
    thread.start()
    assert looking.wait(10)
    assert not done.is_set()  # it cannot have written: the lock is held
    other.conn.commit()
    thread.join(30)
    assert errors == [] and done.is_set()
    assert ours.execute("SELECT key FROM meta WHERE key IN ('ours', 'other') ORDER BY key").fetchall() == [
        ("other",), ("ours",)]
    other.close()
    ours.close()


def test_a_lock_held_past_the_busy_timeout_is_refused_in_words_and_the_timeout_kept(tmp_path: Path,
                                                                                   monkeypatch) -> None:
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 20)
    ours, other = connect(tmp_path / "t.db"), connect(tmp_path / "t.db")
    ours.execute("PRAGMA busy_timeout = 20")
    other.conn.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.OperationalError, match="locked"), writing(ours):
        pass
    assert busy_timeout(ours) == 20 and not ours.conn.in_transaction
    other.conn.rollback()
    with writing(ours):
        assert ours.conn.in_transaction
    assert busy_timeout(ours) == 20
    other.close()
    ours.close()


def test_connections_keep_the_busy_timeout_for_everything_else(tmp_path: Path) -> None:
    database = connect(tmp_path / "t.db")
    with writing(database):
        database.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")
    assert busy_timeout(database) == BUSY_TIMEOUT_MS == 5000
    database.close()

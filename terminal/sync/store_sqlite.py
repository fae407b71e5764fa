"""The hub's store in one SQLite file: one shop, no set-up.

SQLite has one writer at a time, so ``BEGIN IMMEDIATE`` both serialises pushes and makes the
sequence numbers commit-ordered. Each server thread gets its own connection (never one shared
across threads). The file must be local: SQLite's WAL does not work on a network folder.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from terminal.paths import private_database
from terminal.sync.store import EVENT_COLUMNS, SCHEMA_TABLES, HubStore

SCHEMA_VERSION = 3


class SqliteHubStore(HubStore):
    def __init__(self, path: Path | str, *, commit_order_guard: bool = True) -> None:
        super().__init__(commit_order_guard=commit_order_guard)
        self.path = str(path)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._all_lock = threading.Lock()
        self._migrate()
        self._init_meta()

    def __repr__(self) -> str:
        return f"SqliteHubStore({self.path!r})"

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            # Each connection is used only by the thread that made it; check_same_thread is off so that
            # close() at shutdown can run on the main thread.
            if self.path != ":memory:":
                private_database(self.path)  # every shop's events: this user's only
            conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 30000")
            conn.execute("PRAGMA secure_delete = ON")  # an erasure's scrubbed bodies leave no freed bytes
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            self._local.conn = conn
            with self._all_lock:
                self._all.append(conn)
        return conn

    def _migrate(self) -> None:
        conn = self._conn()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < 1:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(f"CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY AUTOINCREMENT, {EVENT_COLUMNS})")
            for statement in SCHEMA_TABLES.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute("PRAGMA user_version = 1")
            conn.execute("COMMIT")
            version = 1
        if version < 2:
            with self._write() as cur:
                if cur.execute("PRAGMA user_version").fetchone()[0] < 2:  # another process may have done it
                    self._upgrade_to_2(cur)
                    cur.execute("PRAGMA user_version = 2")
            version = 2
        if version < 3:
            with self._write() as cur:
                if cur.execute("PRAGMA user_version").fetchone()[0] < 3:
                    self._add_offer_uses(cur)
                    cur.execute("PRAGMA user_version = 3")

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Cursor]:
        conn = self._conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn.cursor()
        except BaseException:
            conn.execute("ROLLBACK")
            self._local.scrubbed = False
            raise
        conn.execute("COMMIT")
        if getattr(self._local, "scrubbed", False):
            # The scrubbed bodies' old pages are still in the WAL: copy it back and empty it.
            self._local.scrubbed = False
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _scrubbed(self) -> None:
        self._local.scrubbed = True

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Cursor]:
        conn = self._conn()
        conn.execute("BEGIN")
        try:
            yield conn.cursor()
        finally:
            conn.execute("COMMIT")

    def close(self) -> None:
        with self._all_lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()

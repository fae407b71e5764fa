"""The hub's store on PostgreSQL: a chain of shops on a real server.

A plain sequence is not commit-ordered: two concurrent pushes can commit seq 101 before 100, and a
puller that has seen 101 would never see 100. So every write transaction first takes one
transaction-level advisory lock (the *commit-order guard*): sequence numbers are then drawn and
committed one writer at a time. ``commit_order_guard=False`` exists only so a test can prove the
guard is needed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg

from terminal.sync.store import EVENT_COLUMNS, SCHEMA_TABLES, HubStore

_TYPES = {"stamps": "bigint", "points": "bigint", "amount": "bigint", "events": "bigint"}
APPEND_LOCK = 0x4C54_5359  # "LTSY": the advisory lock key of the append guard
SCHEMA_VERSION = 2


class PostgresHubStore(HubStore):
    placeholder = "%s"

    def __init__(self, url: str, *, commit_order_guard: bool = True) -> None:
        super().__init__(commit_order_guard=commit_order_guard)
        self.url = url
        self._local = threading.local()
        self._all: list[psycopg.Connection[Any]] = []
        self._all_lock = threading.Lock()
        self._migrate()
        self._init_meta()

    def __repr__(self) -> str:
        return "PostgresHubStore(...)"  # the URL may hold a password

    def _conn(self) -> psycopg.Connection[Any]:
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.closed:
            conn = psycopg.connect(self.url, autocommit=True)
            self._local.conn = conn
            with self._all_lock:
                self._all.append(conn)
        return conn

    def _migrate(self) -> None:
        conn = self._conn()
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [APPEND_LOCK])
            conn.execute("CREATE TABLE IF NOT EXISTS hub_schema (version INTEGER NOT NULL)")
            row = conn.execute("SELECT version FROM hub_schema").fetchone()
            version = row[0] if row else 0
            if version < 1:
                conn.execute(f"CREATE TABLE IF NOT EXISTS events (seq BIGSERIAL PRIMARY KEY, {EVENT_COLUMNS})")
                for statement in SCHEMA_TABLES.split(";"):
                    if statement.strip():
                        conn.execute(statement)
            if version < 2:
                with conn.cursor() as cur:
                    self._upgrade_to_2(cur)
            if row is None:
                conn.execute("INSERT INTO hub_schema (version) VALUES (%s)", [SCHEMA_VERSION])
            else:
                conn.execute("UPDATE hub_schema SET version = %s", [SCHEMA_VERSION])

    @contextmanager
    def _write(self) -> Iterator[psycopg.Cursor[Any]]:
        conn = self._conn()
        with conn.transaction(), conn.cursor() as cur:
            if self.commit_order_guard:
                cur.execute("SELECT pg_advisory_xact_lock(%s)", [APPEND_LOCK])
            yield cur

    @contextmanager
    def _read(self) -> Iterator[psycopg.Cursor[Any]]:
        conn = self._conn()
        with conn.transaction(), conn.cursor() as cur:
            yield cur

    def _insert_rows(self, cur: Any, table: str, columns: Sequence[str], rows: list[Sequence[Any]],
                     conflict: str) -> None:
        """One INSERT … SELECT FROM unnest(arrays) instead of a round trip per row: 3x faster pushes.

        unnest yields the rows in array order, so sequence numbers follow the batch's order.
        """
        if not rows:
            return
        arrays = [list(column) for column in zip(*rows, strict=True)]
        casts = ", ".join(f"%s::{_TYPES.get(name, 'text')}[]" for name in columns)
        cur.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT * FROM unnest({casts}) {conflict}", arrays)

    def _lock_customer(self, cur: Any, customer_id: str) -> None:
        if not self.commit_order_guard:
            cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [customer_id])

    def close(self) -> None:
        with self._all_lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()

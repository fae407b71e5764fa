"""The hub's store on PostgreSQL: a chain of shops on a real server.

A plain sequence is not commit-ordered: two concurrent pushes can commit seq 101 before 100, and a
puller that has seen 101 would never see 100. So every write transaction first takes one
transaction-level advisory lock (the *commit-order guard*): sequence numbers are then drawn and
committed one writer at a time. ``commit_order_guard=False`` exists only so a test can prove the
guard is needed.

An erasure's scrub leaves the old row versions (the person's name, phone, e-mail) as dead tuples in the
events table's heap, TOAST and indexes until autovacuum gets to them. So after a transaction that
scrubbed commits, the store's *cleaner* thread rewrites the scrubbed tables (``VACUUM FULL``, see
``clean``) and then runs a ``CHECKPOINT``, so the new files are on disk: off the push's critical path, several
erasures in a burst cleaned up by one run. A role that may not do one of them (CHECKPOINT needs
superuser or ``pg_checkpoint``; VACUUM the table's owner) gets an INFO line saying so, never a failed
push. What the WAL still holds is a known limit: README, "Customers' data".
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg

from terminal.sync.store import EVENT_COLUMNS, SCHEMA_TABLES, SCRUBBED_TABLES, HubStore

log = logging.getLogger("sync.store")

_TYPES = {"stamps": "bigint", "points": "bigint", "amount": "bigint", "events": "bigint"}
APPEND_LOCK = 0x4C54_5359  # "LTSY": the advisory lock key of the append guard
SCHEMA_VERSION = 3
# Version 3: no planner statistics of the event bodies. ANALYZE (autovacuum runs it) copies sampled values
# into pg_statistic, a name among them, where no erasure of the hub's could reach it; the queries never
# need them. The same-type ALTER drops the statistics an older hub holds already (no rewrite).
SCHEMA_V3 = ("ALTER TABLE events ALTER COLUMN body SET STATISTICS 0", "ALTER TABLE events ALTER COLUMN body TYPE text")
LOCK_WAIT = "5s"  # how long the clean-up after an erasure waits for the events table before a plain VACUUM


class PostgresHubStore(HubStore):
    placeholder = "%s"

    def __init__(self, url: str, *, commit_order_guard: bool = True) -> None:
        super().__init__(commit_order_guard=commit_order_guard)
        self.url = url
        self._local = threading.local()
        self._all: list[psycopg.Connection[Any]] = []
        self._all_lock = threading.Lock()
        self._cleaning = threading.Condition()
        self._clean_asked = self._clean_done = 0  # erasures committed / cleaned up after
        self._cleaner: threading.Thread | None = None
        self._closing = False
        self.lock_wait = LOCK_WAIT
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
            if version < 3:
                for statement in SCHEMA_V3:
                    conn.execute(statement)
            if row is None:
                conn.execute("INSERT INTO hub_schema (version) VALUES (%s)", [SCHEMA_VERSION])
            else:
                conn.execute("UPDATE hub_schema SET version = %s", [SCHEMA_VERSION])

    @contextmanager
    def _write(self) -> Iterator[psycopg.Cursor[Any]]:
        conn = self._conn()
        self._local.scrubbed = False
        with conn.transaction(), conn.cursor() as cur:
            if self.commit_order_guard:
                cur.execute("SELECT pg_advisory_xact_lock(%s)", [APPEND_LOCK])
            yield cur
        if self._local.scrubbed:  # committed: the scrubbed rows' old versions are dead now
            self._local.scrubbed = False
            self._ask_clean()

    def _scrubbed(self) -> None:
        self._local.scrubbed = True

    # -- cleaning up after an erasure ------------------------------------------------------------
    def _ask_clean(self) -> None:
        with self._cleaning:
            self._clean_asked += 1
            if self._cleaner is None:
                self._cleaner = threading.Thread(target=self._clean_loop, name="hub-store-cleaner", daemon=True)
                self._cleaner.start()
            self._cleaning.notify_all()

    def _clean_loop(self) -> None:
        while True:
            with self._cleaning:
                self._cleaning.wait_for(lambda: self._clean_asked > self._clean_done or self._closing)
                if self._clean_asked == self._clean_done:  # closing, nothing left to clean
                    self._cleaner = None
                    return
                target = self._clean_asked
            try:
                self.clean()
            except Exception:  # the cleaner must never die of one bad run: autovacuum remains
                log.exception("cleaning up after an erasure failed; autovacuum will remove the old rows")
            with self._cleaning:
                self._clean_done = target
                self._cleaning.notify_all()

    def settle(self, timeout: float | None = None) -> bool:
        """Wait until every erasure committed so far has been cleaned up after; False on timeout."""
        with self._cleaning:
            return self._cleaning.wait_for(lambda: self._clean_done >= self._clean_asked, timeout)

    def clean(self) -> None:
        """Rewrite the scrubbed tables (VACUUM FULL), then CHECKPOINT if this role may.

        A plain VACUUM is not enough: it prunes a dead row but leaves its bytes in the page's free space
        when it was the page's lowest (PostgreSQL does not zero freed space), so the name stays in the
        file until that space is reused. VACUUM FULL writes the live rows into new files (heap, TOAST,
        indexes) and the old ones are emptied at commit. It locks the table while it runs (0.64 s for
        some 100,000 events, README), so it waits at most ``lock_wait`` for a long transaction to end and
        otherwise does a plain VACUUM and says so. On its own autocommit connection: VACUUM cannot run
        inside a transaction.
        """
        with psycopg.connect(self.url, autocommit=True) as conn:
            skipped: list[str] = []
            conn.add_notice_handler(lambda notice: skipped.append(notice.message_primary or "")
                                    if notice.severity_nonlocalized == "WARNING" else None)
            conn.execute("SELECT set_config('lock_timeout', %s, false)", [self.lock_wait])
            for table in SCRUBBED_TABLES:
                try:
                    conn.execute(f"VACUUM FULL {table}")
                except psycopg.errors.LockNotAvailable:
                    log.info("after an erasure the %s table was busy for %s: vacuumed without rewriting it; an "
                             "erased row's bytes may stay in a page's free space until it is reused (run VACUUM "
                             "FULL %s in a quiet hour)", table, self.lock_wait, table)
                    conn.execute(f"VACUUM (INDEX_CLEANUP ON, PROCESS_TOAST ON) {table}")
            for message in skipped:  # not the table's owner: VACUUM warns and skips
                log.info("after an erasure the hub may not vacuum: %s; autovacuum will remove the old rows",
                         message)
            try:
                conn.execute("CHECKPOINT")
            except psycopg.errors.InsufficientPrivilege:
                log.info("after an erasure the hub's role may not CHECKPOINT (superuser or pg_checkpoint); the "
                         "rewritten tables reach the data files at the server's next checkpoint")

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
        """Finish any pending clean-up after an erasure, then close every connection."""
        with self._cleaning:
            self._closing = True
            cleaner = self._cleaner
            self._cleaning.notify_all()
        if cleaner is not None:
            cleaner.join()
        with self._all_lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()

"""The hub's store on PostgreSQL: a chain of shops on a real server.

A plain sequence is not commit-ordered: two concurrent pushes can commit seq 101 before 100, and a
puller that has seen 101 would never see 100. So every write transaction first takes one
transaction-level advisory lock (the *commit-order guard*): sequence numbers are then drawn and
committed one writer at a time. ``commit_order_guard=False`` exists only so a test can prove the
guard is needed.

An erasure's scrub leaves the old row versions (the person's name, phone, e-mail) as dead tuples in the
events table's heap and TOAST until autovacuum gets to them, and even then in a page's free space. So
after a transaction that scrubbed commits, the store's *cleaner* thread rewrites the scrubbed tables
(``VACUUM FULL``, see ``clean``) and runs a ``CHECKPOINT``, so the new files are on disk: off the push's
critical path, several erasures in a burst cleaned up by one run, tried again later when a busy table or
an older snapshot got in the way. A role that may not do one of them (CHECKPOINT needs superuser or
``pg_checkpoint``; VACUUM the table's owner) gets an INFO line saying so, never a failed push. What the
WAL still holds is a known limit: README, "Customers' data, staff and secrets".
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg

from terminal.sync.store import EVENT_COLUMNS, SCHEMA_TABLES, SCRUBBED_TABLES, HubStore

log = logging.getLogger("sync.store")

_TYPES = {"stamps": "bigint", "points": "bigint", "amount": "bigint", "events": "bigint"}
APPEND_LOCK = 0x4C54_5359  # "LTSY": the advisory lock key of the append guard
SCHEMA_VERSION = 4
# Version 3: no planner statistics of the event bodies. ANALYZE (autovacuum runs it) copies sampled values
# into pg_statistic, a name among them, where no erasure of the hub's could reach it; the queries never
# need them. The same-type ALTER drops the statistics an older hub holds already (no rewrite).
SCHEMA_V3 = ("ALTER TABLE events ALTER COLUMN body SET STATISTICS 0", "ALTER TABLE events ALTER COLUMN body TYPE text")
LOCK_WAIT = "5s"  # how long the clean-up after an erasure waits for the events table before a plain VACUUM
RETRY_DELAY_S = 60.0  # a clean-up that could not finish tries again after this, then twice as long each time,
MAX_RETRIES = 8  # this many times (some four hours in all)
# Version 4: offer uses and claims (terminal/sync/store.py's SCHEMA_OFFERS).


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
        self.retry_delay = RETRY_DELAY_S
        self._retries_left = 0  # tries of the clean-up still to come after one that could not finish
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
            if version < 4:
                with conn.cursor() as cur:
                    self._add_offer_uses(cur)
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
        delay = self.retry_delay
        while True:
            with self._cleaning:
                wanted = lambda: self._clean_asked > self._clean_done or self._closing  # noqa: E731
                if self._retries_left:  # the last run could not finish: again after the delay, or when asked
                    asked = self._cleaning.wait_for(wanted, timeout=delay)
                    delay *= 2
                else:
                    asked = self._cleaning.wait_for(wanted)
                if self._closing and self._clean_asked == self._clean_done:
                    if self._retries_left:
                        log.info("the hub stops with an erasure's old rows still in the events table's files; "
                                 "they are rewritten after the next erasure (or run VACUUM FULL events)")
                    self._cleaner = None
                    return
                if asked and self._clean_asked > self._clean_done:
                    delay = self.retry_delay  # a new erasure: a fresh series of tries
                    self._retries_left = MAX_RETRIES
                target = self._clean_asked
            try:
                finished = self.clean()
            except Exception:  # the cleaner must never die of one bad run
                log.exception("cleaning up after an erasure failed")
                finished = False
            with self._cleaning:
                self._clean_done = target
                self._retries_left = 0 if finished else max(self._retries_left - 1, 0)
                if not finished and not self._retries_left:
                    log.warning("gave up cleaning up after an erasure: an old row may stay in the events table's "
                                "files until the next erasure (or run VACUUM FULL events)")
                self._cleaning.notify_all()

    def settle(self, timeout: float | None = None) -> bool:
        """Wait until the clean-up after every erasure committed so far has finished, retries included;
        False on timeout."""
        with self._cleaning:
            return self._cleaning.wait_for(lambda: self._clean_done >= self._clean_asked and not self._retries_left,
                                           timeout)

    def ran(self, timeout: float | None = None) -> bool:
        """Wait until the clean-up asked for so far has run once; True if it finished, False if a retry is due."""
        with self._cleaning:
            self._cleaning.wait_for(lambda: self._clean_done >= self._clean_asked, timeout)
            return self._clean_done >= self._clean_asked and not self._retries_left

    def clean_again(self) -> None:
        """Run the clean-up now instead of at the next retry (after a long transaction has ended)."""
        self._ask_clean()

    def clean(self) -> bool:
        """Rewrite the scrubbed tables (VACUUM FULL), then CHECKPOINT if this role may; False when an old row
        version may still be in the files (the cleaner then tries again later).

        A plain VACUUM is not enough: it prunes a dead row but leaves its bytes in the page's free space
        when it was the page's lowest (PostgreSQL does not zero freed space), so the name stays in the
        file until that space is reused. VACUUM FULL writes the live rows into new files (heap, TOAST,
        indexes) and the old ones are emptied at commit. It locks the table while it runs (0.64 s for
        some 100,000 events, README), so it waits at most ``lock_wait`` for a long transaction to end and
        otherwise does a plain VACUUM and says so. A transaction whose snapshot is older than the erasure
        (anywhere in the database) keeps the old versions alive: VACUUM copies them along and its VERBOSE
        report counts them. On its own autocommit connection: VACUUM cannot run inside a transaction.
        """
        finished = True
        with psycopg.connect(self.url, autocommit=True) as conn:
            skipped: list[str] = []
            kept: list[int] = []

            def notice(diagnostic: psycopg.errors.Diagnostic) -> None:
                if diagnostic.severity_nonlocalized == "WARNING":
                    skipped.append(diagnostic.message_primary or "")
                elif (diagnostic.severity_nonlocalized == "INFO" and diagnostic.message_detail
                      and any(f'.{table}"' in (diagnostic.message_primary or "") for table in SCRUBBED_TABLES)):
                    # "N dead row versions cannot be removed yet." (its first number, in any language)
                    number = re.search(r"\d+", diagnostic.message_detail)
                    kept.append(int(number.group()) if number else 0)

            conn.add_notice_handler(notice)
            conn.execute("SELECT set_config('lock_timeout', %s, false)", [self.lock_wait])
            for table in SCRUBBED_TABLES:
                try:
                    conn.execute(f"VACUUM (FULL, VERBOSE) {table}")
                except psycopg.errors.LockNotAvailable:
                    log.info("after an erasure the %s table was busy for %s: vacuumed without rewriting it for "
                             "now; an erased row's bytes may stay in a page's free space until the next try",
                             table, self.lock_wait)
                    kept.clear()
                    conn.execute(f"VACUUM (INDEX_CLEANUP ON, PROCESS_TOAST ON) {table}")
                    finished = False
            if any(kept):
                log.info("after an erasure %d old row versions stay in the events table: a transaction older "
                         "than the erasure still sees them; trying again later", sum(kept))
                finished = False
            for message in skipped:  # not the table's owner: VACUUM warns and skips
                log.info("after an erasure the hub may not vacuum: %s; autovacuum will remove the old rows",
                         message)
            try:
                conn.execute("CHECKPOINT")
            except psycopg.errors.InsufficientPrivilege:
                log.info("after an erasure the hub's role may not CHECKPOINT (superuser or pg_checkpoint); the "
                         "rewritten tables reach the data files at the server's next checkpoint")
        return finished

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

"""The terminal's SQLite database: connection set-up, schema and migrations.

Migrations are numbered functions; ``PRAGMA user_version`` records the last one applied, and each
runs in its own transaction so a crash mid-upgrade leaves the previous version intact.
"""

from __future__ import annotations

import logging
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from terminal.ids import uuid7

log = logging.getLogger("db")

# The connection type, named here so the UI can hold one without importing the SQLite driver.
Database = sqlite_utils.Database
Migration = Callable[[sqlite_utils.Database], None]
MIGRATIONS: list[Migration] = []


def migration(func: Migration) -> Migration:
    MIGRATIONS.append(func)
    return func


def connect(path: Path | str, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open the database with the pragmas every connection needs.

    WAL lets the owner's dashboard read while the counter writes; ``synchronous=FULL`` makes a commit
    durable before it returns, so a sale the cashier saw confirmed survives a power cut (in WAL mode
    NORMAL could lose the last commits).
    """
    conn = sqlite3.connect(str(path), timeout=5.0)
    db = sqlite_utils.Database(conn)
    db.execute("PRAGMA busy_timeout = 5000")
    db.execute("PRAGMA foreign_keys = ON")
    if str(path) != ":memory:":
        db.enable_wal()
    db.execute("PRAGMA synchronous = FULL")
    conn.create_function("reverse_digits", 1, lambda text: (text or "")[::-1], deterministic=True)
    if migrate:
        apply_migrations(db)
    return db


@contextmanager
def writing(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A write transaction that takes the write lock at its start (``BEGIN IMMEDIATE``).

    A deferred ``BEGIN`` that reads first and writes later fails at once with "database is locked"
    when another connection committed in between; an immediate one waits its turn (the busy timeout)
    and then cannot be refused. Inside an open transaction it is a savepoint.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.rollback()
        raise
    else:
        db.conn.commit()


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def apply_migrations(db: sqlite_utils.Database) -> None:
    current = schema_version(db)
    for number, step in enumerate(MIGRATIONS, start=1):
        if number <= current:
            continue
        log.info("migrating database to version %d (%s)", number, step.__name__)
        with db.atomic():
            step(db)
            db.execute(f"PRAGMA user_version = {number}")


def meta_get(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def meta_set(db: sqlite_utils.Database, key: str, value: str) -> None:
    db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
               [key, value])


@migration
def m001_initial(db: sqlite_utils.Database) -> None:
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    # The append-only ledger. `seq` is the local order of arrival; `id` is the global identity.
    db.execute("""
        CREATE TABLE events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            terminal_id TEXT NOT NULL,
            ts TEXT NOT NULL,
            hlc TEXT NOT NULL,
            kind TEXT NOT NULL,
            customer_id TEXT,
            stamps INTEGER NOT NULL DEFAULT 0,
            points INTEGER NOT NULL DEFAULT 0,
            amount INTEGER NOT NULL DEFAULT 0,
            ref_id TEXT,
            body TEXT NOT NULL DEFAULT '{}'
        )""")
    db.execute("CREATE INDEX events_customer_ts ON events(customer_id, ts)")
    db.execute("CREATE INDEX events_kind_ts ON events(kind, ts)")
    db.execute("CREATE INDEX events_ts ON events(ts)")
    db.execute("CREATE INDEX events_ref ON events(ref_id) WHERE ref_id IS NOT NULL")
    # Projections of the ledger: always rebuildable from `events`.
    db.execute("""
        CREATE TABLE customers (
            id TEXT PRIMARY KEY,
            name TEXT,
            phone TEXT,
            email TEXT,
            birthday TEXT,
            consent INTEGER NOT NULL DEFAULT 0,
            created_ts TEXT NOT NULL,
            external_key TEXT,
            profile_hlc TEXT NOT NULL DEFAULT '',
            erased INTEGER NOT NULL DEFAULT 0,
            name_key TEXT NOT NULL DEFAULT '',
            phone_key TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX customers_phone ON customers(phone_key) WHERE phone_key != ''")
    db.execute("CREATE INDEX customers_name ON customers(name_key)")
    db.execute("CREATE INDEX customers_external ON customers(external_key) WHERE external_key IS NOT NULL")
    # Word-prefix search over names ("ann" finds "Hanna Ann Kovacs"), kept current by triggers.
    db.execute("CREATE VIRTUAL TABLE customers_fts USING fts5(name_key, content='customers', "
               "content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')")
    db.execute("""CREATE TRIGGER customers_ai AFTER INSERT ON customers BEGIN
        INSERT INTO customers_fts(rowid, name_key) VALUES (new.rowid, new.name_key); END""")
    db.execute("""CREATE TRIGGER customers_ad AFTER DELETE ON customers BEGIN
        INSERT INTO customers_fts(customers_fts, rowid, name_key) VALUES ('delete', old.rowid, old.name_key); END""")
    db.execute("""CREATE TRIGGER customers_au AFTER UPDATE OF name_key ON customers BEGIN
        INSERT INTO customers_fts(customers_fts, rowid, name_key) VALUES ('delete', old.rowid, old.name_key);
        INSERT INTO customers_fts(rowid, name_key) VALUES (new.rowid, new.name_key); END""")
    db.execute("""
        CREATE TABLE balances (
            customer_id TEXT PRIMARY KEY,
            stamps INTEGER NOT NULL DEFAULT 0,
            points INTEGER NOT NULL DEFAULT 0,
            spend INTEGER NOT NULL DEFAULT 0,
            visits INTEGER NOT NULL DEFAULT 0,
            redemptions INTEGER NOT NULL DEFAULT 0,
            first_visit_ts TEXT,
            last_visit_ts TEXT
        )""")
    db.execute("""
        CREATE TABLE cards (
            code_hash TEXT PRIMARY KEY,
            customer_id TEXT,
            status TEXT NOT NULL DEFAULT 'active',
            issued_ts TEXT NOT NULL,
            hint TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX cards_customer ON cards(customer_id)")
    db.execute("""
        CREATE TABLE receipts (
            receipt_no TEXT PRIMARY KEY,
            sale_id TEXT NOT NULL,
            ts TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX receipts_sale ON receipts(sale_id)")
    # Owner-set business rules and shop details (JSON), last-writer-wins by HLC so they sync.
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, hlc TEXT NOT NULL DEFAULT '')")
    db.execute("CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)")
    meta_set(db, "terminal_id", uuid7())
    meta_set(db, "terminal_name", "T1")
    meta_set(db, "shop_code", "S1")
    # The shop's secret signs receipt feedback codes; sync gives every terminal of a shop the same one.
    meta_set(db, "shop_secret", secrets.token_hex(32))


@migration
def m002_phone_suffix_search(db: sqlite_utils.Database) -> None:
    """Cashiers type the last digits of a phone number: index the digits reversed for suffix search."""
    db.execute("ALTER TABLE customers ADD COLUMN phone_rev TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE customers SET phone_rev = reverse_digits(phone_key)")
    db.execute("CREATE INDEX customers_phone_rev ON customers(phone_rev) WHERE phone_rev != ''")


def checkpoint(db: sqlite_utils.Database) -> None:
    """Copy the WAL into the database file while the counter is idle, so sales never pay for it."""
    db.execute("PRAGMA wal_checkpoint(PASSIVE)")


@migration
def m_stats_indexes(db: sqlite_utils.Database) -> None:
    """Indexes for the owner's stats: sales by customer (a customer's last sale before a moment in one
    seek; 12-month spend per customer in index order, without a sort), a period's sales (with amounts,
    points and stamps) without touching the table, and first visits by time (new customers)."""
    db.execute("CREATE INDEX IF NOT EXISTS events_kind_customer_ts ON events(kind, customer_id, ts, amount)")
    db.execute("CREATE INDEX IF NOT EXISTS events_kind_ts_covering ON events(kind, ts, customer_id, amount, points, "
               "stamps)")
    db.execute("CREATE INDEX IF NOT EXISTS balances_first_visit ON balances(first_visit_ts)")


@migration
def m_stats_hourly(db: sqlite_utils.Database) -> None:
    """Hourly projections for the owner's numbers (terminal/hourly.py), filled from the existing events."""
    from terminal import hourly

    hourly.create_tables(db)
    hourly.project_all(db)


@migration
def m_stats_marks(db: sqlite_utils.Database) -> None:
    """Every customer's state at fixed instants (terminal/marks.py), so a period that ended long ago is
    one mark plus a few days of hours."""
    from terminal import marks

    marks.create_tables(db)
    marks.extend(db)


@migration
def m_stats_rating_counts(db: sqlite_utils.Database) -> None:
    """Ratings by scale, score and time: a period's count of each score is one short range of the index,
    where grouping a year's ratings by score sorted them all."""
    db.execute("CREATE INDEX first_ratings_score_ts ON first_ratings(scale, score, ts)")


@migration
def m_drop_events_kind_ts(db: sqlite_utils.Database) -> None:
    """``events(kind, ts)`` is the front of ``events_kind_ts_covering``: every sale and every imported row
    paid for keeping both."""
    db.execute("DROP INDEX IF EXISTS events_kind_ts")


@migration
def m_customer_merges(db: sqlite_utils.Database) -> None:
    """Two records of one person made one (``customer_merged`` events): the record merged away points
    at the one kept."""
    db.execute("ALTER TABLE customers ADD COLUMN merged_into TEXT")
    db.execute("CREATE INDEX customers_merged ON customers(merged_into) WHERE merged_into IS NOT NULL")


@migration
def m_customer_language(db: sqlite_utils.Database) -> None:
    """The customer's language (hu, ru, uk, lt, fa, en), chosen at enrolment: the customer screen speaks it.
    A profile field like the others (last writer wins; erased with the personal data)."""
    if "language" not in {row[1] for row in db.execute("PRAGMA table_info(customers)")}:
        db.execute("ALTER TABLE customers ADD COLUMN language TEXT")

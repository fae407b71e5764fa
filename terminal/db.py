"""The terminal's SQLite database: connection set-up, schema and migrations.

Migrations are functions registered by name, in order (as sqlite-utils' ``Migrations`` do): the
``_migrations`` table lists the names applied. A database from before that table, at ``PRAGMA
user_version`` N, had the first N applied. Each migration runs in one ``BEGIN IMMEDIATE``
transaction with the record of its name, so a crash or an error mid-migration leaves the schema as it
was before that step (and the step pending), never half of it. Before an existing database is
migrated it is backed up (terminal/backup.py); no backup, no migration.

Migrations are frozen: they never call live module code (which changes with the schema); what one
needs is copied into it, as it was when it was written.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from terminal import backup
from terminal.ids import uuid7
from terminal.paths import private_database

log = logging.getLogger("db")

# How long a write waits for another process's transaction before it gives up ("database is locked"), and
# how often it looks in the meantime when it begins a transaction (_begin_immediate).
BUSY_TIMEOUT_MS = 5000
BUSY_POLL_S = 0.001
# The connection type, named here so the UI can hold one without importing the SQLite driver.
Database = sqlite_utils.Database
Migration = Callable[[sqlite_utils.Database], None]
MIGRATIONS: list[Migration] = []
MIGRATIONS_TABLE = "_migrations"


def migration(func: Migration) -> Migration:
    """Register a migration under its function's name: never rename one that has shipped."""
    if any(step.__name__ == func.__name__ for step in MIGRATIONS):
        raise ValueError(f"migration {func.__name__} is registered twice")
    MIGRATIONS.append(func)
    return func


def connect(path: Path | str, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open the database with the pragmas every connection needs.

    WAL lets the owner's dashboard read while the counter writes; ``synchronous=FULL`` makes a commit
    durable before it returns, so a sale the cashier saw confirmed survives a power cut (in WAL mode
    NORMAL could lose the last commits).
    """
    if str(path) != ":memory:":
        private_database(path)  # personal data, the shop's secret, the PIN hash: this user's only
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    db = sqlite_utils.Database(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    if str(path) != ":memory:":
        db.enable_wal()
    db.execute("PRAGMA synchronous = FULL")
    # Deleted and overwritten content is zeroed at once, so no copy taken between an erasure and its
    # compaction (the backup thread's, say) finds the old text in a freed cell or page.
    db.execute("PRAGMA secure_delete = ON")
    conn.create_function("reverse_digits", 1, lambda text: (text or "")[::-1], deterministic=True)
    if migrate:
        if str(path) == ":memory:":
            apply_migrations(db)
        else:
            folder = Path(path).parent
            apply_migrations(db, before=lambda: backup.backup(Path(path), folder / "backups", datetime.now(UTC)))
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
    _begin_immediate(db)
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.rollback()
        raise
    else:
        db.conn.commit()


def _begin_immediate(db: sqlite_utils.Database) -> None:
    """``BEGIN IMMEDIATE``, waiting for another process's write transaction by looking every millisecond.

    SQLite's own busy handler sleeps longer and longer between its looks (up to 100 ms): another process
    writing chunk after chunk (``main.py import`` while the app sells) frees the lock for a moment between
    two, and a sale that only looked every 100 ms missed every such moment until its busy timeout refused
    it ("database is locked"). The bulk writers leave a few milliseconds between their jobs
    (``terminal.writer.between_jobs``), so a look every millisecond finds one within a job or two.
    """
    db.conn.execute("PRAGMA busy_timeout = 0")
    try:
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                db.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
            time.sleep(BUSY_POLL_S)
    finally:
        db.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def schema_version(db: sqlite_utils.Database) -> int:
    """How many migrations are applied (kept in ``PRAGMA user_version`` too, for older tools)."""
    return db.execute("PRAGMA user_version").fetchone()[0]


def applied_migrations(db: sqlite_utils.Database) -> list[str] | None:
    """The names of the migrations applied, in order; None for a database from before the names."""
    found = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE])
    if found.fetchone() is None:
        return None
    return [row[0] for row in db.execute(f"SELECT name FROM {MIGRATIONS_TABLE} ORDER BY rowid")]


def _record_names(db: sqlite_utils.Database, steps: Sequence[Migration]) -> list[str]:
    """Create the names table; a database at user_version N had the first N steps applied."""
    with writing(db):
        applied = applied_migrations(db)  # again, now holding the write lock
        if applied is not None:
            return applied
        db.execute(f"CREATE TABLE {MIGRATIONS_TABLE} (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        earlier = [step.__name__ for step in steps[:schema_version(db)]]
        db.conn.executemany(f"INSERT INTO {MIGRATIONS_TABLE} (name, applied_at) VALUES (?, 'before names')",
                            [(name,) for name in earlier])
        return earlier


def apply_migrations(db: sqlite_utils.Database, steps: Sequence[Migration] | None = None, *,
                     before: Callable[[], object] | None = None) -> list[str]:
    """Apply the pending migrations, each in its own transaction; returns their names.

    ``before`` runs once before the first step when the database already had a schema (the backup)."""
    steps = MIGRATIONS if steps is None else steps
    applied = applied_migrations(db)
    if applied is None:
        applied = _record_names(db, steps)
    done = set(applied)
    pending = [step for step in steps if step.__name__ not in done]
    if pending and applied and before is not None:
        before()
    for step in pending:
        log.info("migrating the database: %s", step.__name__)
        with writing(db):
            if db.execute(f"SELECT 1 FROM {MIGRATIONS_TABLE} WHERE name = ?", [step.__name__]).fetchone():
                continue  # another process applied it meanwhile
            step(db)
            db.execute(f"INSERT INTO {MIGRATIONS_TABLE} (name, applied_at) VALUES (?, ?)",
                       [step.__name__, datetime.now(UTC).isoformat(timespec="seconds")])
            count = db.execute(f"SELECT COUNT(*) FROM {MIGRATIONS_TABLE}").fetchone()[0]
            db.execute(f"PRAGMA user_version = {count}")
    if applied and any(step.__name__ in SHRINKING for step in pending):
        shrink(db)
    return [step.__name__ for step in pending]


# Migrations that free a large part of an existing file: after them the file is rewritten without the freed
# pages (a shop's file at 1,000,000 events loses about a third), where otherwise it would keep its size.
SHRINKING = frozenset({"m_size_indexes", "m_marks_without_first_sale", "m_receipts_without_rowid",
                       "m_customer_hours_one_copy", "m_receipts_by_seq", "m_events_compact",
                       "m_marks_as_spans", "m_events_customer_index", "m_customer_keys",
                       "m_events_kind_ts"})


def shrink(db: sqlite_utils.Database) -> bool:
    """Rewrite the file without its free pages (``VACUUM``), outside any transaction, and empty the WAL the
    rewrite went through. A full disk (the rewrite needs room for a copy) only leaves the free pages in
    place, to be reused as the ledger grows: nothing is lost, and the app starts. Returns whether it ran."""
    try:
        db.execute("VACUUM")
    except sqlite3.OperationalError as error:
        log.warning("the database keeps its free pages (it could not be rewritten smaller: %s)", error)
        return False
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return True


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
    # The shop's secret signs receipt feedback codes; sync gives every terminal of a shop the same one.
    db.conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", [
        ("terminal_id", uuid7()), ("terminal_name", "T1"), ("shop_code", "S1"), ("shop_secret", secrets.token_hex(32))])


@migration
def m002_phone_suffix_search(db: sqlite_utils.Database) -> None:
    """Cashiers type the last digits of a phone number: index the digits reversed for suffix search."""
    db.execute("ALTER TABLE customers ADD COLUMN phone_rev TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE customers SET phone_rev = reverse_digits(phone_key)")
    db.execute("CREATE INDEX customers_phone_rev ON customers(phone_rev) WHERE phone_rev != ''")


def checkpoint(db: sqlite_utils.Database) -> None:
    """Copy the WAL into the database file while the counter is idle, so sales never pay for it."""
    db.execute("PRAGMA wal_checkpoint(PASSIVE)")


def compact(db: sqlite_utils.Database) -> bool:
    """Leave no trace of scrubbed text in the files: search index rebuilt, freed pages zeroed, WAL truncated.

    After an erasure the text is gone from the tables but not from the disk: an FTS segment still
    holds the words, freed pages and the WAL's old page images still hold the rows. This rebuilds and
    optimises the search index, switches ``secure_delete`` on, ``VACUUM``s (a fresh file, no free
    page left) and checkpoints the WAL with ``TRUNCATE``. It must run outside a transaction. Returns
    whether the WAL was emptied: a reader on another connection can keep it busy, and the next
    checkpoint empties it then.
    """
    db.execute("PRAGMA secure_delete = ON")
    with writing(db):
        db.execute("INSERT INTO customers_fts(customers_fts) VALUES ('rebuild')")
        db.execute("INSERT INTO customers_fts(customers_fts) VALUES ('optimize')")
    db.execute("VACUUM")
    busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    return busy == 0


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
    """Hourly projections for the owner's numbers (terminal/hourly.py), filled from the existing events.
    Frozen: the tables and the projection as terminal/hourly.py had them when this step was written."""
    db.execute("""CREATE TABLE customer_hours (
        customer_id TEXT NOT NULL, hour INTEGER NOT NULL, visits INTEGER NOT NULL, spend INTEGER NOT NULL,
        points INTEGER NOT NULL, stamps INTEGER NOT NULL, last_sale_ts TEXT,
        PRIMARY KEY (customer_id, hour)) WITHOUT ROWID""")
    db.execute("CREATE INDEX customer_hours_hour ON customer_hours(hour, customer_id, visits, spend, points, stamps, "
               "last_sale_ts)")
    db.execute("""CREATE TABLE shop_hours (
        hour INTEGER PRIMARY KEY, sales INTEGER NOT NULL, identified_sales INTEGER NOT NULL,
        revenue INTEGER NOT NULL, sale_points INTEGER NOT NULL, sale_stamps INTEGER NOT NULL,
        bonus_points INTEGER NOT NULL, redemptions INTEGER NOT NULL, redeemed_points INTEGER NOT NULL,
        redeemed_stamps INTEGER NOT NULL)""")
    db.execute("""CREATE TABLE first_ratings (
        ref_key TEXT PRIMARY KEY, ts TEXT NOT NULL, id TEXT NOT NULL, scale TEXT, score INTEGER) WITHOUT ROWID""")
    db.execute("CREATE INDEX first_ratings_ts ON first_ratings(ts, scale, score)")
    hour = "CAST(unixepoch(substr(ts, 1, 19)) / 3600 AS INTEGER)"
    db.execute(
        f"""INSERT INTO customer_hours (customer_id, hour, visits, spend, points, stamps, last_sale_ts)
            SELECT customer_id, {hour} AS h, SUM(CASE kind WHEN 'sale' THEN 1 WHEN 'refund' THEN -1 ELSE 0 END),
                   SUM(CASE WHEN kind IN ('sale', 'refund') THEN amount ELSE 0 END), SUM(points), SUM(stamps),
                   MAX(CASE WHEN kind = 'sale' THEN ts END)
            FROM events WHERE customer_id IS NOT NULL AND (kind IN ('sale', 'refund') OR points != 0 OR stamps != 0)
            GROUP BY customer_id, h""")
    db.execute(
        f"""INSERT INTO shop_hours (hour, sales, identified_sales, revenue, sale_points, sale_stamps, bonus_points,
                                   redemptions, redeemed_points, redeemed_stamps)
            SELECT {hour} AS h, SUM(net), SUM(CASE WHEN customer_id IS NOT NULL THEN net ELSE 0 END),
                   SUM(CASE WHEN net != 0 THEN amount ELSE 0 END), SUM(CASE WHEN net != 0 THEN points ELSE 0 END),
                   SUM(CASE WHEN net != 0 THEN stamps ELSE 0 END),
                   SUM(CASE WHEN kind IN ('welcome_bonus', 'birthday_bonus')
                              OR (kind = 'points_adjusted' AND points > 0)
                              OR (kind = 'reversal' AND NOT rr) THEN points ELSE 0 END),
                   SUM(CASE WHEN kind = 'reward_redeemed' THEN 1 WHEN rr THEN -1 ELSE 0 END),
                   -SUM(CASE WHEN kind = 'reward_redeemed' OR rr THEN points ELSE 0 END),
                   -SUM(CASE WHEN kind = 'reward_redeemed' OR rr THEN stamps ELSE 0 END)
            FROM (SELECT *, CASE kind WHEN 'sale' THEN 1 WHEN 'refund' THEN -1 ELSE 0 END AS net,
                         (kind = 'reversal' AND json_extract(body, '$.reverses') = 'reward_redeemed') AS rr
                  FROM events WHERE kind IN ('sale', 'refund', 'welcome_bonus', 'birthday_bonus',
                                             'points_adjusted', 'reversal', 'reward_redeemed'))
            GROUP BY h""")
    db.execute(
        """INSERT INTO first_ratings (ref_key, ts, id, scale, score)
           SELECT COALESCE('sale:' || ref_id, 'self:' || id), ts, id, json_extract(body, '$.scale'),
                  CAST(json_extract(body, '$.score') AS INTEGER)
           FROM events WHERE kind = 'rating'
           ON CONFLICT (ref_key) DO UPDATE SET ts = excluded.ts, id = excluded.id, scale = excluded.scale,
             score = excluded.score
           WHERE excluded.ts < first_ratings.ts
              OR (excluded.ts = first_ratings.ts AND excluded.id < first_ratings.id)""")


@migration
def m_stats_marks(db: sqlite_utils.Database) -> None:
    """Every customer's state at fixed instants (terminal/marks.py), so a period that ended long ago is
    one mark plus a few days of hours. Frozen: only the tables; the cashier's worker builds the marks
    between customers (a mark not built yet only makes the stats start from an older one)."""
    db.execute("CREATE TABLE marks (hour INTEGER PRIMARY KEY)")
    db.execute("""CREATE TABLE customer_marks (
        mark INTEGER NOT NULL, customer_id TEXT NOT NULL, visits INTEGER NOT NULL, spend INTEGER NOT NULL,
        points INTEGER NOT NULL, stamps INTEGER NOT NULL, first_sale_ts TEXT, last_sale_ts TEXT,
        PRIMARY KEY (mark, customer_id)) WITHOUT ROWID""")


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
def m_sync_set_aside(db: sqlite_utils.Database) -> None:
    """Events sync could not pass on: refused by the hub on push, or failing their schema on pull. Kept
    with the reason for the owner (the sync status counts them), so one bad event never stops the rest."""
    db.execute("""
        CREATE TABLE sync_set_aside (
            event_id TEXT NOT NULL,
            direction TEXT NOT NULL,
            reason TEXT NOT NULL,
            ts TEXT NOT NULL,
            event TEXT NOT NULL,
            PRIMARY KEY (event_id, direction)
        )""")


@migration
def m_receipt_prefix_from_id(db: sqlite_utils.Database) -> None:
    """Every terminal numbered its receipts S1-T1-…, so two terminals of one shop printed the same numbers.
    A terminal on its own now takes a prefix derived from its own id; a hub gives it its shop-wide one."""
    # Frozen: the SQL and the derivation of ids.derived_prefix as they were when this migration was written.
    row = db.execute("SELECT value FROM meta WHERE key = 'terminal_name'").fetchone()
    if row is None or row[0] == "T1":
        found = db.execute("SELECT value FROM meta WHERE key = 'terminal_id'").fetchone()
        letters = "ABCDEFGHJKMNPQRSTVWXYZ"  # no I, L, O, U: nothing to misread on a paper receipt
        number = int.from_bytes(hashlib.sha256((found[0] if found else "").encode("utf-8")).digest()[:8], "big")
        prefix = []
        for _ in range(5):
            number, digit = divmod(number, len(letters))
            prefix.append(letters[digit])
        db.execute("INSERT INTO meta(key, value) VALUES ('terminal_name', ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", ["".join(prefix)])


@migration
def m_customer_language(db: sqlite_utils.Database) -> None:
    """The customer's language (hu, ru, uk, lt, fa, en), chosen at enrolment: the customer screen speaks it.
    A profile field like the others (last writer wins; erased with the personal data)."""
    if "language" not in {row[1] for row in db.execute("PRAGMA table_info(customers)")}:
        db.execute("ALTER TABLE customers ADD COLUMN language TEXT")


@migration
def m_card_bindings(db: sqlite_utils.Database) -> None:
    """Which binding of each card won: the latest by HLC. A card given to another record (a pre-printed
    card handed to the customer found at enrolment) had the owner of whichever event arrived last."""
    db.execute("""CREATE TABLE card_bindings (code_hash TEXT PRIMARY KEY, customer_id TEXT NOT NULL,
                                              hlc TEXT NOT NULL) WITHOUT ROWID""")
    db.execute("""
        INSERT INTO card_bindings (code_hash, customer_id, hlc)
        SELECT code_hash, customer_id, hlc FROM (
          SELECT json_extract(body, '$.code_hash') AS code_hash, customer_id, hlc,
                 ROW_NUMBER() OVER (PARTITION BY json_extract(body, '$.code_hash') ORDER BY hlc DESC, id DESC) AS n
          FROM events WHERE kind IN ('card_issued', 'card_bound', 'card_revoked') AND customer_id IS NOT NULL)
        WHERE n = 1 AND code_hash IS NOT NULL""")


@migration
def m_size_indexes(db: sqlite_utils.Database) -> None:
    """Indexes that no longer earn their keep (a third of a 1,000,000-event file was indexes on events):
    ``events(kind, customer_id, ts, amount)``, whose per-customer reads ``events(customer_id, ts)`` serves
    (a customer's events are few), and whose stats reads went to the hourly projections and the marks;
    ``events(ts)``, which no read needs without a kind (``events_kind_ts_covering`` has kind and time);
    ``receipts(sale_id)``, which nothing reads by."""
    db.execute("DROP INDEX IF EXISTS events_kind_customer_ts")
    db.execute("DROP INDEX IF EXISTS events_ts")
    db.execute("DROP INDEX IF EXISTS receipts_sale")


@migration
def m_marks_without_first_sale(db: sqlite_utils.Database) -> None:
    """A mark's first sale before its instant is the customer's first sale ever (``balances.first_visit_ts``)
    whenever that lies before the mark: a copy in each of a customer's marks is a fifth of their bytes."""
    db.execute("ALTER TABLE customer_marks DROP COLUMN first_sale_ts")


@migration
def m_receipts_without_rowid(db: sqlite_utils.Database) -> None:
    """Receipts are found by their number only: the table keyed by it holds each number once, where a rowid
    table kept it twice (the row and its primary-key index)."""
    db.execute("""CREATE TABLE receipts_by_number (
                    receipt_no TEXT PRIMARY KEY,
                    sale_id TEXT NOT NULL,
                    ts TEXT NOT NULL
                  ) WITHOUT ROWID""")
    db.execute("INSERT INTO receipts_by_number (receipt_no, sale_id, ts) SELECT receipt_no, sale_id, ts FROM receipts")
    db.execute("DROP TABLE receipts")
    db.execute("ALTER TABLE receipts_by_number RENAME TO receipts")


@migration
def m_balances_visits_after_returns(db: sqlite_utils.Database) -> None:
    """An import whose chunk held only a return for a customer set their first and latest visit to NULL (a
    multi-argument MIN or MAX with a NULL is NULL): both again from their sales."""
    db.execute("""UPDATE balances SET
                    first_visit_ts = (SELECT MIN(e.ts) FROM events e
                                      WHERE e.customer_id = balances.customer_id AND e.kind = 'sale'),
                    last_visit_ts = (SELECT MAX(e.ts) FROM events e
                                     WHERE e.customer_id = balances.customer_id AND e.kind = 'sale')
                  WHERE first_visit_ts IS NULL OR last_visit_ts IS NULL""")


@migration
def m_customer_hours_one_copy(db: sqlite_utils.Database) -> None:
    """``customer_hours`` was stored twice: the table keyed by customer and a covering index by hour that held
    every column again (a ninth of a 1,000,000-event file between them). The index by hour now holds only the
    hour and the key; and the latest sale's time in a row's hour, 24 characters, becomes the milliseconds
    since the hour began (3 bytes) whenever those give the same text back (see ``hourly.sale_ts``).
    Frozen: the SQL of terminal/hourly.py's ``last_sale`` as it was when this step was written."""
    ts, hour = "last_sale_ts", "hour"
    offset = (f"((CAST(substr({ts}, 15, 2) AS INTEGER) * 60 + CAST(substr({ts}, 18, 2) AS INTEGER)) * 1000 "
              f"+ CAST(substr({ts}, 21, 3) AS INTEGER))")
    back = (f"strftime('%Y-%m-%dT%H:', {hour} * 3600, 'unixepoch') "
            f"|| printf('%02d:%02d.%03dZ', {offset} / 60000, {offset} / 1000 % 60, {offset} % 1000)")
    # No declared type on last_sale: an integer or a text stays what it is.
    db.execute("""CREATE TABLE customer_hours_slim (
        customer_id TEXT NOT NULL, hour INTEGER NOT NULL, visits INTEGER NOT NULL, spend INTEGER NOT NULL,
        points INTEGER NOT NULL, stamps INTEGER NOT NULL, last_sale,
        PRIMARY KEY (customer_id, hour)) WITHOUT ROWID""")
    db.execute(f"""INSERT INTO customer_hours_slim (customer_id, hour, visits, spend, points, stamps, last_sale)
                   SELECT customer_id, hour, visits, spend, points, stamps,
                          CASE WHEN {back} = {ts} THEN {offset} ELSE {ts} END
                   FROM customer_hours""")
    db.execute("DROP TABLE customer_hours")
    db.execute("ALTER TABLE customer_hours_slim RENAME TO customer_hours")
    db.execute("CREATE INDEX customer_hours_hour ON customer_hours(hour)")


@migration
def m_receipts_by_seq(db: sqlite_utils.Database) -> None:
    """A receipt names its sale by the event's local ``seq`` (an integer of 3 or 4 bytes, the events' rowid,
    which ``VACUUM`` keeps) instead of its 36-character id, and no longer copies its time, which the event
    holds: two thirds of the table's bytes. The sale kept for a number is still the first written."""
    db.execute("""CREATE TABLE receipts_by_seq (
                    receipt_no TEXT PRIMARY KEY,
                    sale_seq INTEGER NOT NULL
                  ) WITHOUT ROWID""")
    db.execute("""INSERT INTO receipts_by_seq (receipt_no, sale_seq)
                  SELECT r.receipt_no, e.seq FROM receipts r JOIN events e ON e.id = r.sale_id""")
    db.execute("DROP TABLE receipts")
    db.execute("ALTER TABLE receipts_by_seq RENAME TO receipts")


@migration
def m_events_compact(db: sqlite_utils.Database) -> None:
    """The events stored in about 110 bytes fewer, read as before: an HLC of the usual form
    (``ms-counter-terminal``, the terminal being in its own column) as two numbers; a body's chain link (64 hex
    characters) as its 32 bytes. ``hlc`` and ``body`` are generated columns giving back the same text (a body
    the same JSON, its link last), so no reader changes; anything of another form is stored as it came.
    Ids and times stay text: made text again by SQL, a UUID costs a microsecond and a time half of one at
    every read of a row (the start-up check, ``quick_check``, reads every row; an import reads its rows' times
    several times), for 20 and 17 bytes. Frozen: the table and the conversions as written here."""
    db.conn.create_function("m_events_compact_unhex", 1, lambda text: bytes.fromhex(text) if text else None,
                            deterministic=True)
    db.execute("""CREATE TABLE events_compact (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        terminal_id TEXT NOT NULL,
        ts TEXT NOT NULL,
        hlc TEXT GENERATED ALWAYS AS (COALESCE(hlc_raw, printf('%013d-%05d-%s', hlc_ms, hlc_counter, terminal_id)))
            VIRTUAL,
        kind TEXT NOT NULL,
        customer_id TEXT,
        stamps INTEGER NOT NULL DEFAULT 0,
        points INTEGER NOT NULL DEFAULT 0,
        amount INTEGER NOT NULL DEFAULT 0,
        ref_id TEXT,
        body TEXT GENERATED ALWAYS AS (CASE WHEN chain IS NULL THEN body_raw
                                            ELSE json_set(body_raw, '$.chain', lower(hex(chain))) END) VIRTUAL,
        hlc_ms INTEGER,
        hlc_counter INTEGER,
        hlc_raw TEXT,
        body_raw TEXT NOT NULL DEFAULT '{}',
        chain BLOB
    )""")
    db.execute("""
        INSERT INTO events_compact (seq, id, terminal_id, ts, kind, customer_id, stamps, points, amount, ref_id,
                                    hlc_ms, hlc_counter, hlc_raw, body_raw, chain)
        SELECT seq, id, terminal_id, ts, kind, customer_id, stamps, points, amount, ref_id,
               CASE WHEN usual THEN hlc_ms END, CASE WHEN usual THEN hlc_counter END, CASE WHEN NOT usual THEN hlc END,
               CASE WHEN link_ok THEN json_remove(body, '$.chain') ELSE body END,
               CASE WHEN link_ok THEN m_events_compact_unhex(link) END
        FROM (SELECT *, printf('%013d-%05d-%s', hlc_ms, hlc_counter, terminal_id) IS hlc AS usual,
                     (typeof(link) = 'text' AND length(link) = 64 AND link NOT GLOB '*[^0-9a-f]*') AS link_ok
              FROM (SELECT *, CAST(substr(hlc, 1, 13) AS INTEGER) AS hlc_ms,
                           CAST(substr(hlc, 15, 5) AS INTEGER) AS hlc_counter,
                           CASE WHEN json_valid(body) THEN json_extract(body, '$.chain') END AS link
                    FROM events))
        ORDER BY seq""")
    indexes = [row[0] for row in db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL")]
    last_seq = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'events'").fetchone()
    db.execute("DROP TABLE events")
    db.execute("ALTER TABLE events_compact RENAME TO events")
    for sql in indexes:
        db.execute(sql)
    if last_seq is not None:
        db.execute("UPDATE sqlite_sequence SET seq = MAX(seq, ?) WHERE name = 'events'", [last_seq[0]])


@migration
def m_marks_as_spans(db: sqlite_utils.Database) -> None:
    """A customer's state in the owner's marks once per stretch of marks over which it stood still (from the
    mark ``since`` up to the next that differs, ``until``; 2**31 - 1 for the current one), where each mark
    held a row for every customer: at 1,000,000 events, 1.7 million rows of which 0.6 million differed from
    the same customer's row in the mark before. Keyed by customer, then ``until``: a customer's state at a
    mark is one seek."""
    db.execute("""CREATE TABLE customer_mark_spans (
        customer_id TEXT NOT NULL, since INTEGER NOT NULL, until INTEGER NOT NULL, visits INTEGER NOT NULL,
        spend INTEGER NOT NULL, points INTEGER NOT NULL, stamps INTEGER NOT NULL, last_sale_ts TEXT,
        PRIMARY KEY (customer_id, until)) WITHOUT ROWID""")
    db.execute("""INSERT INTO customer_mark_spans (customer_id, since, until, visits, spend, points, stamps,
                                                   last_sale_ts)
                  SELECT customer_id, mark, COALESCE(LEAD(mark) OVER w, 2147483647), visits, spend, points, stamps,
                         last_sale_ts
                  FROM (SELECT c.*, COALESCE(LAG(visits) OVER w = visits AND LAG(spend) OVER w = spend
                                             AND LAG(points) OVER w = points AND LAG(stamps) OVER w = stamps
                                             AND LAG(last_sale_ts) OVER w IS last_sale_ts, 0) AS same
                        FROM customer_marks c JOIN marks k ON k.hour = c.mark
                        WINDOW w AS (PARTITION BY customer_id ORDER BY mark))
                  WHERE NOT same
                  WINDOW w AS (PARTITION BY customer_id ORDER BY mark)""")
    db.execute("DROP TABLE customer_marks")
    db.execute("ALTER TABLE customer_mark_spans RENAME TO customer_marks")


@migration
def m_events_customer_index(db: sqlite_utils.Database) -> None:
    """The ledger's (customer, time) index only over the events that name a customer: an anonymous sale (a
    café's every other one) never had a use in it. The time stays in the key: a regular's reads (the latest
    visit, a stamp within the visit window, the last twelve months' spend) are one range however many
    visits they have had, where the customer alone would read and sort every one of them at each sale."""
    db.execute("DROP INDEX IF EXISTS events_customer_ts")
    db.execute("CREATE INDEX events_customer ON events(customer_id, ts) WHERE customer_id IS NOT NULL")


@migration
def m_customer_keys(db: sqlite_utils.Database) -> None:
    """The per-customer projections ``customer_hours`` and ``customer_marks`` name their customer by a small
    integer key (2 or 3 bytes) instead of the 36-character id, repeated in every row and in the hour index: at
    1,000,000 events 84 MB less. The key is ``balances``' row number made explicit (an ``INTEGER PRIMARY KEY``
    is the rowid, so it costs nothing, and ``VACUUM`` never renumbers it); every customer with hours or marks
    has a balance (every event with a customer projects one, before its hours). Frozen: the tables as written
    here."""
    db.execute("""CREATE TABLE balances_keyed (
            key INTEGER PRIMARY KEY,
            customer_id TEXT NOT NULL UNIQUE,
            stamps INTEGER NOT NULL DEFAULT 0,
            points INTEGER NOT NULL DEFAULT 0,
            spend INTEGER NOT NULL DEFAULT 0,
            visits INTEGER NOT NULL DEFAULT 0,
            redemptions INTEGER NOT NULL DEFAULT 0,
            first_visit_ts TEXT,
            last_visit_ts TEXT
        )""")
    db.execute("""INSERT INTO balances_keyed (key, customer_id, stamps, points, spend, visits, redemptions,
                                              first_visit_ts, last_visit_ts)
                  SELECT rowid, customer_id, stamps, points, spend, visits, redemptions, first_visit_ts,
                         last_visit_ts
                  FROM balances ORDER BY rowid""")
    indexes = [row[0] for row in db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'balances' AND sql IS NOT NULL")]
    db.execute("DROP TABLE balances")
    db.execute("ALTER TABLE balances_keyed RENAME TO balances")
    for sql in indexes:
        db.execute(sql)
    db.execute("""CREATE TABLE customer_hours_keyed (
        customer_key INTEGER NOT NULL, hour INTEGER NOT NULL, visits INTEGER NOT NULL, spend INTEGER NOT NULL,
        points INTEGER NOT NULL, stamps INTEGER NOT NULL, last_sale,
        PRIMARY KEY (customer_key, hour)) WITHOUT ROWID""")
    db.execute("""INSERT INTO customer_hours_keyed (customer_key, hour, visits, spend, points, stamps, last_sale)
                  SELECT b.key, h.hour, h.visits, h.spend, h.points, h.stamps, h.last_sale
                  FROM customer_hours h JOIN balances b ON b.customer_id = h.customer_id
                  ORDER BY b.key, h.hour""")
    db.execute("DROP TABLE customer_hours")
    db.execute("ALTER TABLE customer_hours_keyed RENAME TO customer_hours")
    db.execute("CREATE INDEX customer_hours_hour ON customer_hours(hour)")
    db.execute("""CREATE TABLE customer_marks_keyed (
        customer_key INTEGER NOT NULL, since INTEGER NOT NULL, until INTEGER NOT NULL, visits INTEGER NOT NULL,
        spend INTEGER NOT NULL, points INTEGER NOT NULL, stamps INTEGER NOT NULL, last_sale_ts TEXT,
        PRIMARY KEY (customer_key, until)) WITHOUT ROWID""")
    db.execute("""INSERT INTO customer_marks_keyed (customer_key, since, until, visits, spend, points, stamps,
                                                    last_sale_ts)
                  SELECT b.key, m.since, m.until, m.visits, m.spend, m.points, m.stamps, m.last_sale_ts
                  FROM customer_marks m JOIN balances b ON b.customer_id = m.customer_id
                  ORDER BY b.key, m.until""")
    db.execute("DROP TABLE customer_marks")
    db.execute("ALTER TABLE customer_marks_keyed RENAME TO customer_marks")


@migration
def m_events_kind_ts(db: sqlite_utils.Database) -> None:
    """``events(kind, ts)`` in place of ``events(kind, ts, customer_id, amount, points, stamps)`` (93 MB of a
    709 MB file at 1,000,000 events, the largest index): the stats read a period's events only for the split
    hour at a bound that is not a whole UTC hour (India's +5:30), a few hours' worth, and the other reads by
    kind (and time) take few rows each. (The same name as the index ``m_drop_events_kind_ts`` dropped, when the
    covering one began with it.)"""
    db.execute("DROP INDEX IF EXISTS events_kind_ts_covering")
    db.execute("CREATE INDEX IF NOT EXISTS events_kind_ts ON events(kind, ts)")

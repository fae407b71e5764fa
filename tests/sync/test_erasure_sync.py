"""An erasure on one terminal reaches the hub and the other terminal, in every file they keep."""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from terminal import backup, paths
from terminal.erasure import erase
from terminal.ledger import phone_key
from terminal.sync.store import HubStore
from terminal.sync.store_postgres import SCHEMA_VERSION, PostgresHubStore
from tests.sync.pgserver import PostgresServer

NAME, EDITED = "Kovalenko Oksana", "Oksana Kovalenko-Shevchuk"
PHONE, EMAIL = "+380 67 123 4567", "oksana.k@example.ua"


def _needles() -> list[bytes]:
    return [t.encode() for t in (NAME, EDITED, "kovalenko", PHONE, phone_key(PHONE), EMAIL)]


def _files_holding(folder: Path, pattern: str = "**/*") -> list[tuple[str, bytes]]:
    found = []
    for path in folder.glob(pattern):
        if path.is_file():
            data = path.read_bytes()
            found += [(str(path), n) for n in _needles() if n in data]
    return found


def _relation_files(store: PostgresHubStore, data_dir: Path) -> list[Path]:
    """Every file of every relation of the hub's schema: its tables, their indexes, TOAST tables and TOAST
    indexes, and sequences, each with its extra 1 GB segments and its other forks (free space, visibility)."""
    with psycopg.connect(store.url, autocommit=True) as conn:
        rows = conn.execute("""
            WITH own AS (SELECT c.oid, c.reltoastrelid FROM pg_class c
                         WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'S', 'm')),
                 tables AS (SELECT oid FROM own UNION SELECT reltoastrelid FROM own WHERE reltoastrelid <> 0)
            SELECT oid FROM tables UNION SELECT indexrelid FROM pg_index WHERE indrelid IN (SELECT oid FROM tables)
        """).fetchall()
        files = [conn.execute("SELECT pg_relation_filepath(%s)", [oid]).fetchone()[0] for (oid,) in rows]
        kinds = {k for (k,) in conn.execute("SELECT DISTINCT c.relkind FROM pg_class c WHERE c.oid = ANY(%s)",
                                            [[oid for (oid,) in rows]])}
    assert {"r", "i", "t", "S"} <= kinds  # tables, indexes, TOAST tables and sequences are all there
    found = []
    for relative in files:
        main = data_dir / relative
        assert main.is_file(), main
        found += [p for p in main.parent.glob(main.name + "*") if p.name == main.name
                  or p.name[len(main.name)] in "._"]
    return found


def _pg_files_holding(store: HubStore, server: PostgresServer, *, checkpoint: bool) -> list[tuple[str, bytes]]:
    """The needles found in the hub's relation files; with ``checkpoint``, after the test (a superuser) has
    had the server write out what it holds in memory."""
    assert isinstance(store, PostgresHubStore)
    data_dir = server.folder / "data"
    if checkpoint:
        with psycopg.connect(server.url(), autocommit=True) as conn:
            conn.execute("CHECKPOINT")
    found = []
    for path in _relation_files(store, data_dir):
        data = path.read_bytes()
        found += [(str(path), n) for n in _needles() if n in data]
    return found


def test_an_erasure_reaches_the_hub_and_the_other_terminal_and_wins_over_a_concurrent_edit(
        hub, make_terminal, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    pg_data = request.getfixturevalue("postgres") if isinstance(hub.store, PostgresHubStore) else None
    t1, t2 = make_terminal("T1", hub), make_terminal("T2", hub)
    customer = t1.counter.enrol(NAME, phone=PHONE, email=EMAIL, consent=True).customer.id
    t1.counter.record_sale(customer, 900)
    t1.sync()
    t2.sync()
    t2.counter.record_sale(customer, 450)
    for terminal in (t1, t2):  # each till's nightly backup holds the customer
        backup.backup(paths.database_path(terminal.folder), paths.backups_dir(terminal.folder),
                      datetime(2026, 3, 10, 23, tzinfo=UTC))
    assert _files_holding(t2.folder)
    t2.sync()  # the hub holds her as well (the control: the grep below can see her)
    if pg_data is not None:
        seen = {n for _, n in _pg_files_holding(hub.store, pg_data, checkpoint=True)}
    else:  # the SQLite store's file and its WAL
        seen = {n for _, n in _files_holding(tmp_path, "hub.db*")}
    assert seen >= {NAME.encode(), PHONE.encode(), EMAIL.encode()}
    # Offline at the same time: T2 edits her profile (later by the clock), T1 erases her.
    t2.clock.advance(minutes=5)
    t2.counter.update_profile(customer, name=EDITED, consent=True)
    report = erase(t1.counter, customer)
    assert report.backups_scrubbed == 1
    t1.sync()
    t2.sync()  # pushes the edit, pulls the erasure: compacts its database and backup after the round
    t1.sync()  # pulls the edit made before the erasure arrived there

    for terminal in (t1, t2):
        row = terminal.db.execute("SELECT name, phone, email, consent, erased FROM customers WHERE id = ?",
                                  [customer]).fetchone()
        assert row == (None, None, None, 0, 1), terminal.name
        assert terminal.balances()[customer][1] > 0  # the anonymous numbers stay
    assert t1.balances() == t2.balances()
    t1.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # T1 wrote the pulled edit after its compaction
    for terminal in (t1, t2):
        assert _files_holding(terminal.folder) == [], terminal.name
    if (tmp_path / "hub.db").exists():  # the SQLite store: its files, byte for byte
        assert _files_holding(tmp_path, "hub.db*") == []
    if pg_data is not None:  # PostgreSQL: every file of the hub's tables, indexes and TOAST, byte for byte
        assert hub.store.settle(timeout=60)  # its cleaner vacuumed and checkpointed (no CHECKPOINT of the test's)
        assert _pg_files_holding(hub.store, pg_data, checkpoint=False) == []
    # Both stores (SQLite and PostgreSQL): no stored event carries her data any more.
    stored = [str(e["body"]) for e in hub.store.pull("nobody", 0, 10_000).events]
    assert len(stored) == len(t1.event_ids())
    assert not [b for b in stored if any(n.decode() in b for n in _needles())]


@pytest.mark.postgres
def test_on_postgresql_no_erased_row_survives_in_a_page_s_free_space(
        make_store, start_hub, make_terminal, postgres) -> None:
    """VACUUM prunes a dead row but leaves its bytes in the page when it was the page's lowest (newest):
    her profile edits between other customers' sales fill pages so that some of them end up there."""
    running = start_hub(make_store("postgres"))
    till = make_terminal("T1", running)
    others = [till.counter.enrol(f"Customer {n}").customer.id for n in range(3)]
    customer = till.counter.enrol(NAME, phone=PHONE, email=EMAIL, consent=True).customer.id
    for round_ in range(40):
        till.counter.update_profile(customer, name=f"{EDITED} {'x' * (round_ * 37 % 300)}", consent=True)
        for other in (others * 3)[: round_ % 7]:
            till.counter.record_sale(other, 300)
    till.sync()
    assert {n for _, n in _pg_files_holding(running.store, postgres, checkpoint=True)} >= {
        t.encode() for t in (NAME, EDITED, PHONE, EMAIL)}
    erase(till.counter, customer)
    till.sync()
    assert running.store.settle(timeout=60)
    assert _pg_files_holding(running.store, postgres, checkpoint=False) == []


def _erase_through(running, make_terminal) -> None:
    """A customer enrolled and synced, then erased and synced: the erasure's push is stored."""
    till = make_terminal("T1", running)
    customer = till.counter.enrol(NAME, phone=PHONE, email=EMAIL, consent=True).customer.id
    till.sync()
    erase(till.counter, customer)
    report = till.sync()
    assert report.stored >= 1 and report.refused == 0 and not report.conflicts


@pytest.mark.postgres
def test_a_hub_role_that_may_not_checkpoint_still_erases_and_says_so(
        postgres, make_terminal, start_hub, caplog: pytest.LogCaptureFixture) -> None:
    """In production the store's role owns its tables but is no superuser: it vacuums, and logs the CHECKPOINT
    it may not do; the push never fails because of it."""
    role = "r_" + uuid.uuid4().hex[:12]
    with psycopg.connect(postgres.url(), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN")
        conn.execute(f"CREATE SCHEMA {role} AUTHORIZATION {role}")
    store = PostgresHubStore(f"postgresql://{role}@/postgres?host={postgres.folder}&port={postgres.port}"
                             f"&options=-csearch_path%3D{role}")
    store.retry_delay = 0.2
    try:
        caplog.set_level(logging.INFO, logger="sync.store")
        _erase_through(start_hub(store), make_terminal)
        assert store.settle(timeout=60)
        assert "may not CHECKPOINT" in caplog.text
        assert "may not vacuum" not in caplog.text  # the owner may
        # At the server's next checkpoint (here the test's) the rewritten table is all there is.
        assert _pg_files_holding(store, postgres, checkpoint=True) == []
    finally:
        store.close()
        with psycopg.connect(postgres.url(), autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {role} CASCADE")
            conn.execute(f"DROP ROLE {role}")


@pytest.mark.postgres
def test_a_busy_events_table_gets_a_plain_vacuum_a_line_in_the_log_and_a_retry(
        make_store, make_terminal, start_hub, postgres, caplog: pytest.LogCaptureFixture) -> None:
    store = make_store("postgres")
    assert isinstance(store, PostgresHubStore)
    store.lock_wait, store.retry_delay = "50ms", 3600  # the retry only when the test asks for it
    caplog.set_level(logging.INFO, logger="sync.store")
    running = start_hub(store)
    with psycopg.connect(store.url) as reader:  # a long report holding the table (its transaction stays open)
        reader.execute("SELECT count(*) FROM events").fetchone()
        _erase_through(running, make_terminal)
        assert not store.ran(timeout=60)  # ran, and a retry is due
    assert "events table was busy for 50ms: vacuumed without rewriting it for now" in caplog.text
    assert store.pull("nobody", 0, 100).events  # the hub goes on
    store.clean_again()  # the retry, without waiting for its delay
    assert store.settle(timeout=60)
    assert _pg_files_holding(store, postgres, checkpoint=False) == []


@pytest.mark.postgres
def test_an_erasure_older_than_an_open_snapshot_is_cleaned_up_once_that_transaction_ends(
        make_store, make_terminal, start_hub, postgres, caplog: pytest.LogCaptureFixture) -> None:
    """VACUUM FULL copies row versions an older snapshot may still read (in any schema of the database)."""
    store = make_store("postgres")
    assert isinstance(store, PostgresHubStore)
    store.retry_delay = 3600  # the retry only when the test asks for it
    caplog.set_level(logging.INFO, logger="sync.store")
    running = start_hub(store)
    with psycopg.connect(postgres.url()) as other:  # another application's long report, in its own schema
        other.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        other.execute("SELECT count(*) FROM pg_class").fetchone()  # its snapshot, taken before the erasure
        _erase_through(running, make_terminal)
        assert not store.ran(timeout=60)
        assert "old row versions stay in the events table: a transaction older than the erasure" in caplog.text
        assert _pg_files_holding(store, postgres, checkpoint=True) != []  # the old version is still in the file
    store.clean_again()
    assert store.settle(timeout=60)
    assert _pg_files_holding(store, postgres, checkpoint=False) == []


def _body_statistics(url: str) -> list[str]:
    """What the planner's statistics (pg_statistic, seen through pg_stats) hold of the hub's event columns."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("ANALYZE events")  # as autovacuum would, some time after the pushes
        return [f"{name}: {values}" for name, values in conn.execute(
            "SELECT attname, concat(most_common_vals::text, histogram_bounds::text) FROM pg_stats "
            "WHERE schemaname = current_schema() AND tablename = 'events'")]


@pytest.mark.postgres
def test_on_postgresql_the_planner_statistics_never_copy_a_name(make_store, make_terminal, start_hub) -> None:
    store = make_store("postgres")
    till = make_terminal("T1", start_hub(store))
    till.counter.enrol(NAME, phone=PHONE, email=EMAIL, consent=True)
    till.sync()
    statistics = _body_statistics(store.url)
    assert any(line.startswith("kind: ") and "enrolled" in line for line in statistics)  # ANALYZE did run
    assert not [line for line in statistics if line.startswith("body: ") or NAME in line]


@pytest.mark.postgres
def test_a_hub_from_before_drops_the_body_statistics_it_holds(make_store, make_terminal, start_hub) -> None:
    store = make_store("postgres", "old")
    till = make_terminal("T1", start_hub(store))
    till.counter.enrol(NAME, phone=PHONE, email=EMAIL, consent=True)
    till.sync()
    with psycopg.connect(store.url, autocommit=True) as conn:  # as a version 2 hub was
        conn.execute("ALTER TABLE events ALTER COLUMN body SET STATISTICS -1")
        conn.execute("UPDATE hub_schema SET version = 2")
    assert [line for line in _body_statistics(store.url) if NAME in line]  # the control: there she is
    make_store("postgres", "old")  # opened again: migrated through version 3 to the current one
    with psycopg.connect(store.url, autocommit=True) as conn:
        assert conn.execute("SELECT version FROM hub_schema").fetchone() == (SCHEMA_VERSION,)
        assert conn.execute("SELECT count(*) FROM pg_stats WHERE schemaname = current_schema() "
                            "AND tablename = 'events' AND attname = 'body'").fetchone() == (0,)
    assert not [line for line in _body_statistics(store.url) if NAME in line]

"""Migrations by name: older databases (user_version N) map to the first N names; an existing database is
backed up first; a migration that fails or is killed leaves the schema as it was before it."""

from __future__ import annotations

import dis
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from terminal import backup, hourly, marks
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import (
    MIGRATIONS,
    applied_migrations,
    apply_migrations,
    connect,
    m_events_compact,
    schema_version,
    writing,
)
from terminal.ledger import INSERT_EVENT, balance_snapshot, stored_values
from terminal.receipts.receipt_data import receipt_data
from terminal.stats import customers, segments
from terminal.stats.customers import Thresholds
from terminal.stats.period import Preset, preset_period
from tests.history import random_history, synced_sales

ROOT = Path(__file__).resolve().parent.parent
NAMES = [step.__name__ for step in MIGRATIONS]


def tables(db: sqlite_utils.Database) -> set[str]:
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}


def old_database(path: Path, version: int) -> None:
    """A database as the code before named migrations left it: the first `version` steps and user_version."""
    db = connect(path, migrate=False)
    for step in MIGRATIONS[:version]:
        with db.atomic():
            step(db)
    db.execute(f"PRAGMA user_version = {version}")
    db.close()


def test_a_new_database_records_every_migration_by_name(tmp_path: Path) -> None:
    db = connect(tmp_path / "terminal.db")
    assert applied_migrations(db) == NAMES and schema_version(db) == len(NAMES)
    db.close()
    assert not (tmp_path / "backups").exists()  # nothing to back up in a new file


def test_an_older_database_maps_its_user_version_to_the_first_names_and_is_backed_up_first(tmp_path: Path) -> None:
    path = tmp_path / "terminal.db"
    old_database(path, 3)
    db = connect(path)
    assert applied_migrations(db) == NAMES
    applied = dict(db.execute("SELECT name, applied_at FROM _migrations"))
    assert [name for name in NAMES if applied[name] == "before names"] == NAMES[:3]
    assert {"customer_hours", "marks", "first_ratings_score_ts"} <= tables(db)
    db.close()
    copies = backup.backups(tmp_path / "backups")
    assert len(copies) == 1
    before = connect(backup.unpack(copies[0].path, tmp_path / "before.db"), migrate=False)
    assert "customer_hours" not in tables(before) and schema_version(before) == 3
    before.close()


def test_a_current_database_is_neither_written_nor_backed_up_at_connect(tmp_path: Path) -> None:
    connect(tmp_path / "terminal.db").close()
    db = connect(tmp_path / "terminal.db")
    assert db.execute("SELECT COUNT(*) FROM _migrations").fetchone()[0] == len(NAMES)
    db.close()
    assert not (tmp_path / "backups").exists()


def test_a_failing_migration_leaves_the_schema_before_it(tmp_path: Path) -> None:
    db = connect(tmp_path / "terminal.db")

    def m_test_half_done(db: sqlite_utils.Database) -> None:
        db.execute("CREATE TABLE half (x)")
        db.execute("ALTER TABLE customers ADD COLUMN nickname TEXT")
        raise RuntimeError("the disk went away")

    with pytest.raises(RuntimeError):
        apply_migrations(db, [*MIGRATIONS, m_test_half_done])
    assert "half" not in tables(db) and applied_migrations(db) == NAMES
    assert "nickname" not in {row[1] for row in db.execute("PRAGMA table_info(customers)")}
    db.close()


KILLED = textwrap.dedent("""
    import sys
    from terminal.db import MIGRATIONS, apply_migrations, connect

    def m_test_long(db):
        db.execute("CREATE TABLE long_one (n INTEGER)")
        db.execute("ALTER TABLE customers ADD COLUMN nickname TEXT")
        print("inside", flush=True)
        n = 0
        while True:  # killed in here
            db.execute("INSERT INTO long_one VALUES (?)", [n])
            n += 1

    apply_migrations(connect(sys.argv[1], migrate=False), [*MIGRATIONS, m_test_long])
""")


def test_a_killed_migration_leaves_the_schema_before_it_and_completes_the_next_time(tmp_path: Path) -> None:
    path = tmp_path / "terminal.db"
    connect(path).close()
    child = subprocess.Popen([sys.executable, "-c", KILLED, str(path)], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert child.stdout is not None and child.stdout.readline().strip() == "inside"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    db = connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert "long_one" not in tables(db) and applied_migrations(db) == NAMES
    assert "nickname" not in {row[1] for row in db.execute("PRAGMA table_info(customers)")}

    def m_test_long(db: sqlite_utils.Database) -> None:
        db.execute("CREATE TABLE long_one (n INTEGER)")

    assert apply_migrations(db, [*MIGRATIONS, m_test_long]) == ["m_test_long"]
    assert "long_one" in tables(db) and applied_migrations(db) == [*NAMES, "m_test_long"]
    db.close()


def test_names_are_unique() -> None:
    assert len(set(NAMES)) == len(NAMES)


def _globals_used(code: object) -> set[str]:
    names = {ins.argval for ins in dis.get_instructions(code) if ins.opname in ("LOAD_GLOBAL", "LOAD_NAME")}
    for const in code.co_consts:  # type: ignore[attr-defined]
        if hasattr(const, "co_code"):
            names |= _globals_used(const)
    return names


def test_migrations_are_frozen_they_call_no_live_code_of_the_terminal() -> None:
    """A migration that calls today's hourly.project_all would give an old database tomorrow's schema
    halfway: each copies what it needs instead. Ids and secrets come from the standard library's kind
    of helpers (uuid7 makes an id; its format never changes)."""
    allowed = {"uuid7", "secrets"}
    for step in MIGRATIONS:
        source = step.__code__
        assert "import" not in " ".join(ins.opname for ins in dis.get_instructions(source)).lower(), step.__name__
        for name in _globals_used(source) - allowed:
            value = step.__globals__.get(name)
            module = getattr(value, "__module__", None) or getattr(value, "__name__", "")
            assert not str(module).startswith("terminal"), f"{step.__name__} calls {name} from {module}"


SIZE_STEPS = ("m_size_indexes", "m_marks_without_first_sale", "m_receipts_without_rowid", "m_customer_hours_one_copy",
              "m_receipts_by_seq")


def _marks_as_they_were(db: sqlite_utils.Database, hours: list[int]) -> None:
    """The marks ``hours`` as the code before ``m_marks_as_spans`` kept them: a row per mark and customer with
    anything before it, the sums of the events before the mark (its own SQL: today's code writes stretches)."""
    with writing(db):
        for hour in hours:
            db.execute("INSERT INTO marks (hour) VALUES (?)", [hour])
            db.execute(
                """INSERT INTO customer_marks (mark, customer_id, visits, spend, points, stamps, last_sale_ts)
                   SELECT :hour, customer_id, SUM(CASE kind WHEN 'sale' THEN 1 WHEN 'refund' THEN -1 ELSE 0 END),
                          SUM(CASE WHEN kind IN ('sale', 'refund') THEN amount ELSE 0 END), SUM(points), SUM(stamps),
                          MAX(CASE WHEN kind = 'sale' THEN ts END)
                   FROM events
                   WHERE ts < strftime('%Y-%m-%dT%H:%M:%S.000Z', :hour * 3600, 'unixepoch')
                     AND customer_id IS NOT NULL AND (kind IN ('sale', 'refund') OR points != 0 OR stamps != 0)
                   GROUP BY customer_id""", {"hour": hour})


_BALANCE_COLUMNS = "customer_id, stamps, points, spend, visits, redemptions, first_visit_ts, last_visit_ts"
_STATE_COLUMNS = "visits, spend, points, stamps"


def _copy_ledger(source: sqlite_utils.Database, target: sqlite_utils.Database, with_marks: bool = False) -> None:
    """The events, meta and counters of ``source`` into ``target``, with the projections as the code before
    ``m_customer_keys`` kept them (today's rebuild writes today's layout): the hours (and with ``with_marks``
    the marks) by customer id, the balances numbered in reverse order of the ids (not as ``source`` keys them)."""
    columns = ("seq, id, terminal_id, ts, kind, customer_id, stamps, points, amount, ref_id, hlc_ms, hlc_counter, "
               "hlc_raw, body_raw, chain")  # the events as m_events_compact stores them
    with writing(target):
        target.conn.executemany(f"INSERT INTO events ({columns}) VALUES ({', '.join('?' * 15)})",
                                source.execute(f"SELECT {columns} FROM events ORDER BY seq").fetchall())
        target.conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                                source.execute("SELECT key, value FROM meta").fetchall())
        target.conn.executemany("INSERT INTO counters (name, value) VALUES (?, ?)",
                                source.execute("SELECT name, value FROM counters").fetchall())
    target.execute("ATTACH DATABASE ? AS source", [source.execute("PRAGMA database_list").fetchone()[2]])
    with writing(target):
        for table in ("customers", "cards", "card_bindings", "settings", "shop_hours", "first_ratings", "receipts"):
            target.execute(f"INSERT INTO main.{table} SELECT * FROM source.{table}")
        target.execute(f"INSERT INTO main.balances ({_BALANCE_COLUMNS}) SELECT {_BALANCE_COLUMNS} FROM source.balances "
                       "ORDER BY customer_id DESC")
        target.execute(f"""INSERT INTO main.customer_hours (customer_id, hour, {_STATE_COLUMNS}, last_sale)
                           SELECT b.customer_id, h.hour, {', '.join('h.' + c for c in _STATE_COLUMNS.split(', '))},
                                  h.last_sale
                           FROM source.customer_hours h JOIN source.balances b ON b.key = h.customer_key""")
        if with_marks:
            target.execute("INSERT INTO main.marks SELECT * FROM source.marks")
            target.execute(f"""INSERT INTO main.customer_marks (customer_id, since, until, {_STATE_COLUMNS},
                                                                last_sale_ts)
                               SELECT b.customer_id, m.since, m.until,
                                      {', '.join('m.' + c for c in _STATE_COLUMNS.split(', '))}, m.last_sale_ts
                               FROM source.customer_marks m JOIN source.balances b ON b.key = m.customer_key""")
    target.execute("DETACH DATABASE source")


def _figures(db: sqlite_utils.Database, now: datetime) -> list[object]:
    """What the owner sees at ends near and long ago (on and off the hour grid): totals, segments, lists."""
    thresholds = Thresholds()
    out: list[object] = []
    for zone in ("Europe/Budapest", "Asia/Kolkata"):
        for back in (0, 20, 45, 100, 200):
            period = preset_period(Preset.DAYS_30, (now - timedelta(days=back)).date(), zone)
            out += [customers.customer_totals(db, period.end(), thresholds),
                    segments.segment_counts(db, period, thresholds),
                    customers.all_lists(db, period.end(), thresholds)]
    return out


def test_the_size_migrations_upgrade_a_database_with_its_figures_kept(tmp_path: Path) -> None:
    """A database as the code before the size migrations left it (its marks with each customer's first
    sale, receipts in a rowid table with the sale's id and time, the hours with a covering index and their
    sale times as text, the three indexes, a customer's visits lost by an import) is migrated: the same
    marks, balances, hours and receipts as the new code builds, the same figures, and the counter works."""
    clock = FixedClock(datetime(2025, 1, 6, 9, 0, tzinfo=UTC))
    fresh = connect(tmp_path / "new.db")
    counter = Counter(fresh, clock=clock)
    random_history(counter, clock, random.Random(12), 400, gaps_minutes=(5, 60 * 20, 60 * 24 * 9))
    first = fresh.execute("SELECT json_extract(body, '$.receipt_no'), id FROM events WHERE kind = 'sale' "
                          "ORDER BY seq LIMIT 1").fetchone()
    # Sales from another terminal at times in other forms, one of them under a number already taken.
    synced_sales(fresh, random.Random(3), 12)
    synced_sales(fresh, random.Random(4), 1, lambda sale: first[0])
    marks.extend(fresh)
    assert fresh.execute("SELECT COUNT(*) FROM marks").fetchone()[0] >= 4
    expected = _figures(fresh, clock.current)

    path = tmp_path / "old" / "terminal.db"
    path.parent.mkdir()
    before = NAMES.index(SIZE_STEPS[0])
    old = connect(path, migrate=False)
    # The events in today's layout (a step keyed by name, applied out of turn) so that today's rebuild below
    # can fill the old projections; m_events_compact has its own test.
    apply_migrations(old, [*MIGRATIONS[:before], m_events_compact])
    columns = ("seq, id, terminal_id, ts, kind, customer_id, stamps, points, amount, ref_id, hlc_ms, hlc_counter, "
               "hlc_raw, body_raw, chain")
    with writing(old):
        old.conn.executemany(f"INSERT INTO events ({columns}) VALUES ({', '.join('?' * 15)})",
                             fresh.execute(f"SELECT {columns} FROM events ORDER BY seq").fetchall())
        old.conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                             fresh.execute("SELECT key, value FROM meta").fetchall())
        old.conn.executemany("INSERT INTO counters (name, value) VALUES (?, ?)",
                             fresh.execute("SELECT name, value FROM counters").fetchall())
    # The projections as the code before kept them, copied from the new file (today's rebuild writes today's
    # layout): the hours' sale times as text, each receipt with its sale's id and time, a row per mark and customer.
    old.execute("ATTACH DATABASE ? AS fresh", [str(tmp_path / "new.db")])
    with writing(old):
        for table in ("customers", "cards", "card_bindings", "settings", "shop_hours", "first_ratings"):
            old.execute(f"INSERT INTO main.{table} SELECT * FROM fresh.{table}")
        old.execute(f"INSERT INTO main.balances ({_BALANCE_COLUMNS}) SELECT {_BALANCE_COLUMNS} FROM fresh.balances")
        old.execute(f"""INSERT INTO main.customer_hours (customer_id, hour, visits, spend, points, stamps, last_sale_ts)
                        SELECT b.customer_id, h.hour, h.visits, h.spend, h.points, h.stamps,
                               {hourly.sale_ts('h.hour', 'h.last_sale')}
                        FROM fresh.customer_hours h JOIN fresh.balances b ON b.key = h.customer_key""")
        old.execute("INSERT INTO main.receipts (receipt_no, sale_id, ts) SELECT r.receipt_no, e.id, e.ts "
                    "FROM fresh.receipts r JOIN fresh.events e ON e.seq = r.sale_seq")
    old.execute("DETACH DATABASE fresh")
    _marks_as_they_were(old, [row[0] for row in fresh.execute("SELECT hour FROM marks ORDER BY hour")])
    assert "last_sale_ts" in {row[1] for row in old.execute("PRAGMA table_info(customer_hours)")}
    assert old.execute("SELECT COUNT(*) FROM customer_hours WHERE last_sale_ts NOT GLOB '*.[0-9][0-9][0-9]Z'"
                       ).fetchone()[0] >= 3, "times in other forms than this terminal writes"
    with writing(old):  # what the code before kept in each mark: the first sale before it
        old.execute("""UPDATE customer_marks SET first_sale_ts = (
                         SELECT MIN(e.ts) FROM events e WHERE e.customer_id = customer_marks.customer_id
                           AND e.kind = 'sale'
                           AND e.ts < strftime('%Y-%m-%dT%H:%M:%S.000Z', customer_marks.mark * 3600, 'unixepoch'))""")
    assert old.execute("SELECT COUNT(first_sale_ts) FROM customer_marks").fetchone()[0] > 0
    with writing(old):  # what an import of a lone return did to a customer's visits before
        old.execute("UPDATE balances SET first_visit_ts = NULL, last_visit_ts = NULL WHERE customer_id = "
                    "(SELECT customer_id FROM balances WHERE visits > 1 ORDER BY customer_id LIMIT 1)")
    assert {"events_kind_customer_ts", "events_ts", "receipts_sale"} <= tables(old)
    receipts = old.execute("SELECT * FROM receipts ORDER BY receipt_no").fetchall()
    assert receipts
    assert old.execute("SELECT sale_id FROM receipts WHERE receipt_no = ?", [first[0]]).fetchone()[0] == first[1]
    old.close()

    db = connect(path)
    assert sorted(applied_migrations(db) or []) == sorted(NAMES)
    assert not {"events_kind_customer_ts", "events_ts", "receipts_sale"} & tables(db)
    assert "first_sale_ts" not in {row[1] for row in db.execute("PRAGMA table_info(customer_marks)")}
    assert db.execute("SELECT sql FROM sqlite_master WHERE name = 'receipts'").fetchone()[0].endswith("WITHOUT ROWID")
    assert db.execute("SELECT r.receipt_no, e.id, e.ts FROM receipts r JOIN events e ON e.seq = r.sale_seq "
                      "ORDER BY r.receipt_no").fetchall() == receipts
    assert db.execute("SELECT * FROM receipts ORDER BY receipt_no").fetchall() == \
        fresh.execute("SELECT * FROM receipts ORDER BY receipt_no").fetchall()
    for number, sale_id, _ts in receipts:  # found by number, the first sale under a duplicated one
        assert Counter(db, clock=clock).receipt_sale(number).sale_id == sale_id
        assert receipt_data(db, number).receipt_no == number
    assert hourly.snapshot(db) == hourly.snapshot(fresh)
    assert {"integer", "text"} <= {row[0] for row in db.execute("SELECT typeof(last_sale) FROM customer_hours")}
    assert db.execute("SELECT sql FROM sqlite_master WHERE name = 'customer_hours_hour'").fetchone()[0] == \
        "CREATE INDEX customer_hours_hour ON customer_hours(hour)"
    assert marks.snapshot(db) == marks.snapshot(fresh)
    assert balance_snapshot(db) == balance_snapshot(fresh)
    assert _figures(db, clock.current) == expected
    assert backup.backups(path.parent / "backups"), "the database was backed up before the migration"
    assert db.execute("PRAGMA freelist_count").fetchone()[0] == 0, "the pages freed were given back"
    till = Counter(db, clock=clock)
    sold = till.record_sale(None, 450)
    assert till.receipt_sale(sold.receipt_no).sale_id == sold.sale.id
    db.close()
    fresh.close()


def test_the_covering_events_index_becomes_kind_and_time_and_the_reads_by_kind_keep_an_index(
        tmp_path: Path) -> None:
    path = tmp_path / "terminal.db"
    old = connect(path, migrate=False)
    apply_migrations(old, MIGRATIONS[:NAMES.index("m_events_kind_ts")])
    assert "events_kind_ts_covering" in tables(old)
    old.close()
    db = connect(path)
    assert "events_kind_ts_covering" not in tables(db)
    assert [row[2] for row in db.execute("PRAGMA index_info(events_kind_ts)")] == ["kind", "ts"]
    assert db.execute("PRAGMA freelist_count").fetchone()[0] == 0, "the pages freed were given back"
    split_hour = customers.with_split_hour(customers.hours_between(":low", ":high"), ":low", ":high", -1)
    reads = [  # the kind lookups and ranges that the covering index served
        ("SELECT customer_id FROM events WHERE kind = 'customer_erased'", []),
        ("SELECT customer_id, amount FROM events WHERE kind IN ('sale', 'refund') AND ts >= ? AND ts < ?", ["a", "b"]),
        ("SELECT body FROM events WHERE kind = ? ORDER BY hlc DESC", ["settings_changed"]),
        (f"SELECT * FROM ({split_hour}) LIMIT 0",
         {"low": "a", "high": "b"}),
    ]
    for sql, params in reads:
        plan = " ".join(row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", params))
        assert "USING INDEX events_kind_ts (kind=?" in plan, (sql, plan)
    db.close()


def test_the_compact_events_read_as_they_were_stored(tmp_path: Path) -> None:
    """m_events_compact keeps every event's fields as readers see them (the HLC as text, the body with its
    chain link), stores those of the usual form in fewer bytes, keeps what has another form as it came, and
    the ledger goes on numbering after the highest number it ever gave."""
    path = tmp_path / "terminal.db"
    old = connect(path, migrate=False)
    apply_migrations(old, MIGRATIONS[:NAMES.index("m_events_compact")])
    here, there = "01a2340a-52bd-775d-81de-a40fd092997e", "01a2340a-52bd-775d-81de-a40fd0929999"
    sale, customer = "01a2340a-69aa-71c7-84c1-6e831c547c39", "01a2340a-5ffe-74fe-b4d3-6dddd1b93f18"
    link = "71082cbc60178434650003972ecf4dae40cfedfe03a65bb15c6e7ed9e74394dc"
    rows = [  # (seq, id, terminal, ts, hlc, kind, customer, stamps, points, amount, ref, body)
        (1, sale, here, "2026-01-02T10:00:00.004Z", f"1767348000000-00003-{here}", "sale", customer, 1, 4, 450,
         None, json.dumps({"chain": link, "receipt_no": "S1-T1-000001", "by": "Anna Kovács"})),
        (2, "imported-7", "T-OLD", "2026-01-02 10:01", "not an hlc", "points_adjusted", "C-17", 0, 5, 0, None,
         json.dumps({"chain": "not a link", "note": "x"})),
        (3, sale.upper(), here, "1969-12-31T23:59:59.999Z", f"1767348120000-00000-{there}", "welcome_bonus",
         customer.upper(), 0, 50, 0, None, json.dumps({"chain": link.upper()})),
        (5, "01a2340a-77e9-7e67-9cca-3d9b254f0058", there, "2026-02-30T10:03:00.000Z",
         f"1767348180000-99999-{there}", "reversal", None, 0, -5, 0, "imported-7", "{}"),
    ]
    with writing(old):
        old.conn.executemany("INSERT INTO events (seq, id, terminal_id, ts, hlc, kind, customer_id, stamps, points, "
                             "amount, ref_id, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        old.execute("UPDATE sqlite_sequence SET seq = 7 WHERE name = 'events'")  # numbers given, rows gone
    read = ("SELECT seq, id, terminal_id, ts, hlc, kind, customer_id, stamps, points, amount, ref_id, body "
            "FROM events ORDER BY seq")
    before = old.execute(read).fetchall()
    old.close()

    db = connect(path)
    after = db.execute(read).fetchall()
    assert [row[:11] for row in after] == [row[:11] for row in before]
    assert [json.loads(row[11]) for row in after] == [json.loads(row[11]) for row in before]
    stored = db.execute("SELECT hlc_ms, hlc_counter, hlc_raw, chain, body_raw FROM events ORDER BY seq").fetchall()
    assert stored[0][:4] == (1767348000000, 3, None, bytes.fromhex(link))
    assert json.loads(stored[0][4]) == {"receipt_no": "S1-T1-000001", "by": "Anna Kovács"}
    # other forms are kept as they came: an HLC of another form or of another terminal, no link
    assert stored[1][:4] == (None, None, "not an hlc", None)
    assert stored[2][:4] == (None, None, f"1767348120000-00000-{there}", None)
    assert stored[3][:3] == (1767348180000, 99999, None)
    assert {"events_customer", "events_kind_ts", "events_ref"} <= tables(db)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with writing(db):
        db.execute(INSERT_EVENT, stored_values("e8", here, "2026-01-02T11:00:00.000Z",
                                               f"1767351600000-00000-{here}", "sale", None, 0, 0, 100, None, {}))
        assert db.execute(INSERT_EVENT, stored_values(sale, here, "2026-01-02T11:00:00.000Z",
                                                      f"1767351600001-00000-{here}", "sale", None, 0, 0, 1, None,
                                                      {})).rowcount == 0, "an id is stored once"
    assert db.execute("SELECT seq FROM events WHERE id = 'e8'").fetchone()[0] == 8
    db.close()


def test_a_chained_sale_reads_back_as_the_writer_made_it(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2026, 1, 6, 9, 0, tzinfo=UTC))
    db = connect(tmp_path / "terminal.db")
    sold = Counter(db, clock=clock).record_sale(None, 450)
    hlc, body, chain = db.execute("SELECT hlc, body, chain FROM events WHERE id = ?", [sold.sale.id]).fetchone()
    assert hlc == sold.sale.hlc
    assert json.loads(body)["receipt_no"] == sold.receipt_no and len(chain) == 32
    assert json.loads(body)["chain"] == chain.hex()
    db.close()


def test_the_marks_become_stretches_with_every_state_and_figure_kept(tmp_path: Path) -> None:
    """A database whose marks hold a row per mark and customer (``m_marks_as_spans`` not applied) is migrated:
    the same stretches as the new code builds from the events (one row while a customer's state stands
    still), the same figures, and the pages freed given back."""
    clock = FixedClock(datetime(2025, 1, 6, 9, 0, tzinfo=UTC))
    fresh = connect(tmp_path / "new.db")
    counter = Counter(fresh, clock=clock)
    random_history(counter, clock, random.Random(13), 500, gaps_minutes=(5, 60 * 20, 60 * 24 * 9))
    marks.extend(fresh)
    hours = [row[0] for row in fresh.execute("SELECT hour FROM marks ORDER BY hour")]
    assert len(hours) >= 4
    expected = _figures(fresh, clock.current)

    path = tmp_path / "old" / "terminal.db"
    path.parent.mkdir()
    old = connect(path, migrate=False)
    apply_migrations(old, MIGRATIONS[:NAMES.index("m_marks_as_spans")])
    _copy_ledger(fresh, old)
    _marks_as_they_were(old, hours)
    rows = old.execute("SELECT COUNT(*) FROM customer_marks").fetchone()[0]
    old.close()

    db = connect(path)
    assert applied_migrations(db) == NAMES
    stored = marks.snapshot(db)
    assert stored == marks.snapshot(fresh)
    assert len(stored[1]) == rows, "every customer's state at every mark"
    assert len({row[0] for row in stored[2]}) < len(stored[2]) < rows, "a row per change, some customers changed"
    assert _figures(db, clock.current) == expected
    assert db.execute("PRAGMA freelist_count").fetchone()[0] == 0, "the pages freed were given back"
    Counter(db, clock=clock).record_sale(None, 450)
    marks.extend(db)
    assert marks.snapshot(db) == marks.snapshot(fresh)
    db.close()
    fresh.close()


def test_the_customer_index_keeps_only_events_that_name_a_customer(tmp_path: Path) -> None:
    """After ``m_events_customer_index`` the ledger's (customer, time) index leaves out the anonymous sales; a
    customer's reads still find their events through it, in time order and by a range of time."""
    clock = FixedClock(datetime(2025, 1, 6, 9, 0, tzinfo=UTC))
    fresh = connect(tmp_path / "new.db")
    counter = Counter(fresh, clock=clock)
    random_history(counter, clock, random.Random(14), 200, gaps_minutes=(5, 60 * 20))
    counter.record_sale(None, 300)  # an anonymous sale: in the ledger, not in the index
    customer_id = fresh.execute("SELECT customer_id FROM balances ORDER BY visits DESC LIMIT 1").fetchone()[0]
    expected = counter.history(customer_id)
    assert len(expected) > 3

    path = tmp_path / "old" / "terminal.db"
    path.parent.mkdir()
    old = connect(path, migrate=False)
    apply_migrations(old, MIGRATIONS[:NAMES.index("m_events_customer_index")])
    _copy_ledger(fresh, old)
    assert "events_customer_ts" in tables(old)
    old.close()

    db = connect(path)
    assert "m_events_customer_index" in (applied_migrations(db) or [])
    assert "events_customer_ts" not in tables(db)
    entries, named = db.execute("SELECT COUNT(*), COUNT(customer_id) FROM events INDEXED BY events_customer "
                                "WHERE customer_id IS NOT NULL").fetchone()
    assert entries == named == db.execute("SELECT COUNT(customer_id) FROM events").fetchone()[0]
    assert named < db.execute("SELECT COUNT(*) FROM events").fetchone()[0], "the anonymous sale is left out"
    plan = " ".join(row[3] for row in db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM events WHERE customer_id = ? AND +kind = 'sale' ORDER BY ts DESC",
        [customer_id]))
    assert "USING INDEX events_customer (customer_id=?)" in plan
    assert "TEMP B-TREE" not in plan, "a customer's events come in time order from the index"
    plan = " ".join(row[3] for row in db.execute(
        "EXPLAIN QUERY PLAN SELECT SUM(amount) FROM events WHERE customer_id IN (?) AND ts >= ?", [customer_id, ""]))
    assert "USING INDEX events_customer (customer_id=? AND ts>?)" in plan
    assert Counter(db, clock=clock).history(customer_id) == expected
    db.close()
    fresh.close()


def test_the_hours_and_marks_keyed_by_a_small_number_give_every_row_and_figure_back(tmp_path: Path) -> None:
    """A database whose hours and marks name customers by their 36-character id (``m_customer_keys`` not
    applied) is migrated: the balances keep their row numbers as their keys (through the rewrite that gives
    the freed pages back), the hours and marks hold the same rows under those keys, the figures are the same,
    and the counter's next sales go on the right customer's hours, a new customer's under a new key."""
    clock = FixedClock(datetime(2025, 1, 6, 9, 0, tzinfo=UTC))
    fresh = connect(tmp_path / "new.db")
    counter = Counter(fresh, clock=clock)
    random_history(counter, clock, random.Random(14), 500, gaps_minutes=(5, 60 * 20, 60 * 24 * 9))
    synced_sales(fresh, random.Random(5), 12)
    marks.extend(fresh)
    assert fresh.execute("SELECT COUNT(*) FROM marks").fetchone()[0] >= 4
    expected = _figures(fresh, clock.current)

    path = tmp_path / "old" / "terminal.db"
    path.parent.mkdir()
    old = connect(path, migrate=False)
    apply_migrations(old, MIGRATIONS[:NAMES.index("m_customer_keys")])
    _copy_ledger(fresh, old, with_marks=True)
    numbers = old.execute("SELECT rowid, customer_id FROM balances ORDER BY rowid").fetchall()
    assert numbers != fresh.execute("SELECT key, customer_id FROM balances ORDER BY key").fetchall(), \
        "the old file numbers its balances otherwise than the new code keys them"
    hours, stretches = (old.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                        for table in ("customer_hours", "customer_marks"))
    old.close()

    db = connect(path)
    assert applied_migrations(db) == NAMES
    assert db.execute("SELECT key, customer_id FROM balances ORDER BY key").fetchall() == numbers
    assert db.execute("SELECT COUNT(*) FROM customer_hours").fetchone()[0] == hours
    assert db.execute("SELECT COUNT(*) FROM customer_marks").fetchone()[0] == stretches
    assert hourly.snapshot(db) == hourly.snapshot(fresh)
    assert marks.snapshot(db) == marks.snapshot(fresh)
    assert balance_snapshot(db) == balance_snapshot(fresh)
    assert _figures(db, clock.current) == expected
    assert db.execute("PRAGMA freelist_count").fetchone()[0] == 0, "the pages freed were given back"
    assert db.execute("SELECT sql FROM sqlite_master WHERE name = 'balances_first_visit'").fetchone() is not None
    till = Counter(db, clock=clock)
    regular = db.execute("SELECT customer_id FROM balances WHERE visits > 0 ORDER BY customer_id LIMIT 1").fetchone()[0]
    key = dict((cid, k) for k, cid in numbers)[regular]
    hour = int(clock.current.timestamp()) // 3600
    before = db.execute("SELECT COALESCE(SUM(visits), 0) FROM customer_hours WHERE customer_key = ? AND hour = ?",
                        [key, hour]).fetchone()[0]
    till.record_sale(regular, 450)
    assert db.execute("SELECT visits FROM customer_hours WHERE customer_key = ? AND hour = ?",
                      [key, hour]).fetchone()[0] == before + 1
    newcomer = till.enrol("Új Vevő", phone="+36 30 999 0000", consent=True).customer.id
    till.record_sale(newcomer, 300)
    new_key = db.execute("SELECT key FROM balances WHERE customer_id = ?", [newcomer]).fetchone()[0]
    assert new_key > max(k for k, _ in numbers)
    assert db.execute("SELECT spend FROM customer_hours WHERE customer_key = ? AND hour = ?",
                      [new_key, hour]).fetchone()[0] == 300
    db.close()
    fresh.close()

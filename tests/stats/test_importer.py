"""Import of customers and sales: whole file or nothing, re-runs import nothing twice."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlite_utils

from main import main
from terminal import hourly
from terminal.clock import iso
from terminal.counter import Counter
from terminal.db import connect
from terminal.importer import ImportFailed, import_customers, import_sales
from terminal.ledger import balance_snapshot, rebuild

CUSTOMERS = """customer,name,phone,email,birthday,consent
K1,Zoë Ådám,+36 1 999,zoe@example.com,1990-05-01,yes
K2,Béla Kovács,,,,
K3,Anon Card,,,,0
"""
SALES = """customer,date,amount,receipt
K1,2026-03-02,4.50,A-1
K1,2026-03-02,4.50,A-1
,2026-03-03 08:15,2.00,
K2,2026-07-04T09:00,3.10,B-7
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def events(db: sqlite_utils.Database, kind: str) -> int:
    return db.execute("SELECT COUNT(*) FROM events WHERE kind = ?", [kind]).fetchone()[0]


def test_customers_then_sales_and_a_rerun_imports_nothing_twice(db: sqlite_utils.Database, counter: Counter,
                                                                  tmp_path: Path) -> None:
    customers, sales = write(tmp_path, "c.csv", CUSTOMERS), write(tmp_path, "s.csv", SALES)
    report = import_customers(db, customers, counter)
    assert (report.rows, report.imported, report.already_there) == (3, 3, 0)
    zoe = db.execute("SELECT name, phone, email, birthday, consent FROM customers WHERE external_key = 'K1'").fetchone()
    assert zoe == ("Zoë Ådám", "+36 1 999", "zoe@example.com", "1990-05-01", 1)
    report = import_sales(db, sales, counter)
    # Two identical rows are two coffees: both imported.
    assert (report.rows, report.imported) == (4, 4)
    assert events(db, "sale") == 4
    assert import_customers(db, customers, counter).imported == 0
    again = import_sales(db, sales, counter)
    assert (again.imported, again.already_there) == (0, 4)
    assert (events(db, "sale"), events(db, "enrolled"), events(db, "profile_changed")) == (4, 3, 0)
    # Local time to UTC: a bare date is noon; Budapest is UTC+1 in March and UTC+2 in July.
    assert [r[0] for r in db.execute("SELECT ts FROM events WHERE kind = 'sale' ORDER BY ts")] == [
        "2026-03-02T11:00:00.000Z", "2026-03-02T11:00:00.000Z", "2026-03-03T07:15:00.000Z",
        "2026-07-04T07:00:00.000Z"]
    k1 = db.execute("SELECT b.visits, b.spend, b.points, b.stamps FROM balances b JOIN customers c "
                    "ON c.id = b.customer_id WHERE c.external_key = 'K1'").fetchone()
    assert k1 == (2, 900, 0, 0)  # points are not earned unless asked
    # The bulk writer's balances are exactly what the ledger's own projection gives.
    incremental, hours = balance_snapshot(db), hourly.snapshot(db)
    rebuild(db)
    assert balance_snapshot(db) == incremental
    assert hourly.snapshot(db) == hours


def test_a_changed_customer_row_is_a_profile_change(db: sqlite_utils.Database, counter: Counter,
                                                    tmp_path: Path) -> None:
    import_customers(db, write(tmp_path, "c.csv", CUSTOMERS), counter)
    report = import_customers(db, write(tmp_path, "c2.csv", "customer,phone,consent\nK2,+36 20 123,no\n"), counter)
    assert report.imported == 1
    assert db.execute("SELECT name, phone FROM customers WHERE external_key = 'K2'").fetchone() == (
        "Béla Kovács", "+36 20 123")


def test_imported_sales_can_earn_points_under_todays_rules(db: sqlite_utils.Database, counter: Counter,
                                                           tmp_path: Path) -> None:
    import_customers(db, write(tmp_path, "c.csv", CUSTOMERS), counter)
    import_sales(db, write(tmp_path, "s.csv", SALES), counter, earn_points=True)
    k1 = db.execute("SELECT b.points, b.stamps FROM balances b JOIN customers c ON c.id = b.customer_id "
                    "WHERE c.external_key = 'K1'").fetchone()
    # 4.50 earns 4 points each; the second coffee falls in the same 30-minute visit window: no stamp.
    assert k1 == (8, 1)


def test_bad_rows_are_reported_by_line_and_nothing_is_imported(db: sqlite_utils.Database, counter: Counter,
                                                               tmp_path: Path) -> None:
    import_customers(db, write(tmp_path, "c.csv", CUSTOMERS), counter)
    bad = write(tmp_path, "bad.csv", "customer,date,amount\nK1,2026-03-01,1.00\nK1,2026-13-01,1\n"
                                     "K9,2026-01-01,1\nK1,2026-01-01,-3\nK2,2026-01-01,4.505\n")
    with pytest.raises(ImportFailed) as failed:
        import_sales(db, bad, counter)
    assert [p.line for p in failed.value.problems] == [3, 4, 5, 6]
    assert "K9" in failed.value.problems[1].message
    assert events(db, "sale") == 0
    with pytest.raises(ImportFailed) as customers:
        import_customers(db, write(tmp_path, "c2.csv", "customer,birthday,consent\nK7,1990-02-30,\nK8,,maybe\n"
                                                        ",,\nK7,,\n"), counter)
    assert [p.line for p in customers.value.problems] == [2, 3, 4]
    with pytest.raises(ImportFailed) as header:
        import_sales(db, write(tmp_path, "h.csv", "who,when\n"), counter)
    assert header.value.problems[0].line == 1


def test_the_import_takes_only_what_the_hub_accepts(db: sqlite_utils.Database, counter: Counter,
                                                    tmp_path: Path) -> None:
    """A row the hub would refuse would be set aside at every sync: the import refuses it, in words."""
    with pytest.raises(ImportFailed) as customers:
        import_customers(db, write(tmp_path, "c.csv", f"customer,name\nK1,{'x' * 10_000}\nK2,Fine Name\n"), counter)
    assert [(p.line, p.message) for p in customers.value.problems] == [
        (2, "name is longer than 200 characters or holds control characters")]
    import_customers(db, write(tmp_path, "ok.csv", CUSTOMERS), counter)
    with pytest.raises(ImportFailed) as sales:
        import_sales(db, write(tmp_path, "s.csv", "customer,date,amount\nK1,1969-12-31,1.00\nK1,2999-01-01,1\n"
                                                  "K1,1975-04-02,2.00\n"), counter)
    assert [p.line for p in sales.value.problems] == [2, 3]
    assert "before 1970 or in the future" in sales.value.problems[0].message


def test_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert main(["import", "customers", str(write(tmp_path, "c.csv", CUSTOMERS)), "--data-dir", str(data)]) == 0
    assert main(["import", "sales", str(write(tmp_path, "s.csv", SALES)), "--data-dir", str(data)]) == 0
    out = capsys.readouterr()
    assert "4 rows: 4 imported, 0 already there" in out.out and "writing" in out.err
    bad = write(tmp_path, "bad.csv", "customer,date,amount\nK1,yesterday,1\n")
    assert main(["import", "sales", str(bad), "--data-dir", str(data)]) == 1
    assert "bad.csv:2: date 'yesterday'" in capsys.readouterr().err
    db = connect(data / "terminal.db")
    assert events(db, "sale") == 4
    db.close()


def test_event_ids_are_uuid5_of_the_row_and_its_occurrence() -> None:
    import uuid

    from terminal.importer import NAMESPACE, _event_id

    assert _event_id("sale", "K1\x1f2026", 1) == str(uuid.uuid5(NAMESPACE, "sale\x1fK1\x1f2026\x1f1"))


def test_imported_sales_add_into_the_hours_the_counter_already_has(db: sqlite_utils.Database, counter: Counter,
                                                                   tmp_path: Path) -> None:
    """The import sums its sales per hour in Python and adds them to hours that live sales already
    hold: the same rows as the ledger's own projection of every event."""
    import_customers(db, write(tmp_path, "c.csv", CUSTOMERS), counter)
    k1 = db.execute("SELECT id FROM customers WHERE external_key = 'K1'").fetchone()[0]
    counter.record_sale(k1, 700)  # at the counter's clock, in the hour the file's sales land in below
    counter.record_sale(None, 300)
    now = counter.clock.now()
    live = now.astimezone(ZoneInfo(counter.shop().timezone))
    moment = live.strftime("%Y-%m-%d %H")
    rows = [f"K1,{moment}:{minute:02d},1.{minute:02d}" for minute in (40, 5, 59, 20)]  # not in time order
    rows += [f",{moment}:30,2.00", f"K2,{live.strftime('%Y-%m-%d')},3.00"]
    sales = write(tmp_path, "s.csv", "customer,date,amount\n" + "\n".join(rows) + "\n")
    assert import_sales(db, sales, counter, earn_points=True).imported == 6
    hours = hourly.snapshot(db)
    hour = int(now.timestamp()) // 3600
    latest = iso(now.replace(minute=59, second=0, microsecond=0))  # the file's 59th minute, local = this UTC hour
    assert db.execute("SELECT visits, spend, last_sale_ts FROM customer_hours WHERE customer_id = ? AND hour = ?",
                      [k1, hour]).fetchone() == (5, 700 + 140 + 105 + 159 + 120, latest)
    assert db.execute("SELECT sales, identified_sales FROM shop_hours WHERE hour = ?", [hour]).fetchone() == (7, 5)
    rebuild(db)
    assert hourly.snapshot(db) == hours

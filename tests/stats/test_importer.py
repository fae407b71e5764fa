"""Import of customers and sales: whole file or nothing, re-runs import nothing twice."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlite_utils

from main import main
from terminal import hourly
from terminal.clock import iso
from terminal.counter import Counter
from terminal.db import connect
from terminal.importer import ImportFailed, ImportOptions, import_customers, import_sales
from terminal.ledger import balance_snapshot, rebuild
from terminal.stats.period import Period
from terminal.stats.sales import scan_sales, scan_sales_events

CUSTOMERS = """customer,name,phone,email,birthday,consent
K1,Zoë Ådám,+36 1 999,zoe@example.com,1990-05-01,yes
K2,Béla Kovács,,,,
K3,Anon Card,,,,0
"""
SALES = """customer,date,amount,receipt
K1,2026-03-02,4.50,A-1
K1,2026-03-02,4.50,A-1
,2026-03-03 08:15,2.00,
K2,2025-07-04T09:00,3.10,B-7
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
        "2025-07-04T07:00:00.000Z", "2026-03-02T11:00:00.000Z", "2026-03-02T11:00:00.000Z",
        "2026-03-03T07:15:00.000Z"]
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


def test_bad_rows_are_set_aside_with_their_reasons_and_the_rest_imports(db: sqlite_utils.Database,
                                                                          counter: Counter, tmp_path: Path) -> None:
    import_customers(db, write(tmp_path, "c.csv", CUSTOMERS), counter)
    bad = write(tmp_path, "bad.csv", "customer,date,amount\nK1,2026-03-01,1.00\nK1,2026-13-01,1\n"
                                     "K9,2026-01-01,1\nK1,2026-01-01,-3\nK2,2026-01-01,4.505\n\n"
                                     "K2,1969-12-31,1\nK2,2026-03-20,1\nK2,2026-03-02,\n")
    report = import_sales(db, bad, counter)
    assert [p.line for p in report.problems] == [3, 4, 6, 8, 9, 10]
    assert "K9" in report.problems[1].message and "two decimals" in report.problems[2].message
    assert "before 1970-01-01" in report.problems[3].message and "future" in report.problems[4].message
    assert (report.rows, report.imported, report.refunds + report.returns) == (8, 2, 1)
    assert events(db, "sale") == 1 and events(db, "refund") == 1
    # The refused rows, as the file has them, with their line and reason, beside the source.
    assert report.refused_file == tmp_path / "bad.refused.csv"
    with report.refused_file.open(encoding="utf-8-sig", newline="") as handle:
        refused = list(csv.reader(handle))
    assert refused[0] == ["line", "reason", "customer", "date", "amount"]
    assert [row[0] for row in refused[1:]] == ["3", "4", "6", "8", "9", "10"]
    assert refused[2][1].startswith("customer 'K9' is unknown") and refused[2][2:] == ["K9", "2026-01-01", "1"]


def test_strict_imports_nothing_when_a_row_is_bad_and_check_writes_nothing(db: sqlite_utils.Database,
                                                                         counter: Counter, tmp_path: Path) -> None:
    import_customers(db, write(tmp_path, "c.csv", CUSTOMERS), counter)
    bad = write(tmp_path, "bad.csv", "customer,date,amount\nK1,2026-03-01,1.00\nK1,2026-13-01,1\n"
                                     "K9,2026-01-01,1\n")
    with pytest.raises(ImportFailed) as failed:
        import_sales(db, bad, counter, options=ImportOptions(strict=True))
    assert [p.line for p in failed.value.problems] == [3, 4]
    assert events(db, "sale") == 0 and not (tmp_path / "bad.refused.csv").exists()
    checked = import_sales(db, bad, counter, options=ImportOptions(check=True))
    assert (checked.checked, checked.rows, len(checked.problems), checked.already_there) == (True, 3, 2, 0)
    assert events(db, "sale") == 0 and not (tmp_path / "bad.refused.csv").exists()
    import_sales(db, bad, counter)
    assert import_sales(db, bad, counter, options=ImportOptions(check=True)).already_there == 1
    customers = import_customers(db, write(tmp_path, "c2.csv", "customer,birthday,consent\nK7,1990-02-30,\n"
                                                                "K8,,maybe\n,,\n\nK7,,\nK6,1899-12-31,\n"), counter,
                                 options=ImportOptions(check=True))
    assert [p.line for p in customers.problems] == [2, 3, 7]
    assert "not a real date" in customers.problems[0].message and "1900-01-01" in customers.problems[2].message
    with pytest.raises(ImportFailed) as header:
        import_sales(db, write(tmp_path, "h.csv", "who,when\n"), counter)
    assert header.value.problems[0].line == 1
    assert "no column for customer, date, amount (the header has 'who', 'when')" in header.value.problems[0].message


def test_the_import_takes_only_what_the_hub_accepts(db: sqlite_utils.Database, counter: Counter,
                                                    tmp_path: Path) -> None:
    """A row the hub would refuse would be set aside at every sync: the import sets it aside, in words."""
    strict = ImportOptions(strict=True)
    with pytest.raises(ImportFailed) as customers:
        import_customers(db, write(tmp_path, "c.csv", f"customer,name\nK1,{'x' * 10_000}\nK2,Fine Name\n"), counter,
                         options=strict)
    assert [(p.line, p.message) for p in customers.value.problems] == [
        (2, "name is longer than 200 characters or holds control characters")]
    import_customers(db, write(tmp_path, "ok.csv", CUSTOMERS), counter)
    report = import_sales(db, write(tmp_path, "s.csv", "customer,date,amount\nK1,1969-12-31,1.00\nK1,2999-01-01,1\n"
                                                      "K1,1975-04-02,2.00\n"), counter)
    assert [p.line for p in report.problems] == [2, 3] and report.imported == 1
    assert "before 1970-01-01" in report.problems[0].message
    assert "in the future" in report.problems[1].message


def test_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert main(["import", "customers", str(write(tmp_path, "c.csv", CUSTOMERS)), "--data-dir", str(data)]) == 0
    assert main(["import", "sales", str(write(tmp_path, "s.csv", SALES)), "--data-dir", str(data)]) == 0
    out = capsys.readouterr()
    assert "4 rows: 4 imported, 0 already there" in out.out and "writing" in out.err
    bad = write(tmp_path, "bad.csv", "customer,date,amount\nK1,yesterday,1\nK1,2026-01-01,x\nK1,2026-01-02,2\n")
    assert main(["import", "sales", str(bad), "--data-dir", str(data), "--strict"]) == 1
    err = capsys.readouterr().err
    # Every problem on a line of its own, not one cut-off line.
    assert f"{bad}:2: date 'yesterday'" in err and f"{bad}:3: amount 'x'" in err
    assert main(["import", "sales", str(bad), "--data-dir", str(data)]) == 3
    out = capsys.readouterr()
    assert "3 rows: 1 imported, 0 already there, 2 set aside" in out.out
    assert f"{bad}:2: date" in out.err and (tmp_path / "bad.refused.csv").exists()
    hungarian = tmp_path / "hu.csv"
    hungarian.write_bytes("Vevő;Nap;Végösszeg\r\nK2;2026.03.01.;3,20\r\n".encode("cp1250"))
    assert main(["import", "sales", str(hungarian), "--data-dir", str(data), "--check"]) == 1
    err = capsys.readouterr().err
    assert f"{hungarian}:1: no column for date (the header has 'Vevő', 'Nap', 'Végösszeg')" in err
    assert 'e.g. --map date="Nap"' in err
    assert main(["import", "sales", str(hungarian), "--data-dir", str(data), "--check", "--map", "date=Nap"]) == 0
    out = capsys.readouterr()
    assert "encoding cp1250, delimiter semicolon, decimal mark ','" in out.err
    assert "columns: customer = 'Vevő', date = 'Nap', amount = 'Végösszeg'" in out.err
    assert "  customer='K2', date='2026.03.01.', amount='3,20'" in out.err  # the first rows, as mapped
    assert "1 rows: 1 would import, 0 already there" in out.out
    db = connect(data / "terminal.db")
    assert events(db, "sale") == 5
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
    assert db.execute(f"SELECT visits, spend, {hourly.sale_ts('hour', 'last_sale')}, typeof(last_sale) "
                      "FROM customer_hours WHERE customer_key = (SELECT key FROM balances WHERE customer_id = ?) "
                      "AND hour = ?",
                      [k1, hour]).fetchone() == (5, 700 + 140 + 105 + 159 + 120, latest, "integer")
    assert db.execute("SELECT sales, identified_sales FROM shop_hours WHERE hour = ?", [hour]).fetchone() == (7, 5)
    rebuild(db)
    assert hourly.snapshot(db) == hours


def test_zero_and_negative_amounts_in_the_stats_by_hand(db: sqlite_utils.Database, counter: Counter,
                                                        tmp_path: Path) -> None:
    """0.00 is a visit without spend; a negative row with the receipt of a sale in the file refunds that
    sale; without one (or with a receipt the file has no sale for) it is a return of that amount. Each
    refund or return counts as minus one sale and minus its amount, in the period it is dated."""
    import_customers(db, write(tmp_path, "c.csv", "customer\nK1\nK2\nK3\n"), counter)
    history = write(tmp_path, "s.csv", """customer,date,amount,receipt
K1,2025-05-02 10:00,10.00,R1
K1,2025-05-05 11:00,-10.00,R1
K1,2025-05-10 12:00,4.00,R2
K2,2025-05-03 09:00,0.00,
K3,2025-05-04 15:00,8.00,R3
K3,2025-05-06 15:00,-3.00,
K3,2025-05-12 15:00,5.00,R4
,2025-05-07 13:00,6.00,R5
,2025-05-09 13:00,-2.50,R9
""")
    report = import_sales(db, history, counter, earn_points=True)
    assert (report.sales, report.no_spend, report.refunds, report.returns, report.imported) == (5, 1, 1, 2, 9)
    # By hand: 5 sales + 1 visit without spend - 3 refunds and returns = 3 net sales, all identified: K1 1
    # (R1 refunded, R2), K2 1 (the free visit), K3 1 (R3 + R4 - the return); anonymous R5 - its return = 0.
    # Every one of K1, K2, K3 is active; none has two net sales.
    may = Period(date(2025, 5, 1), date(2025, 5, 31), "Europe/Budapest")
    expected = (3, 1000 - 1000 + 400 + 0 + 800 - 300 + 500 + 600 - 250, 3, 3, 0)
    for numbers in (scan_sales(db, may)[1], scan_sales_events(db, may)[1]):
        assert (numbers.sales, numbers.revenue, numbers.identified_sales, numbers.active_customers,
                numbers.repeat_customers) == expected
    refunds = db.execute("SELECT COUNT(*), SUM(amount), COUNT(ref_id) FROM events WHERE kind = 'refund'").fetchone()
    assert refunds == (3, -1000 - 300 - 250, 1)  # one refers to its sale (R1); the two returns to none
    balances = dict((key, rest) for key, *rest in db.execute(
        "SELECT c.external_key, b.visits, b.spend, b.points, b.stamps FROM balances b JOIN customers c "
        "ON c.id = b.customer_id"))
    # Points: 1 per unit. K1's refund takes back R1's 10 points and its stamp; K3's return the 3 points 3.00 earns.
    assert balances == {"K1": [1, 400, 4, 1], "K2": [1, 0, 0, 0], "K3": [1, 1000, 10, 2]}
    incremental, hours = balance_snapshot(db), hourly.snapshot(db)
    rebuild(db)
    assert balance_snapshot(db) == incremental
    assert hourly.snapshot(db) == hours
    assert import_sales(db, history, counter, earn_points=True).already_there == 9


def test_a_receipt_refunded_in_parts(db: sqlite_utils.Database, counter: Counter, tmp_path: Path) -> None:
    """Each part takes back its share of the sale's points; the part that leaves nothing takes back the
    rest and the stamp; more than the receipt has left is a return of its own."""
    import_customers(db, write(tmp_path, "c.csv", "customer\nK1\n"), counter)
    sales = write(tmp_path, "s.csv", "customer,date,amount,receipt\nK1,2025-05-02 10:00,10.00,R1\n"
                                     ",2025-05-03 10:00,-3.50,R1\nK1,2025-05-04 10:00,-6.50,R1\n"
                                     "K1,2025-05-05 10:00,-1.00,R1\n")
    report = import_sales(db, sales, counter, earn_points=True)
    assert (report.refunds, report.returns) == (2, 1)
    sale_id = db.execute("SELECT id FROM events WHERE kind = 'sale'").fetchone()[0]
    assert list(db.execute("SELECT amount, points, stamps, ref_id FROM events WHERE kind = 'refund' ORDER BY ts")) == [
        (-350, -3, 0, sale_id), (-650, -7, -1, sale_id), (-100, -1, 0, None)]
    assert db.execute("SELECT visits, spend, points, stamps FROM balances").fetchone() == (1 - 3, -100, -1, 0)


def test_a_refund_of_a_sale_the_ledger_has_already(db: sqlite_utils.Database, counter: Counter,
                                                   tmp_path: Path) -> None:
    """A receipt the file has no sale for is looked up in the ledger: the counter's receipt numbers and
    earlier imports' receipts; what earlier refunds took is not refunded twice, and a re-run is a no-op."""
    import_customers(db, write(tmp_path, "c.csv", CUSTOMERS), counter)
    k1 = db.execute("SELECT id FROM customers WHERE external_key = 'K1'").fetchone()[0]
    live = counter.record_sale(k1, 700)  # at the counter, 2026-03-10
    import_sales(db, write(tmp_path, "old.csv", "customer,date,amount,receipt\nK2,2026-03-01,5.00,OLD-7\n"), counter)
    old_sale = db.execute("SELECT id FROM events WHERE kind = 'sale' AND customer_id != ?", [k1]).fetchone()[0]
    refunds = write(tmp_path, "refunds.csv", f"customer,date,amount,receipt\n,2026-03-10 12:00,-7.00,"
                                             f"{live.receipt_no.lower()}\nK2,2026-03-05,-2.00,OLD-7\n"
                                             "K2,2026-03-06,-3.50,OLD-7\n")
    report = import_sales(db, refunds, counter)
    assert (report.refunds, report.returns) == (2, 1)  # 3.50 is more than the 3.00 OLD-7 has left
    assert list(db.execute("SELECT customer_id, amount, ref_id FROM events WHERE kind = 'refund' ORDER BY ts")) == [
        (report_customer(db, "K2"), -200, old_sale), (report_customer(db, "K2"), -350, None),
        (k1, -700, live.sale.id)]
    again = import_sales(db, refunds, counter)
    assert (again.imported, again.already_there, again.refunds, again.returns) == (0, 3, 2, 1)


def report_customer(db: sqlite_utils.Database, key: str) -> str:
    return db.execute("SELECT id FROM customers WHERE external_key = ?", [key]).fetchone()[0]


def test_the_import_gives_back_the_connections_checkpoint_setting(db: sqlite_utils.Database, counter: Counter,
                                                                   tmp_path: Path) -> None:
    """The import turns SQLite's automatic checkpoint off while its chunks go in; it must come back as it was."""
    db.execute("PRAGMA wal_autocheckpoint = 500")
    import_customers(db, write(tmp_path, "c.csv", CUSTOMERS), counter)
    report = import_sales(db, write(tmp_path, "s.csv", SALES), counter)
    assert report.imported > 0
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 500


def test_a_return_imported_on_its_own_keeps_the_first_and_last_visit(db: sqlite_utils.Database, counter: Counter,
                                                                     tmp_path: Path) -> None:
    """A later file with only a return for a customer (no sale of theirs in the chunk) leaves their first and
    latest visit as the sales made them: a multi-argument MIN or MAX with the chunk's NULL gave NULL, and the
    owner's marks read the first visit from the balances."""
    import_customers(db, write(tmp_path, "c.csv", "customer\nK1\n"), counter)
    import_sales(db, write(tmp_path, "s.csv", "customer,date,amount,receipt\nK1,2025-05-02 10:00,10.00,R1\n"
                                              "K1,2025-05-09 10:00,4.00,R2\n"), counter)
    visits = db.execute("SELECT first_visit_ts, last_visit_ts FROM balances").fetchone()
    assert None not in visits
    report = import_sales(db, write(tmp_path, "r.csv", "customer,date,amount,receipt\nK1,2025-05-20 10:00,-3.00,\n"),
                          counter)
    assert report.returns == 1
    assert db.execute("SELECT first_visit_ts, last_visit_ts FROM balances").fetchone() == visits
    incremental = balance_snapshot(db)
    rebuild(db)
    assert balance_snapshot(db) == incremental

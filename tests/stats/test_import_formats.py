"""Import of files written the way real spreadsheets write them: each dialect's bytes are built here and
must give the same events and customers as the plain UTF-8 file of the same content."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlite_utils

from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect
from terminal.import_format import DateOrder, detect_encoding
from terminal.import_values import parse_amount, parse_moment
from terminal.importer import ImportFailed, ImportKind, ImportOptions, import_customers, import_sales, preview

NOW = datetime.fromisoformat("2026-03-10T09:30:00+00:00")
NBSP = "\u00a0"


@dataclass(frozen=True)
class Customer:
    key: str
    name: str
    phone: str
    birthday: date | None
    consent: bool


@dataclass(frozen=True)
class Sale:
    key: str
    moment: datetime | date  # a date alone: no time in the file
    amount: int  # minor units
    receipt: str


SALES = [
    Sale("K1", datetime(2025, 4, 1, 14, 30), 320, "A-1"),
    Sale("K1", date(2025, 4, 13), 123450, "A-2"),
    Sale("K2", datetime(2025, 5, 2, 9, 5), 0, ""),  # a visit with no spend
    Sale("", date(2025, 5, 3), 450, "A-3"),  # anonymous
    Sale("K1", datetime(2025, 5, 20, 16, 0), -123450, "A-2"),  # a refund of receipt A-2
    Sale("K2", date(1994, 6, 30), 1999, ""),  # an old history
    Sale("K2", date(2025, 6, 1), -500, ""),  # a return without a receipt
]


def customers(*names: str) -> list[Customer]:
    return [Customer("K1", names[0], "+36 30 123 4567", date(1980, 5, 23), True),
            Customer("K2", names[1], "", None, False)]


@dataclass(frozen=True)
class Dialect:
    """How one spreadsheet writes a CSV file."""

    name: str
    encoding: str  # as Python spells it; "utf-16" writes the BOM as Excel does
    delimiter: str
    newline: str
    customer_header: tuple[str, ...]
    sales_header: tuple[str, ...]
    day: Callable[[date], str]
    clock: Callable[[datetime], str]  # the date and time of a moment
    money: Callable[[int], str]
    yes_no: tuple[str, str]
    names: tuple[str, str]
    expected: tuple[str, str, str, DateOrder]  # encoding, delimiter, decimal mark, date order detected
    blank_line: str | None = ""  # what an empty row looks like in this spreadsheet's file
    quote_all: bool = False


def grouped(amount: int, group: str, mark: str) -> str:
    whole, cents = divmod(abs(amount), 100)
    text = f"{whole:,}".replace(",", group) + f"{mark}{cents:02d}"
    return ("-" if amount < 0 else "") + text


def cell(text: str, dialect: Dialect) -> str:
    if dialect.quote_all or any(c in text for c in (dialect.delimiter, '"', "\n")):
        return '"' + text.replace('"', '""') + '"'
    return text


def write_file(path: Path, dialect: Dialect, header: tuple[str, ...], rows: list[list[str]]) -> Path:
    lines = [dialect.delimiter.join(cell(c, dialect) for c in header)]
    for number, row in enumerate(rows):
        lines.append(dialect.delimiter.join(cell(c, dialect) for c in row))
        if number == 1 and dialect.blank_line is not None:
            lines.append(dialect.blank_line)
    path.write_bytes((dialect.newline.join(lines) + dialect.newline).encode(dialect.encoding))
    return path


def write_customers(path: Path, dialect: Dialect) -> Path:
    rows = [[c.key, c.name, c.phone, dialect.day(c.birthday) if c.birthday else "",
             dialect.yes_no[0] if c.consent else dialect.yes_no[1]] for c in customers(*dialect.names)]
    return write_file(path, dialect, dialect.customer_header, rows)


def write_sales(path: Path, dialect: Dialect) -> Path:
    rows = [[s.key, dialect.clock(s.moment) if isinstance(s.moment, datetime) else dialect.day(s.moment),
             dialect.money(s.amount), s.receipt] for s in SALES]
    return write_file(path, dialect, dialect.sales_header, rows)


def _us_clock(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{moment.month}/{moment.day}/{moment.year} {hour}:{moment.minute:02d} {'PM' if moment.hour >= 12 else 'AM'}"


PLAIN = Dialect("plain", "utf-8", ",", "\n", ("customer", "name", "phone", "birthday", "consent"),
                ("customer", "date", "amount", "receipt"), date.isoformat,
                lambda m: m.strftime("%Y-%m-%d %H:%M"), lambda a: grouped(a, "", "."), ("yes", "no"), ("", ""),
                ("utf-8", ",", ".", DateOrder.DMY), blank_line=None)
DIALECTS = [
    Dialect("Excel, Hungarian (CSV, Windows-1250)", "cp1250", ";", "\r\n",
            ("Ügyfélkód", "Név", "Telefon", "Születési dátum", "Hozzájárulás"),
            ("Vevő", "Dátum", "Összeg", "Nyugtaszám"),
            lambda d: d.strftime("%Y.%m.%d."), lambda m: m.strftime("%Y.%m.%d. %H:%M"),
            lambda a: grouped(a, NBSP, ","), ("igen", "nem"), ("Kovács Béla Őrs", "Szőke Tünde"),
            ("cp1250", ";", ",", DateOrder.DMY), blank_line=";;;"),
    Dialect("Excel, Russian (CSV, Windows-1251)", "cp1251", ";", "\r\n",
            ("Код клиента", "ФИО", "Телефон", "Дата рождения", "Согласие"),
            ("Клиент", "Дата", "Сумма", "Номер чека"),
            lambda d: d.strftime("%d.%m.%Y"), lambda m: m.strftime("%d.%m.%Y %H:%M"),
            lambda a: grouped(a, " ", ",") + " руб.", ("да", "нет"), ("Зоя Иванова", "Пётр Сидоров"),
            ("cp1251", ";", ",", DateOrder.DMY), blank_line=""),
    Dialect("Excel, Unicode Text (UTF-16, tab)", "utf-16", "\t", "\r\n",
            ("Customer ID", "Full name", "Mobile", "Date of birth", "Marketing"),
            ("Card number", "Date", "Total", "Receipt no"),
            lambda d: f"{d.month}/{d.day}/{d.year}", lambda m: f"{m.month}/{m.day}/{m.year} {m.hour}:{m.minute:02d}",
            lambda a: grouped(a, "", "."), ("1", "0"), ("Олена Коваль", "سارا احمدی"),
            ("utf-16", "\t", ".", DateOrder.MDY), blank_line="\t\t\t"),
    Dialect("Excel, US (CSV UTF-8, with BOM)", "utf-8-sig", ",", "\r\n",
            ("Customer ID", "Name", "Phone", "DOB", "Opt-in"), ("Customer", "Date", "Amount", "Receipt #"),
            lambda d: f"{d.month}/{d.day}/{d.year}", _us_clock,
            lambda a: ("-" if a < 0 else "") + "$" + grouped(abs(a), ",", "."), ("TRUE", "FALSE"),
            ("Zoë O'Brien", 'José "Pepe" García'), ("utf-8-sig", ",", ".", DateOrder.MDY), blank_line=",,,"),
    Dialect("Google Sheets, Lithuanian (UTF-8, quoted decimal commas)", "utf-8", ",", "\n",
            ("Kliento kodas", "Vardas", "Telefonas", "Gimimo data", "Sutikimas"),
            ("Klientas", "Data", "Suma", "Kvito numeris"),
            date.isoformat, lambda m: m.strftime("%Y-%m-%d %H:%M:%S"), lambda a: grouped(a, "", ","),
            ("taip", "ne"), ("Rūta Žukauskienė", "Jonas, Petraitis"), ("utf-8", ",", ",", DateOrder.DMY),
            blank_line=""),
    Dialect("Excel, French (CSV, Windows-1252, euro sign)", "cp1252", ";", "\r\n",
            ("customer", "name", "phone", "birthday", "consent"), ("customer", "date", "amount", "receipt"),
            lambda d: d.strftime("%d/%m/%Y"), lambda m: m.strftime("%d/%m/%Y %H:%M"),
            lambda a: grouped(a, NBSP, ",") + " €", ("1", "0"), ("Françoise Lefèvre", "Åsa Ångström"),
            ("cp1252", ";", ",", DateOrder.DMY), blank_line=";;;", quote_all=True),
]


def fresh(folder: Path) -> tuple[sqlite_utils.Database, Counter]:
    folder.mkdir()
    db = connect(folder / "terminal.db")
    return db, Counter(db, clock=FixedClock(NOW))


def imported(db: sqlite_utils.Database) -> tuple[list[tuple], list[tuple]]:
    events = list(db.execute("SELECT id, kind, customer_id, ts, stamps, points, amount, ref_id FROM events "
                             "WHERE kind IN ('sale', 'refund', 'enrolled') ORDER BY id"))
    people = list(db.execute("SELECT id, external_key, name, phone, birthday, consent FROM customers ORDER BY id"))
    return events, people


@pytest.mark.parametrize("dialect", DIALECTS, ids=[d.name for d in DIALECTS])
def test_each_dialect_gives_the_events_of_the_plain_file(dialect: Dialect, tmp_path: Path) -> None:
    plain = replace(PLAIN, names=dialect.names)
    results = []
    for which, style in (("plain", plain), ("dialect", dialect)):
        db, counter = fresh(tmp_path / which)
        people = write_customers(tmp_path / f"{which}-c.csv", style)
        sales = write_sales(tmp_path / f"{which}-s.csv", style)
        shown = preview(sales, ImportKind.SALES)
        assert shown.problem is None, shown.problem
        assert (shown.format.encoding, shown.format.delimiter, shown.format.decimal,
                shown.format.date_order) == style.expected
        assert len(shown.rows) == len(SALES)  # the blank line is not a row
        customer_report = import_customers(db, people, counter)
        assert (customer_report.imported, customer_report.problems) == (2, [])
        report = import_sales(db, sales, counter, options=ImportOptions(earn_points=True))
        assert report.problems == [], report.problems
        assert (report.rows, report.sales, report.no_spend, report.refunds, report.returns) == (7, 4, 1, 1, 1)
        results.append(imported(db))
        db.close()
    assert results[1] == results[0]
    events, profiles = results[0]
    assert sorted(p[1:] for p in profiles) == [("K1", dialect.names[0], "+36 30 123 4567", "1980-05-23", 1),
                                             ("K2", dialect.names[1], None, None, 0)]
    assert len(events) == 2 + len(SALES)


def test_the_plain_file_holds_what_the_rows_say(tmp_path: Path) -> None:
    plain = replace(PLAIN, names=("Zoë", "Béla"))
    db, counter = fresh(tmp_path / "db")
    import_customers(db, write_customers(tmp_path / "c.csv", plain), counter)
    import_sales(db, write_sales(tmp_path / "s.csv", plain), counter, earn_points=True)
    rows = list(db.execute("SELECT c.external_key, e.kind, e.ts, e.amount, e.stamps, e.points, e.ref_id IS NOT NULL "
                           "FROM events e LEFT JOIN customers c ON c.id = e.customer_id "
                           "WHERE e.kind IN ('sale', 'refund') ORDER BY e.ts"))
    assert rows == [
        ("K2", "sale", "1994-06-30T10:00:00.000Z", 1999, 1, 19, 0),  # Budapest summer time: noon is 10:00 UTC
        ("K1", "sale", "2025-04-01T12:30:00.000Z", 320, 1, 3, 0),
        ("K1", "sale", "2025-04-13T10:00:00.000Z", 123450, 1, 1234, 0),
        ("K2", "sale", "2025-05-02T07:05:00.000Z", 0, 0, 0, 0),  # no spend: a visit, no stamp, no points
        (None, "sale", "2025-05-03T10:00:00.000Z", 450, 0, 0, 0),
        ("K1", "refund", "2025-05-20T14:00:00.000Z", -123450, -1, -1234, 1),  # takes back what A-2 earned
        ("K2", "refund", "2025-06-01T10:00:00.000Z", -500, 0, -5, 0),  # a return: the points 5.00 earns
    ]
    assert list(db.execute("SELECT c.external_key, b.visits, b.spend, b.points, b.stamps FROM balances b "
                           "JOIN customers c ON c.id = b.customer_id ORDER BY 1")) == [
        ("K1", 1, 320, 3, 1), ("K2", 1, 1499, 14, 1)]


def test_the_encoding_is_told_from_the_letters() -> None:
    assert detect_encoding("név;Kovács Béla Őrs;Szőke Tünde\n".encode("cp1250"))[0] == "cp1250"
    assert detect_encoding("имя;Зоя Иванова;Пётр\n".encode("cp1251"))[0] == "cp1251"
    assert detect_encoding("name;Åsa Ångström;Françoise\n".encode("cp1252"))[0] == "cp1252"
    assert detect_encoding("ім'я;Олена Коваль\n".encode("cp1251"))[0] == "cp1251"
    assert detect_encoding("név;Kovács\n".encode())[0] == "utf-8"
    assert detect_encoding("név;Kovács\n".encode("utf-8-sig"))[0] == "utf-8-sig"
    assert detect_encoding("név;Kovács\n".encode("utf-16-le"))[0] == "utf-16-le"
    assert detect_encoding("név;Kovács\n".encode("utf-16"))[0] == "utf-16"


@pytest.mark.parametrize(("text", "mark", "minor"), [
    ("4.50", ".", 450), ("4,50", ",", 450), ("3,2", ",", 320), ("12", ".", 1200), ("0.00", ".", 0),
    ("1 234,50", ",", 123450), (f"1{NBSP}234,50 Ft", ",", 123450), ("1.234,50", ",", 123450),
    ("1,234.50", ".", 123450), ("1'234.50", ".", 123450), ("€3.20", ".", 320), ("3,20 руб.", ",", 320),
    ("EUR 12.00", ".", 1200), ("-3.20", ".", -320), ("3.20-", ".", -320), ("(3.20)", ".", -320),
    ("-$1,234.50", ".", -123450), ("۱۲٫۵۰", ".", 1250), ("۱٬۲۳۴٫۵۰ تومان", ",", 123450),
    ("1,234", ".", 123400), ("1.234", ",", 123400), ("3.20", ",", 320),
])
def test_amounts_as_systems_write_them(text: str, mark: str, minor: int) -> None:
    assert parse_amount(text, mark) == minor


@pytest.mark.parametrize(("text", "reason"), [
    ("abc", "not an amount"), ("4.505", "more than two decimals"), ("1,2,3", "thousands separators"),
    ("12a34", "not an amount"), ("x1", "not an amount"), ("1 x", "not an amount"), ("Ft", "not an amount"),
    ("1.23.4", "thousands separators"), ("99999999", "more than"),
])
def test_amounts_that_are_not_amounts_say_why(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_amount(text)


def test_the_date_order_can_be_overridden_and_a_wrong_order_is_named(tmp_path: Path) -> None:
    db, counter = fresh(tmp_path / "db")
    import_customers(db, write_file(tmp_path / "c.csv", PLAIN, ("customer",), [["K1"]]), counter)
    sales = tmp_path / "s.csv"
    sales.write_text("customer,date,amount\nK1,4/1/2025,1.00\nK1,4/2/2025,1.00\n", encoding="utf-8")
    assert preview(sales, ImportKind.SALES).format.date_order is DateOrder.MDY  # slashes, undecided: US order
    report = import_sales(db, sales, counter, options=ImportOptions(date_order="dmy", check=True))
    assert report.format is not None and report.format.date_order is DateOrder.DMY
    assert "dates dmy: as asked" in report.format.evidence
    import_sales(db, sales, counter, options=ImportOptions(date_order="dmy"))
    assert [r[0] for r in db.execute("SELECT ts FROM events WHERE kind = 'sale' ORDER BY ts")] == [
        "2025-01-04T11:00:00.000Z", "2025-02-04T11:00:00.000Z"]
    wrong = tmp_path / "w.csv"
    wrong.write_text("customer,date,amount\nK1,13/01/2025,1.00\n", encoding="utf-8")
    problems = import_sales(db, wrong, counter, options=ImportOptions(date_order="mdy", check=True)).problems
    assert problems[0].message == "date '13/01/2025' is not a real date (read as month/day/year)"


def test_a_time_column_and_a_mapped_header(tmp_path: Path) -> None:
    db, counter = fresh(tmp_path / "db")
    import_customers(db, write_file(tmp_path / "c.csv", PLAIN, ("Kunde",), [["K1"]]), counter,
                     options=ImportOptions(mapping={"customer": "Kunde"}))
    sales = tmp_path / "s.csv"
    sales.write_text("Kunde;Datum;Uhrzeit;Betrag\nK1;13.04.2025;14:30;3,20\n", encoding="utf-8")
    shown = preview(sales, ImportKind.SALES)
    assert shown.problem is not None and "no column for customer, amount" in shown.problem
    options = ImportOptions(mapping={"customer": "Kunde", "time": "3", "amount": "Betrag", "date": "datum"})
    assert preview(sales, ImportKind.SALES, options).columns == {"customer": 0, "date": 1, "time": 2, "amount": 3}
    assert import_sales(db, sales, counter, options=options).imported == 1
    assert db.execute("SELECT ts, amount FROM events WHERE kind = 'sale'").fetchone() == (
        "2025-04-13T12:30:00.000Z", 320)


def test_files_that_are_not_text_or_not_csv_are_refused_in_words(tmp_path: Path) -> None:
    db, counter = fresh(tmp_path / "db")
    binary = tmp_path / "photo.csv"
    binary.write_bytes(bytes(range(256)) * 8)  # no text encoding fits every byte
    with pytest.raises(ImportFailed) as failed:
        import_sales(db, binary, counter)
    assert failed.value.problems[0].line == 1 and "choose its encoding" in failed.value.problems[0].message
    wrong = tmp_path / "utf8.csv"
    wrong.write_text("customer,date,amount\nKő,2025-01-01,1\n", encoding="utf-8")
    with pytest.raises(ImportFailed) as decoded:
        import_sales(db, wrong, counter, options=ImportOptions(encoding="ascii"))
    assert "is not ascii text" in decoded.value.problems[0].message
    with pytest.raises(ImportFailed) as unknown:
        import_sales(db, wrong, counter, options=ImportOptions(encoding="klingon"))
    assert unknown.value.problems[0].message == "unknown encoding 'klingon'"
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "no column for customer" in (preview(empty, ImportKind.SALES).problem or "")


@pytest.mark.parametrize(("text", "order", "utc"), [
    ("2025.04.01.", DateOrder.DMY, "2025-04-01T10:00:00"), ("2025. 04. 01.", DateOrder.MDY, "2025-04-01T10:00:00"),
    ("2025. 04. 01. 14:30", DateOrder.DMY, "2025-04-01T12:30:00"), ("01.04.2025", DateOrder.DMY, "2025-04-01T10:00:00"),
    ("4/1/2025", DateOrder.MDY, "2025-04-01T10:00:00"), ("4/1/2025 2:30 PM", DateOrder.MDY, "2025-04-01T12:30:00"),
    ("12.05.1980", DateOrder.DMY, "1980-05-12T10:00:00"), ("1980.05.12.", DateOrder.DMY, "1980-05-12T10:00:00"),
    ("2025-04-01T09:00Z", DateOrder.DMY, "2025-04-01T09:00:00"), ("2025/04/01 08:15:30", DateOrder.MDY,
                                                                  "2025-04-01T06:15:30"),
])
def test_dates_as_spreadsheets_write_them(text: str, order: DateOrder, utc: str) -> None:
    moment = parse_moment(text, order, ZoneInfo("Europe/Budapest"))
    assert moment.isoformat() == utc + "+00:00"

"""Import customers and sales from another system or from paper cards: CSV files as real systems write them.

The file's format (encoding, delimiter, decimal mark, date order: ``terminal.import_format``) is detected
and shown, and each part can be overridden; column names are matched in the shop's languages or mapped
by the owner (``terminal.import_columns``); amounts and dates are read as spreadsheets write them
(``terminal.import_values``). Blank lines are skipped in every file kind.

customers: ``customer`` (the old system's key, required), ``name``, ``phone``, ``email``, ``birthday``,
``consent`` (1/0, yes/no, igen/nem, да/нет, …). sales: ``customer`` (empty: an anonymous sale),
``date`` (and optionally a separate ``time``; in the shop's local time; a bare date means noon),
``amount``, ``receipt`` (optional). An amount of 0 is a visit with no spend (no stamps, no points); a
negative amount is a refund: of the sale with the same receipt (in the file, else in the ledger) when
there is one, otherwise a return of that amount (docs/import.md says how each is counted).

The whole file is validated first; every bad row is listed with its line number and reason. By default
the good rows are imported and the bad ones set aside in ``NAME.refused.csv`` beside the source, with
their reasons; ``strict`` imports nothing when any row is bad; ``check`` validates and counts and writes
nothing. Each row becomes an event whose id is a UUIDv5 of the row's content and its occurrence number
in the file, so a re-run of the same file imports nothing twice, yet two identical rows (two coffees the
same morning) are two sales. Customers are matched by ``external_key``, the old system's key.
"""

from __future__ import annotations

import csv
import hashlib
import json
import time
import uuid
from collections import Counter as Tally
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlite_utils

from terminal import loyalty
from terminal.clock import format_hlc, iso, to_ms
from terminal.counter import Counter
from terminal.db import writing
from terminal.import_columns import (
    CUSTOMER_FIELDS,
    CUSTOMER_REQUIRED,
    SALES_FIELDS,
    SALES_REQUIRED,
    Columns,
    HeaderProblem,
    find_columns,
    match_columns,
    missing_columns,
    names_of,
)
from terminal.import_format import CsvFile, DateOrder, FileFormat, FormatError, detect, header_key
from terminal.import_values import check_range, parse_amount, parse_birthday, parse_moment
from terminal.import_writer import write_sales
from terminal.ledger import Event, Kind
from terminal.limits import MAX_REF_LENGTH, profile_problem
from terminal.text import clean_text
from terminal.writer import EventWriter, WriteRunner, between_jobs, direct

NAMESPACE = uuid.UUID("6f1d3c52-8d0e-4b8c-9a44-5b0f2f1c7e01")  # the importer's own, fixed forever
_NAMESPACE_BYTES = NAMESPACE.bytes
Progress = Callable[[str, int, int], None]  # (phase, done, total)
TRUTHY = {"1", "yes", "y", "true", "x", "igen", "i", "да", "д", "так", "taip", "بله", "آری"}
FALSY = {"", "0", "no", "n", "false", "nem", "нет", "н", "ні", "ne", "خیر", "نه"}
PREVIEW_ROWS = 10


class ImportKind(StrEnum):
    CUSTOMERS = "customers"
    SALES = "sales"


@dataclass(frozen=True)
class RowProblem:
    line: int  # line number in the file, the header being line 1
    message: str
    fields: tuple[str, ...] = ()  # the row as the file has it, for the refused-rows file


class ImportFailed(Exception):
    """Nothing was imported: the header cannot be read, the format cannot be used, or (strict) bad rows."""

    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__(f"{len(problems)} problems" if len(problems) != 1 else problems[0].message)
        self.problems = problems


@dataclass(frozen=True)
class ImportOptions:
    """What the owner chose; None means detect it from the file."""

    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None
    date_order: DateOrder | str | None = None
    mapping: Mapping[str, str] | None = None  # field -> column name (or 1-based number)
    strict: bool = False  # any bad row: import nothing
    check: bool = False  # validate and count; write nothing
    earn_points: bool = False  # sales: earn stamps and points under today's rules


@dataclass
class ImportReport:
    rows: int = 0  # rows read (blank lines not counted)
    imported: int = 0
    already_there: int = 0  # rows a previous run of the same file imported
    problems: list[RowProblem] = field(default_factory=list)  # set aside (or, with check, would be)
    refused_file: Path | None = None  # where the set-aside rows were written
    format: FileFormat | None = None
    sales: int = 0  # sales rows with an amount above zero
    no_spend: int = 0  # sales rows of 0.00: visits without spend
    refunds: int = 0  # negative rows refunding a sale of the file (same receipt)
    returns: int = 0  # negative rows without a sale to refund
    checked: bool = False  # a dry run: nothing was written

    @property
    def good(self) -> int:
        return self.rows - len(self.problems)


@dataclass(frozen=True)
class Preview:
    """What the file looks like before an import: the detected format, the header and the first rows,
    each field's column (or why the header cannot be matched)."""

    format: FileFormat
    header: list[str]
    rows: list[list[str]]
    columns: dict[str, int]
    problem: str | None


FIELDS = {ImportKind.SALES: (SALES_FIELDS, SALES_REQUIRED), ImportKind.CUSTOMERS: (CUSTOMER_FIELDS, CUSTOMER_REQUIRED)}


def detect_format(path: Path, kind: ImportKind, options: ImportOptions = ImportOptions()) -> FileFormat:
    """The file's format, as detected where the options leave it open. ImportFailed when an override
    cannot be used."""
    amounts = names_of("amount") if kind is ImportKind.SALES else set()
    dates = names_of("date") if kind is ImportKind.SALES else names_of("birthday")
    for field_name, column in (options.mapping or {}).items():
        if field_name in {"amount", "date", "birthday"}:
            (amounts if field_name == "amount" else dates).add(header_key(column))
    try:
        return detect(path, amount_names=set(amounts), date_names=set(dates), encoding=options.encoding,
                      delimiter=options.delimiter, decimal=options.decimal, date_order=options.date_order)
    except FormatError as exc:
        raise ImportFailed([RowProblem(1, str(exc))]) from None
    except csv.Error as exc:
        raise ImportFailed([RowProblem(1, f"the file cannot be read as CSV: {exc}")]) from None


def _open(path: Path, kind: ImportKind, options: ImportOptions) -> tuple[CsvFile, list[str], Columns]:
    fmt = detect_format(path, kind, options)
    csv_file = CsvFile(path, fmt)
    try:
        header = csv_file.header()
    except UnicodeDecodeError as exc:
        raise ImportFailed([RowProblem(1, f"the file is not {fmt.encoding} text ({exc.reason} at byte "
                                          f"{exc.start}): choose its encoding")]) from None
    fields, required = FIELDS[kind]
    try:
        columns = match_columns(header, fields, required, options.mapping)
    except HeaderProblem as exc:
        raise ImportFailed([RowProblem(1, str(exc))]) from None
    return csv_file, header, columns


def preview(path: Path, kind: ImportKind, options: ImportOptions = ImportOptions()) -> Preview:
    """The detected format, the header and the first rows, for the owner to check before importing."""
    fmt = detect_format(path, kind, options)
    csv_file = CsvFile(path, fmt)
    try:
        header = csv_file.header()
        rows = []
        for _, row in csv_file.rows():
            if any(cell.strip() for cell in row):
                rows.append(row)
            if len(rows) >= PREVIEW_ROWS:
                break
    except UnicodeDecodeError as exc:
        return Preview(fmt, [], [], {}, f"the file is not {fmt.encoding} text ({exc.reason}): choose its encoding")
    except csv.Error as exc:
        return Preview(fmt, [], [], {}, f"the file cannot be read as CSV: {exc}")
    fields, required = FIELDS[kind]
    try:
        columns = find_columns(header, fields, options.mapping)
        problem = missing_columns(header, columns, required)
    except HeaderProblem as exc:
        columns, problem = {}, str(exc)
    return Preview(fmt, header, rows, columns, problem)


def refused_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}.refused.csv")


def _set_aside(path: Path, fmt: FileFormat, header: list[str], problems: list[RowProblem]) -> Path:
    """The refused rows, with their line and reason, beside the source: UTF-8 with a BOM (so Excel reads
    it) and the source's delimiter (so it splits the same way there)."""
    target = refused_path(path)
    with target.open("w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out, delimiter=fmt.delimiter)
        writer.writerow(["line", "reason", *header])
        for problem in problems:
            writer.writerow([problem.line, problem.message, *problem.fields])
    return target


def save_problems(path: Path, problems: list[RowProblem]) -> Path:
    """The list of problems as the owner saves it from the app: CSV (line, reason; UTF-8 with a BOM so
    Excel reads it), or, for a .txt name, one "line N: reason" per line."""
    if path.suffix.lower() == ".txt":
        path.write_text("".join(f"line {p.line}: {p.message}\n" for p in problems), encoding="utf-8")
        return path
    with path.open("w", newline="", encoding="utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow(["line", "reason"])
        writer.writerows([problem.line, problem.message] for problem in problems)
    return path


@contextmanager
def _reading(csv_file: CsvFile) -> Iterator[None]:
    """A file that is not text in its encoding, or not CSV: the whole import refused in words."""
    try:
        yield
    except UnicodeDecodeError as exc:
        raise ImportFailed([RowProblem(1, f"the file is not {csv_file.format.encoding} text ({exc.reason}): "
                                          "choose its encoding")]) from None
    except csv.Error as exc:
        raise ImportFailed([RowProblem(1, f"the file cannot be read as CSV: {exc}")]) from None


def _finish_problems(report: ImportReport, path: Path, header: list[str], options: ImportOptions) -> None:
    if not report.problems:
        return
    if options.strict and not options.check:
        raise ImportFailed(report.problems)
    if not options.check:
        assert report.format is not None
        report.refused_file = _set_aside(path, report.format, header, report.problems)


def _existing(db: sqlite_utils.Database, ids: Iterable[str]) -> int:
    """How many of the ids the ledger has (a dry run's 'already there')."""
    ids, found = list(ids), 0
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found += db.execute(f"SELECT COUNT(*) FROM events WHERE id IN ({','.join('?' * len(chunk))})",
                            chunk).fetchone()[0]
    return found


def _event_id(kind: str, content: str, occurrence: int) -> str:
    """``uuid.uuid5(NAMESPACE, …)``, spelled out: the uuid module's objects cost a second per million rows."""
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + f"{kind}\x1f{content}\x1f{occurrence}".encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50
    digest[8] = (digest[8] & 0x3F) | 0x80
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _iso(moment: datetime) -> str:
    """``clock.iso`` for a UTC datetime, without strftime (twice as fast, and this runs per row)."""
    return (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T{moment.hour:02d}:{moment.minute:02d}:"
            f"{moment.second:02d}.{moment.microsecond // 1000:03d}Z")


def count_rows(path: Path) -> int:
    with path.open("rb") as handle:
        return max(0, sum(1 for _ in handle) - 1)


# -- sales ---------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SaleRow:
    line: int
    customer_key: str
    moment: datetime  # UTC
    amount: int  # minor units: 0 a visit without spend, negative a refund or return
    receipt: str


def validate_sales(csv_file: CsvFile, columns: Columns, zone: ZoneInfo, now: datetime, known: dict[str, str],
                   progress: Progress | None = None, total: int = 0) -> tuple[list[SaleRow], list[RowProblem], int]:
    """(good rows, problems, rows read). Blank lines (also a spreadsheet's ``;;;``) are skipped."""
    rows, problems = [], []
    fmt = csv_file.format
    # A shop's export repeats its dates and prices: each distinct text is parsed once (bad ones too).
    moments: dict[str, datetime | str] = {}
    amounts: dict[str, int | str] = {}
    at = columns.at
    customer_at, date_at, amount_at = at["customer"], at["date"], at["amount"]
    receipt_at, time_at = at.get("receipt"), at.get("time")
    width = max(at.values()) + 1
    read = 0
    if progress:
        progress("checking", 0, total)
    for number, (line, row) in enumerate(csv_file.rows(), start=1):
        if len(row) < width:
            row = row + [""] * (width - len(row))
        key, when, amount_text = row[customer_at].strip(), row[date_at].strip(), row[amount_at].strip()
        if not (key or when or amount_text) and not any(cell.strip() for cell in row):
            continue
        read += 1
        if progress and number % 50_000 == 0:
            progress("checking", number, total)
        if time_at is not None and row[time_at].strip():
            when = f"{when} {row[time_at].strip()}"
        moment = moments.get(when)
        if moment is None:
            try:
                moment = parse_moment(when, fmt.date_order, zone)
                check_range(moment, now, when)
            except ValueError as exc:
                moment = str(exc) if when else "the date is empty"
            moments[when] = moment
        if isinstance(moment, str):  # a problem, found once
            problems.append(RowProblem(line, moment, tuple(row)))
            continue
        amount = amounts.get(amount_text)
        if amount is None:
            try:
                amount = parse_amount(amount_text, fmt.decimal) if amount_text else "the amount is empty"
            except ValueError as exc:
                amount = str(exc)
            amounts[amount_text] = amount
        if isinstance(amount, str):
            problems.append(RowProblem(line, amount, tuple(row)))
            continue
        if key and key not in known:
            problems.append(RowProblem(line, f"customer {key!r} is unknown: import the customers first", tuple(row)))
            continue
        receipt = row[receipt_at].strip() if receipt_at is not None else ""
        if len(receipt) > MAX_REF_LENGTH or not receipt.isprintable():  # what the hub would refuse
            problems.append(RowProblem(line, f"receipt {receipt[:40]!r}… is longer than {MAX_REF_LENGTH} "
                                             "characters or holds control characters", tuple(row)))
            continue
        rows.append(SaleRow(line, key, moment, amount, receipt))
    return rows, problems, read


@dataclass(slots=True)
class _Sold:
    """A sale (of the file, or in the ledger already) that a later negative row with its receipt may refund."""

    event_id: str
    customer_id: str | None
    ts: str
    amount: int
    left: int  # of the amount, after the refunds so far
    stamps: int
    points: int
    stamps_left: int = 0
    points_left: int = 0

    def __post_init__(self) -> None:
        self.stamps_left, self.points_left = self.stamps, self.points


def _body(source: str, row: SaleRow, extra: str = "") -> str:
    """The body as json.dumps(..., sort_keys=True, separators=(",", ":")) would write it, built directly."""
    body = f'{{"imported":{source},"line":{row.line}{extra}'
    return body + (f',"source_receipt":{json.dumps(row.receipt)}}}' if row.receipt else "}")


def _ledger_sales(db: sqlite_utils.Database, receipts: set[str], own: set[str]) -> dict[str, list[_Sold]]:
    """The ledger's sales with these receipts: the counter's (by receipt number) and earlier imports' (by
    the source's receipt), with what refunds other than ``own`` (this file's) left of them."""
    found: dict[str, list[_Sold]] = {}
    by_number = {receipt.upper(): receipt for receipt in receipts}
    numbers = sorted(by_number)
    for start in range(0, len(numbers), 500):
        chunk = numbers[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for number, sale_id, customer_id, ts, amount, stamps, points in db.execute(
                "SELECT r.receipt_no, e.id, e.customer_id, e.ts, e.amount, e.stamps, e.points FROM receipts r "
                f"JOIN events e ON e.seq = r.sale_seq AND e.kind = 'sale' WHERE r.receipt_no IN ({marks})", chunk):
            sale = _Sold(sale_id, customer_id, ts, amount, amount, stamps, points)
            found.setdefault(by_number[number], []).append(sale)
    # One walk of the sales for the imported ones (the receipt is in the body, not indexed).
    for receipt, sale_id, customer_id, ts, amount, stamps, points in db.execute(
            "SELECT json_extract(body, '$.source_receipt'), id, customer_id, ts, amount, stamps, points FROM events "
            "WHERE kind = 'sale' AND instr(body, '\"source_receipt\"') > 0"):
        if receipt in receipts and amount > 0:
            found.setdefault(receipt, []).append(_Sold(sale_id, customer_id, ts, amount, amount, stamps, points))
    sales = {sale.event_id: sale for group in found.values() for sale in group}
    ids = sorted(sales)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for refund_id, ref_id, amount, stamps, points in db.execute(
                "SELECT id, ref_id, amount, stamps, points FROM events WHERE kind = 'refund' "
                f"AND ref_id IN ({','.join('?' * len(chunk))})", chunk):
            if refund_id not in own:
                sale = sales[ref_id]
                sale.left += amount
                sale.stamps_left += stamps
                sale.points_left += points
    for group in found.values():
        group.sort(key=lambda sale: sale.ts)
    return found


def _refund_ids(rows: list[SaleRow], terminal_id: str) -> set[str]:
    """The ids this file's negative rows get (as ``sale_events`` makes them; rows in time order)."""
    seen: Tally[str] = Tally()
    ids = set()
    for row in rows:
        if row.amount < 0:
            content = f"{row.customer_key}\x1f{_iso(row.moment)}\x1f{row.amount}\x1f{row.receipt}"
            ids.add(_event_id("refund", content, seen[content]))
            seen[content] += 1
    return ids


def sale_events(rows: list[SaleRow], counter: Counter, known: dict[str, str], source_name: str,
                earn_points: bool, report: ImportReport, db: sqlite_utils.Database | None = None) -> list[tuple]:
    """Event rows for ``write_sales``, in time order (so the visit window applies as at the counter).
    With ``db``, a negative row whose receipt no sale of the file has is matched with the ledger's sales."""
    rules = counter.rules()
    base_tier = rules.tiers[0]
    seen: Tally[str] = Tally()
    last_stamp: dict[str, datetime] = {}
    rows.sort(key=lambda r: r.moment)
    terminal_id = counter.terminal_id
    sold: dict[str, list[_Sold]] | None = None
    if any(row.amount < 0 for row in rows):
        sold = {}
        outside = ({r.receipt for r in rows if r.amount < 0 and r.receipt}
                   - {r.receipt for r in rows if r.amount > 0 and r.receipt})
        if db is not None and outside:
            sold = _ledger_sales(db, outside, _refund_ids(rows, terminal_id))
    events = []
    source = json.dumps(source_name)
    times: dict[datetime, tuple[str, str]] = {}  # moment -> (ts, hlc): many sales share a minute
    for row in rows:
        stamped = times.get(row.moment)
        if stamped is None:
            stamped = times[row.moment] = (_iso(row.moment), format_hlc(to_ms(row.moment), 0, terminal_id))
        ts, hlc = stamped
        content = f"{row.customer_key}\x1f{ts}\x1f{row.amount}\x1f{row.receipt}"
        occurrence = seen[content]
        seen[content] += 1
        customer_id = known.get(row.customer_key) if row.customer_key else None
        if row.amount < 0:
            events.append(_refund(row, content, occurrence, ts, hlc, terminal_id, customer_id, known, sold, rules,
                                  base_tier, earn_points, source, report))
            continue
        stamps = points = 0
        if row.amount == 0:
            report.no_spend += 1
        else:
            report.sales += 1
            if earn_points and customer_id is not None:
                earned = loyalty.earn_for_sale(rules, row.amount, base_tier, last_stamp.get(customer_id), row.moment)
                stamps, points = earned.stamps, earned.points
                if stamps:
                    last_stamp[customer_id] = row.moment
        event_id = _event_id("sale", content, occurrence)
        if sold is not None and row.receipt and row.amount > 0:
            sold.setdefault(row.receipt, []).append(_Sold(event_id, customer_id, ts, row.amount, row.amount, stamps,
                                                          points))
        # _body(source, row), inlined: this runs per row.
        body = f'{{"imported":{source},"line":{row.line}'
        body += f',"source_receipt":{json.dumps(row.receipt)}}}' if row.receipt else "}"
        events.append((event_id, terminal_id, ts, hlc, "sale", customer_id, stamps, points, row.amount, None, body))
    return events


def _refund(row: SaleRow, content: str, occurrence: int, ts: str, hlc: str, terminal_id: str,
            customer_id: str | None, known: dict[str, str], sold: dict[str, list[_Sold]] | None,
            rules: loyalty.Rules, tier: loyalty.Tier, earn_points: bool, source: str, report: ImportReport) -> tuple:
    """A negative row: the refund of the latest earlier sale with its receipt (and customer) that has that
    much left; otherwise a return of that amount, taking back the points the amount earns."""
    back = -row.amount
    target = None
    if row.receipt and sold:
        for candidate in reversed(sold.get(row.receipt, [])):
            if (candidate.left >= back and candidate.ts <= ts
                    and (not row.customer_key or customer_id == candidate.customer_id)):
                target = candidate
                break
    if target is not None:
        report.refunds += 1
        target.left -= back
        if target.left == 0:  # the sale is refunded whole (at once or in parts): all it earned goes back
            stamps, points = -target.stamps_left, -target.points_left
        else:  # a part: the same share of its points, no stamp
            stamps, points = 0, -(target.points * back // target.amount)
        target.stamps_left += stamps
        target.points_left += points
        customer_id = target.customer_id
        ref_id = target.event_id
        extra = ',"reverses":"sale"'
    else:
        report.returns += 1
        stamps = 0
        points = -loyalty.points_for(rules, back, tier) if earn_points and customer_id is not None else 0
        ref_id = None
        extra = ',"return":true'
    return (_event_id("refund", content, occurrence), terminal_id, ts, hlc, "refund", customer_id, stamps, points,
            row.amount, ref_id, _body(source, row, extra))


def import_sales(db: sqlite_utils.Database, path: Path, counter: Counter, *, earn_points: bool = False,
                 progress: Progress | None = None, write: WriteRunner | None = None,
                 options: ImportOptions | None = None) -> ImportReport:
    """Validate the whole file on ``db`` (a reading connection), then write the new sales, refunds and
    returns in short chunks through ``write``, the process's one writer (default: ``counter``'s own)."""
    options = options or ImportOptions(earn_points=earn_points)
    earn_points = earn_points or options.earn_points
    csv_file, header, columns = _open(path, ImportKind.SALES, options)
    zone = ZoneInfo(counter.shop().timezone)
    total = count_rows(path)
    known = dict(db.execute("SELECT external_key, id FROM customers WHERE external_key IS NOT NULL AND erased = 0"))
    with _reading(csv_file):
        rows, problems, read = validate_sales(csv_file, columns, zone, counter.clock.now(), known, progress, total)
    report = ImportReport(rows=read, problems=problems, format=csv_file.format, checked=options.check)
    _finish_problems(report, path, header, options)
    events = sale_events(rows, counter, known, path.name, earn_points, report, db)
    if options.check:
        report.already_there = _existing(db, (event[0] for event in events))
        return report
    report.imported = write_sales(db, events, progress, write or direct(counter.writer)) if events else 0
    report.already_there = len(events) - report.imported
    return report


# -- customers -----------------------------------------------------------------------------------------
def _customer_fields(columns: Columns, row: list[str], fmt: FileFormat, today: datetime) -> dict[str, object]:
    fields: dict[str, object] = {"external_key": clean_text(columns.get(row, "customer"))}
    for name in ("name", "phone", "email"):
        value = clean_text(columns.get(row, name) or "")  # no NUL, escapes or bidi overrides into any export
        if value:
            fields[name] = value
    birthday = columns.get(row, "birthday")
    if birthday:
        fields["birthday"] = parse_birthday(birthday, fmt.date_order, today.date()).isoformat()
    if "consent" in columns.at:
        consent = columns.get(row, "consent").lower()
        if consent not in TRUTHY | FALSY:
            raise ValueError(f"consent {columns.get(row, 'consent')!r} is not yes/no")
        fields["consent"] = consent in TRUTHY
    return fields


# A writer job of the customers' import stops taking profile events after this long (each one is a row, its
# search-index entries and the profile folded again: 1,000 of them took 220-340 ms on the writer); the
# rest go in the next job, each job one transaction.
CUSTOMER_SECONDS = 0.06
CUSTOMER_PART = 10  # profile events committed between two looks at the clock


def _commit_customers(writer: EventWriter, events: list[Event], start: int, seconds: float) -> tuple[int, int]:
    """On the writer: ``events`` from ``start`` for up to ``seconds`` (``CUSTOMER_PART`` at least), in one
    transaction; how far it got and how many were new."""
    began = time.perf_counter()
    index, stored = start, 0
    with writing(writer.db):
        while index < len(events):
            part = events[index:index + CUSTOMER_PART]
            stored += len(writer.commit(part))
            index += len(part)
            if time.perf_counter() - began > seconds:
                break
    return index, stored


def import_customers(db: sqlite_utils.Database, path: Path, counter: Counter, progress: Progress | None = None,
                     write: WriteRunner | None = None, options: ImportOptions | None = None) -> ImportReport:
    """New keys are enrolled (no welcome bonus, no card: they get one at their next visit); known keys
    get a profile change. Both with ids from the row's content, so a re-run changes nothing."""
    options = options or ImportOptions()
    csv_file, header, columns = _open(path, ImportKind.CUSTOMERS, options)
    now = counter.clock.now()
    parsed: list[dict[str, object]] = []
    problems: list[RowProblem] = []
    keys_seen: dict[str, int] = {}
    read = 0
    with _reading(csv_file):
        for line, row in csv_file.rows():
            if not any(cell.strip() for cell in row):
                continue
            read += 1
            key = columns.get(row, "customer")
            if not key:
                problems.append(RowProblem(line, "the customer key is empty", tuple(row)))
                continue
            if key in keys_seen:
                problems.append(RowProblem(line, f"customer {key!r} is already on line {keys_seen[key]}", tuple(row)))
                continue
            try:
                fields = _customer_fields(columns, row, csv_file.format, now)
            except ValueError as exc:
                problems.append(RowProblem(line, str(exc), tuple(row)))
                continue
            problem = profile_problem(fields)  # what the hub would refuse, the import refuses here, in words
            if problem:
                problems.append(RowProblem(line, problem, tuple(row)))
                continue
            keys_seen[key] = line
            parsed.append(fields)
    report = ImportReport(rows=read, problems=problems, format=csv_file.format, checked=options.check)
    _finish_problems(report, path, header, options)
    existing = dict(db.execute("SELECT external_key, id FROM customers WHERE external_key IS NOT NULL"))
    events = []
    for fields in parsed:
        content = "\x1f".join(f"{k}={fields[k]}" for k in sorted(fields))
        key = str(fields["external_key"])
        customer_id = existing.get(key) or str(uuid.uuid5(NAMESPACE, f"customer\x1f{key}"))
        kind = Kind.PROFILE_CHANGED if key in existing else Kind.ENROLLED
        events.append(Event(id=_event_id("customer", content, 0), terminal_id=counter.terminal_id, ts=iso(now),
                            hlc=counter.hlc.tick(), kind=kind, customer_id=customer_id, body=fields))
    if options.check:
        report.already_there = _existing(db, (event.id for event in events))
        return report
    write = write or direct(counter.writer)
    done = 0
    while done < len(events):  # short transactions: sales interleave
        start = done
        done, stored = write(partial(_commit_customers, events=events, start=start, seconds=CUSTOMER_SECONDS))
        report.imported += stored
        report.already_there += done - start - stored
        if progress:
            progress("writing", done, len(events))
        between_jobs()
    return report

"""Import customers and sales from another system or from paper cards (UTF-8 CSV with a header row).

customers: ``customer`` (the old system's key, required), ``name``, ``phone``, ``email``, ``birthday``
(YYYY-MM-DD), ``consent`` (1/0, yes/no, true/false). sales: ``customer`` (empty: an anonymous sale),
``date`` (ISO date, or date and time, in the shop's local time; a bare date means noon), ``amount``
(decimal point), ``receipt`` (optional).

The whole file is validated first: any bad row is reported with its line number and nothing is
written. Then everything is written in one transaction. Each row becomes an event whose id is a
UUIDv5 of the row's content and its occurrence number in the file, so a re-run of the same file
imports nothing twice, yet two identical rows (two coffees the same morning) are two sales.
Customers are matched by ``external_key``, the old system's key.
"""

from __future__ import annotations

import csv
import hashlib
import json
import uuid
from collections import Counter as Tally
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from zoneinfo import ZoneInfo

import sqlite_utils

from terminal import loyalty
from terminal.clock import format_hlc, iso, to_ms
from terminal.counter import Counter
from terminal.import_writer import write_sales
from terminal.ledger import Event, Kind
from terminal.limits import EARLIEST, FUTURE_TOLERANCE, MAX_REF_LENGTH, profile_problem
from terminal.writer import WriteRunner, direct

NAMESPACE = uuid.UUID("6f1d3c52-8d0e-4b8c-9a44-5b0f2f1c7e01")  # the importer's own, fixed forever
_NAMESPACE_BYTES = NAMESPACE.bytes
Progress = Callable[[str, int, int], None]  # (phase, done, total)
TRUTHY, FALSY = {"1", "yes", "y", "true", "x"}, {"", "0", "no", "n", "false"}


class ImportKind(StrEnum):
    CUSTOMERS = "customers"
    SALES = "sales"


@dataclass(frozen=True)
class RowProblem:
    line: int  # line number in the file, the header being line 1
    message: str


class ImportFailed(Exception):
    """The file has bad rows (or no header): nothing was imported."""

    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__(f"{len(problems)} bad rows")
        self.problems = problems


@dataclass
class ImportReport:
    rows: int = 0
    imported: int = 0
    already_there: int = 0  # rows a previous run of the same file imported
    problems: list[RowProblem] = field(default_factory=list)


def _rows(path: Path, required: set[str]) -> Iterator[tuple[int, dict[str, str]]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        header = {(name or "").strip().lower() for name in reader.fieldnames or []}
        if not required <= header:
            raise ImportFailed([RowProblem(1, f"the header must name {', '.join(sorted(required - header))}")])
        for row in reader:
            clean = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
            yield reader.line_num, clean


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
    amount: int
    receipt: str


def parse_moment(text: str, zone: ZoneInfo) -> datetime:
    if len(text) == 10:
        local = datetime.combine(date.fromisoformat(text), time(12), zone)
    else:
        parsed = datetime.fromisoformat(text)
        local = parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)
    return local.astimezone(UTC)


def parse_amount(text: str) -> int:
    value = Decimal(text)
    if not value.is_finite() or value <= 0 or value != value.quantize(Decimal("0.01")) or value > 1_000_000:
        raise InvalidOperation(text)
    return int(value * 100)


def validate_sales(path: Path, zone: ZoneInfo, known: dict[str, str], progress: Progress | None = None,
                   total: int = 0) -> tuple[list[SaleRow], list[RowProblem]]:
    rows, problems = [], []
    # A shop's export repeats its dates and prices: each distinct text is parsed once.
    moments: dict[str, datetime] = {}
    amounts: dict[str, int] = {}
    latest = datetime.now(UTC) + FUTURE_TOLERANCE
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        header = [name.strip().lower() for name in next(reader, [])]
        missing = {"customer", "date", "amount"} - set(header)
        if missing:
            raise ImportFailed([RowProblem(1, f"the header must name {', '.join(sorted(missing))}")])
        at = {name: header.index(name) for name in ("customer", "date", "amount")}
        receipt_at = header.index("receipt") if "receipt" in header else None
        width = len(header)
        for number, row in enumerate(reader, start=1):
            line = reader.line_num
            if len(row) < width:
                row = row + [""] * (width - len(row))
            key, when, amount_text = row[at["customer"]].strip(), row[at["date"]].strip(), row[at["amount"]].strip()
            moment = moments.get(when)
            if moment is None:
                try:
                    moment = parse_moment(when, zone)
                except ValueError:
                    problems.append(RowProblem(line, f"date {when!r} is not YYYY-MM-DD[ HH:MM[:SS]]"))
                    continue
                # The hub accepts sales from 1970 to a few days ahead: the import takes no other.
                if not EARLIEST <= moment <= latest:
                    problems.append(RowProblem(line, f"date {when!r} is before 1970 or in the future"))
                    continue
                moments[when] = moment
            amount = amounts.get(amount_text)
            if amount is None:
                try:
                    amount = amounts[amount_text] = parse_amount(amount_text)
                except (InvalidOperation, ValueError):
                    problems.append(RowProblem(line, f"amount {amount_text!r} is not a positive amount like 4.50"))
                    continue
            if key and key not in known:
                problems.append(RowProblem(line, f"customer {key!r} is unknown: import the customers first"))
                continue
            receipt = row[receipt_at].strip() if receipt_at is not None else ""
            if len(receipt) > MAX_REF_LENGTH or not receipt.isprintable():
                problems.append(RowProblem(line, f"receipt {receipt[:40]!r}… is longer than {MAX_REF_LENGTH} "
                                                 "characters or holds control characters"))
                continue
            rows.append(SaleRow(line, key, moment, amount, receipt))
            if progress and number % 50_000 == 0:
                progress("checking", number, total)
    return rows, problems


def import_sales(db: sqlite_utils.Database, path: Path, counter: Counter, *, earn_points: bool = False,
                 progress: Progress | None = None, write: WriteRunner | None = None) -> ImportReport:
    """Validate the whole file on ``db`` (a reading connection), then write the new sales in short
    chunks through ``write``, the process's one writer (default: ``counter``'s own)."""
    zone = ZoneInfo(counter.shop().timezone)
    total = count_rows(path)
    known = dict(db.execute("SELECT external_key, id FROM customers WHERE external_key IS NOT NULL AND erased = 0"))
    rows, problems = validate_sales(path, zone, known, progress, total)
    if problems:
        raise ImportFailed(problems)
    rules = counter.rules()
    base_tier = rules.tiers[0]
    seen: Tally[str] = Tally()
    last_stamp: dict[str, datetime] = {}
    events = []
    # In time order, so the visit window (one stamp per visit) applies as at the counter.
    rows.sort(key=lambda r: r.moment)
    source = json.dumps(path.name)
    terminal_id = counter.terminal_id
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
        stamps = points = 0
        if earn_points and customer_id is not None:
            earned = loyalty.earn_for_sale(rules, row.amount, base_tier, last_stamp.get(customer_id), row.moment)
            stamps, points = earned.stamps, earned.points
            if stamps:
                last_stamp[customer_id] = row.moment
        # The body as json.dumps(..., sort_keys=True, separators=(",", ":")) would write it, built directly.
        body = f'{{"imported":{source},"line":{row.line}'
        body += f',"source_receipt":{json.dumps(row.receipt)}}}' if row.receipt else "}"
        events.append((_event_id("sale", content, occurrence), terminal_id, ts, hlc, "sale", customer_id, stamps,
                       points, row.amount, None, body))
    written = write_sales(db, events, progress, write or direct(counter.writer))
    return ImportReport(rows=len(rows), imported=written, already_there=len(rows) - written)


CUSTOMER_CHUNK = 1_000  # profile events per write transaction


# -- customers -----------------------------------------------------------------------------------------
def _customer_fields(row: dict[str, str]) -> dict[str, object]:
    fields: dict[str, object] = {"external_key": row["customer"]}
    for name in ("name", "phone", "email"):
        if row.get(name):
            fields[name] = " ".join(row[name].split())
    if row.get("birthday"):
        date.fromisoformat(row["birthday"])
        fields["birthday"] = row["birthday"]
    consent = row.get("consent", "").lower()
    if consent not in TRUTHY | FALSY:
        raise ValueError(f"consent {row.get('consent')!r} is not yes/no")
    if "consent" in row:
        fields["consent"] = consent in TRUTHY
    return fields


def import_customers(db: sqlite_utils.Database, path: Path, counter: Counter,
                     progress: Progress | None = None, write: WriteRunner | None = None) -> ImportReport:
    """New keys are enrolled (no welcome bonus, no card: they get one at their next visit); known keys
    get a profile change. Both with ids from the row's content, so a re-run changes nothing."""
    parsed, problems, keys_seen = [], [], {}
    for line, row in _rows(path, {"customer"}):
        key = row.get("customer", "")
        if not key:
            problems.append(RowProblem(line, "the customer key is empty"))
            continue
        if key in keys_seen:
            problems.append(RowProblem(line, f"customer {key!r} is already on line {keys_seen[key]}"))
            continue
        try:
            fields = _customer_fields(row)
        except ValueError as exc:
            problems.append(RowProblem(line, str(exc) if "consent" in str(exc) else
                                       f"birthday {row.get('birthday')!r} is not YYYY-MM-DD"))
            continue
        problem = profile_problem(fields)  # what the hub would refuse, the import refuses here, in words
        if problem:
            problems.append(RowProblem(line, problem))
            continue
        keys_seen[key] = line
        parsed.append(fields)
    if problems:
        raise ImportFailed(problems)
    existing = dict(db.execute("SELECT external_key, id FROM customers WHERE external_key IS NOT NULL"))
    report = ImportReport(rows=len(parsed))
    now = counter.clock.now()
    events = []
    for fields in parsed:
        content = "\x1f".join(f"{k}={fields[k]}" for k in sorted(fields))
        key = str(fields["external_key"])
        customer_id = existing.get(key) or str(uuid.uuid5(NAMESPACE, f"customer\x1f{key}"))
        kind = Kind.PROFILE_CHANGED if key in existing else Kind.ENROLLED
        events.append(Event(id=_event_id("customer", content, 0), terminal_id=counter.terminal_id, ts=iso(now),
                            hlc=counter.hlc.tick(), kind=kind, customer_id=customer_id, body=fields))
    write = write or direct(counter.writer)
    for start in range(0, len(events), CUSTOMER_CHUNK):  # short transactions: sales interleave
        chunk = events[start:start + CUSTOMER_CHUNK]
        stored = len(write(lambda writer, page=chunk: writer.commit(page)))
        report.imported += stored
        report.already_there += len(chunk) - stored
        if progress:
            progress("writing", start + len(chunk), len(events))
    return report

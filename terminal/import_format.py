"""How an imported CSV file is written, as spreadsheets and other systems write it: detected, shown, overridable.

Detected from the file's bytes: the encoding (a BOM; UTF-16 without one; strict UTF-8; otherwise the
Windows code page whose text reads most like words: 1250 Central European, 1251 Cyrillic, 1252 Western),
the delimiter (comma, semicolon or tab: the one that splits the first lines into the same number of
columns), the decimal mark of the amounts and the order of day and month in dates like 01.04.2025.
Every guess is shown before an import and each can be overridden (CLI flags, the app's import dialog).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Iterator, Set
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

SAMPLE_BYTES = 1 << 20  # the first MiB decides the delimiter, decimal mark and date order
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}
CODE_PAGES = ("cp1252", "cp1250", "cp1251")  # in this order on a tie
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", *CODE_PAGES)


class DateOrder(StrEnum):
    """The order of a date written with the year last (01.04.2025, 4/1/2025); year-first dates are always Y-M-D."""

    DMY = "dmy"
    MDY = "mdy"

    @property
    def spelled(self) -> str:
        return "day.month.year" if self is DateOrder.DMY else "month/day/year"


@dataclass(frozen=True)
class FileFormat:
    encoding: str  # a Python codec name
    delimiter: str  # one of DELIMITERS
    decimal: str  # "." or ","
    date_order: DateOrder
    evidence: tuple[str, ...] = ()  # why each guess was made, for the preview

    def describe(self) -> str:
        return (f"encoding {self.encoding}, delimiter {DELIMITERS.get(self.delimiter, repr(self.delimiter))}, "
                f"decimal mark {self.decimal!r}, dates {self.date_order.spelled}")


class FormatError(ValueError):
    """An override that cannot be used (an unknown encoding, delimiter or date order)."""


# -- encoding ------------------------------------------------------------------------------------------
_WORD = re.compile(r"[^\W\d_]+")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# Letters the shops' languages (and their neighbours') write; anything else a decoding yields counts less.
_LIKELY = {
    "cp1250": set("áéíóöőúüűÁÉÍÓÖŐÚÜŰäßčďěňřšťůýžÄČĎĚŇŘŠŤŮÝŽąęłńśźżĄĘŁŃŚŹŻ"),
    "cp1252": set("áéíóöúüÁÉÍÓÖÚÜàâäçèêëîïôùûÿñßÀÂÄÇÈÊËÎÏÔÙÛÑÅåæøÆØœŒ"),
    "cp1251": set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯіїєґІЇЄҐ"),
}


def _script(char: str) -> str:
    return "cyrillic" if "\u0400" <= char <= "\u04ff" else "latin"


def _code_page_score(text: str, code_page: str) -> int:
    likely, score = _LIKELY[code_page], 0
    for word in _WORD.findall(text):
        odd = [c for c in word if ord(c) > 127]
        if not odd:
            continue
        if len({_script(c) for c in word}) > 1:
            score -= 5 * len(odd)  # "Kovбcs": Latin and Cyrillic in one word is a wrong code page
        else:
            score += sum(1 if c in likely else -1 for c in odd)
    return score


def detect_encoding(data: bytes) -> tuple[str, str]:
    """(codec, why) for a file's bytes."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", "UTF-8 byte order mark"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", "UTF-16 byte order mark"
    head = data[:4096]
    if len(head) >= 4 and head.count(0) > len(head) // 4:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        return ("utf-16-be" if even > odd else "utf-16-le"), "UTF-16 without a byte order mark (every other byte zero)"
    try:
        data.decode("utf-8")
        return "utf-8", "valid UTF-8"
    except UnicodeDecodeError:
        pass
    # Score the lines that hold non-ASCII bytes (enough of them to decide, not the whole file).
    lines: list[bytes] = []
    at = 0
    while len(lines) < 2000 and (high := _HIGH_BYTE.search(data, at)):
        start = data.rfind(b"\n", 0, high.start()) + 1
        end = data.find(b"\n", high.start())
        end = len(data) if end < 0 else end
        lines.append(data[start:end])
        at = end + 1
    sample = b"\n".join(lines)
    scores = {}
    for code_page in CODE_PAGES:
        try:
            scores[code_page] = _code_page_score(sample.decode(code_page), code_page)
        except UnicodeDecodeError:
            continue
    if not scores:
        return "cp1252", "not UTF-8 and no Windows code page fits: read as Windows-1252"
    best = max(CODE_PAGES, key=lambda cp: scores.get(cp, -10**9))
    return best, f"not UTF-8; its letters read best as {best}"


# -- delimiter, decimal mark, date order ---------------------------------------------------------------
def _non_blank(lines: list[str]) -> list[str]:
    return [line for line in lines if line.strip()]


def detect_delimiter(text: str) -> tuple[str, str]:
    lines = _non_blank(text.splitlines())[:50]
    if not lines:
        return ",", "an empty file: comma"
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        rows = list(csv.reader(io.StringIO("\n".join(lines), newline=""), delimiter=delimiter))
        width = len(rows[0]) if rows else 0
        if width < 2:
            continue
        score = (sum(1 for row in rows if len(row) == width), width)
        if score > best_score:
            best, best_score = delimiter, score
    if best_score == (0, 0):
        return ",", "the header has one column: comma"
    return best, f"the {DELIMITERS[best]} splits the first lines into {best_score[1]} columns"


_DECIMAL = re.compile(r"\d([.,])\d{1,2}\s*\D*$")
_LAST_FIRST = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")


def detect_decimal(amounts: list[str], delimiter: str) -> tuple[str, str]:
    marks = [m.group(1) for m in map(_DECIMAL.search, amounts) if m]
    if marks:
        mark = max(".,", key=marks.count)
        example = next(a for a in amounts if (m := _DECIMAL.search(a)) and m.group(1) == mark).strip()
        return mark, f"{marks.count(mark)} amounts like {example!r}"
    if delimiter == ";":
        return ",", "no amount shows its decimals; a semicolon file (continental spreadsheet): decimal comma"
    return ".", "no amount shows its decimals: decimal point"


def detect_date_order(dates: list[str]) -> tuple[DateOrder, str]:
    day_first = month_first = 0
    separators: set[str] = set()
    example = ""
    for text in dates:
        match = _LAST_FIRST.match(text)
        if not match:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        separators.add(text.strip()[len(match.group(1))])
        if first > 12 >= second:
            day_first += 1
            example = example or text.strip()
        elif second > 12 >= first:
            month_first += 1
            example = example or text.strip()
    if day_first and not month_first:
        return DateOrder.DMY, f"dates like {example!r}: day first"
    if month_first and not day_first:
        return DateOrder.MDY, f"dates like {example!r}: month first"
    if separators == {"/"}:
        return DateOrder.MDY, "dates like 4/1/2025 that fit either order: month first (as US spreadsheets write)"
    return DateOrder.DMY, "no date decides the order: day first (as European spreadsheets write)"


# -- header --------------------------------------------------------------------------------------------
def header_key(name: str) -> str:
    """A column name as it is compared: case, accents, spaces and punctuation do not matter."""
    decomposed = unicodedata.normalize("NFKD", name.replace("\ufeff", "").casefold())
    return "".join(c for c in decomposed if c.isalnum())


@dataclass(frozen=True)
class CsvFile:
    """A file opened with a format: its header (as written) and an iterator of (line, fields)."""

    path: Path
    format: FileFormat

    def open(self) -> io.TextIOWrapper:
        return self.path.open(newline="", encoding=self.format.encoding, errors="strict")

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(first line of the record, fields) for every record after the header, blank ones included."""
        with self.open() as handle:
            reader = csv.reader(handle, delimiter=self.format.delimiter)
            for row in reader:
                if any(field.strip() for field in row):
                    break
            line = reader.line_num
            for row in reader:
                yield line + 1, row
                line = reader.line_num

    def header(self) -> list[str]:
        with self.open() as handle:
            for row in csv.reader(handle, delimiter=self.format.delimiter):
                if any(field.strip() for field in row):
                    return [field.strip() for field in row]
        return []


def _column(rows: list[list[str]], header: list[str], names: Set[str]) -> list[str]:
    keys = [header_key(name) for name in header]
    for index, key in enumerate(keys):
        if key in names:
            return [row[index] for row in rows if len(row) > index]
    return []


def detect(path: Path, *, amount_names: Set[str] = frozenset(), date_names: Set[str] = frozenset(),
           encoding: str | None = None, delimiter: str | None = None, decimal: str | None = None,
           date_order: DateOrder | str | None = None) -> FileFormat:
    """The file's format, each part detected unless given. The name sets say which columns hold amounts
    and dates (as ``header_key`` spells them)."""
    data = path.read_bytes()
    evidence = []
    if encoding:
        try:
            encoding = codecs.lookup(encoding).name
        except LookupError:
            raise FormatError(f"unknown encoding {encoding!r}") from None
        evidence.append(f"encoding {encoding}: as asked")
    else:
        encoding, why = detect_encoding(data)
        evidence.append(f"encoding {encoding}: {why}")
    try:
        text = data[:SAMPLE_BYTES].decode(encoding, errors="ignore")
    except LookupError:
        raise FormatError(f"unknown encoding {encoding!r}") from None
    if len(data) > SAMPLE_BYTES:
        text = text[:text.rfind("\n") + 1] or text
    if delimiter:
        delimiter = {"comma": ",", "semicolon": ";", "tab": "\t", "\\t": "\t"}.get(delimiter, delimiter)
        if delimiter not in DELIMITERS:
            raise FormatError(f"delimiter {delimiter!r} is not comma, semicolon or tab")
        evidence.append(f"delimiter {DELIMITERS[delimiter]}: as asked")
    else:
        delimiter, why = detect_delimiter(text)
        evidence.append(f"delimiter {DELIMITERS[delimiter]}: {why}")
    rows = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
            if any(f.strip() for f in row)]
    header, body = (rows[0], rows[1:]) if rows else ([], [])
    if decimal:
        if decimal not in {".", ","}:
            raise FormatError(f"decimal mark {decimal!r} is not '.' or ','")
        evidence.append(f"decimal mark {decimal!r}: as asked")
    else:
        decimal, why = detect_decimal(_column(body, header, set(amount_names)), delimiter)
        evidence.append(f"decimal mark {decimal!r}: {why}")
    if date_order:
        try:
            date_order = DateOrder(str(date_order).lower())
        except ValueError:
            raise FormatError(f"date order {date_order!r} is not dmy or mdy") from None
        evidence.append(f"dates {date_order.value}: as asked")
    else:
        dates = _column(body, header, set(date_names))
        date_order, why = detect_date_order(dates)
        evidence.append(f"dates {date_order.value}: {why}")
    return FileFormat(encoding, delimiter, decimal, date_order, tuple(evidence))



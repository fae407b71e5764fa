"""Amounts and dates as real systems and spreadsheets write them, read into minor units and UTC moments.

Amounts: ``4.50``, ``4,50``, ``1 234,50``, ``1.234,50``, ``1,234.50``, ``1'234.50``, with a currency sign
or code before or after (``€``, ``$``, ``Ft``, ``руб.``, ``EUR``), in Persian digits and separators too
(``۱۲٫۵۰``), negative as ``-3.20``, ``3.20-`` or ``(3.20)``. Dates: ISO (``2025-04-01``,
``2025-04-01T14:30``, with an offset or not), year first (``2025.04.01.``, ``2025. 04. 01.``,
``2025/04/01``) and year last in the file's order (``01.04.2025``, ``4/1/2025``), each with an optional
time (``14:30``, ``14:30:15``, ``2:30 PM``). Every error is a ValueError in words.

The one range of time everywhere: a sale from 1970-01-01 (UTC) up to ``FUTURE_TOLERANCE`` ahead of the
terminal's clock, the span the hub accepts too; a birthday from 1900-01-01 up to today.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from terminal.import_format import DateOrder

EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
FUTURE_TOLERANCE = timedelta(days=7)  # a clock a day or two ahead is still accepted (as by the hub)
EARLIEST_BIRTHDAY = date(1900, 1, 1)
MAX_AMOUNT = 100_000_000  # minor units: 1,000,000.00, far above any one sale
NOON = time(12)

CURRENCY_SIGNS = "$€£¥₽₴₸₹₺₪₩₫₦₱฿¢﷼"
_SIGN_FREE = rf"(?:[{CURRENCY_SIGNS}]|[^\W\d_]{{2,5}}\.?)?"  # a currency sign or code: "€", "Ft", "руб.", "EUR"
_AMOUNT = re.compile(rf"(?P<pre>{_SIGN_FREE})\s*(?P<sign>[-+\u2212]?)\s*(?P<pre2>{_SIGN_FREE})\s*"
                     rf"(?P<num>\d(?:[\d\s\u00a0\u202f.,']*\d)?)\s*(?P<post>{_SIGN_FREE})\s*(?P<trail>-?)")
_SPACES = str.maketrans("", "", " \u00a0\u202f'")


def parse_amount(text: str, decimal: str = ".") -> int:
    """Minor units, signed. ``decimal`` is the file's mark, used where a lone mark could be either
    (``1,234``: a thousand in a decimal-point file)."""
    value = text.strip().replace("\u066c", " ").replace("\u066b", decimal)  # Persian ٬ (thousands), ٫ (decimal)
    negative = value.startswith("(") and value.endswith(")")
    if negative:
        value = value[1:-1]
    match = _AMOUNT.fullmatch(value)
    if not match or (match["pre"] and match["pre2"]):
        raise ValueError(f"amount {text!r} is not an amount like 4.50 or 4,50")
    negative = negative or match["sign"] in {"-", "\u2212"} or match["trail"] == "-"
    number = match["num"].translate(_SPACES)
    points, commas = number.count("."), number.count(",")
    if points and commas:
        mark = "." if number.rfind(".") > number.rfind(",") else ","
    elif points or commas:
        lone = "." if points else ","
        count = points or commas
        decimals = len(number) - number.rfind(lone) - 1
        mark = lone if count == 1 and (lone == decimal or decimals != 3) else ""
    else:
        mark = ""
    group = {"": ".,", ".": ",", ",": "."}[mark]
    whole, _, fraction = number.partition(mark) if mark else (number, "", "")
    if any(g in fraction for g in ".,") or (mark and whole.count(mark)):
        raise ValueError(f"amount {text!r} is not an amount like 4.50 or 4,50")
    pieces = re.split(f"[{re.escape(group)}]", whole)
    if len(pieces) > 1 and (not 1 <= len(pieces[0]) <= 3 or any(len(p) != 3 for p in pieces[1:])):
        raise ValueError(f"amount {text!r} has its thousands separators in odd places")
    if len(fraction) > 2:
        raise ValueError(f"amount {text!r} has more than two decimals")
    minor = int("".join(pieces)) * 100 + int((fraction or "0").ljust(2, "0"))
    if minor > MAX_AMOUNT:
        raise ValueError(f"amount {text!r} is more than {Decimal(MAX_AMOUNT) / 100:,.2f}")
    return -minor if negative else minor


_YEAR_FIRST = re.compile(r"(\d{4})([-./])\s?(\d{1,2})\2\s?(\d{1,2})\.?")  # also Hungarian "2025. 04. 01."
_YEAR_LAST = re.compile(r"(\d{1,2})([-./])(\d{1,2})\2(\d{4})\.?")
_TIME = re.compile(r"(?:\s*[T ,]\s*|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?\s*([AaPp]\.?[Mm]\.?)?"
                   r"\s*(Z|[+-]\d{2}:?\d{2})?")
_FORMS = "YYYY-MM-DD, YYYY.MM.DD., DD.MM.YYYY or M/D/YYYY, with an optional time HH:MM"


def _date_part(text: str, order: DateOrder) -> tuple[date, str]:
    """The date at the start of ``text`` and what follows it."""
    match = _YEAR_FIRST.match(text)
    if match:
        year, month, day = int(match[1]), int(match[3]), int(match[4])
    else:
        match = _YEAR_LAST.match(text)
        if not match:
            raise ValueError(f"date {text!r} is not a date ({_FORMS})")
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        day, month = (first, second) if order is DateOrder.DMY else (second, first)
    try:
        return date(year, month, day), text[match.end():]
    except ValueError:
        hint = "" if _YEAR_FIRST.match(text) else f" (read as {order.spelled})"
        raise ValueError(f"date {text!r} is not a real date{hint}") from None


def parse_date(text: str, order: DateOrder = DateOrder.DMY) -> date:
    day, rest = _date_part(text.strip(), order)
    if rest.strip():
        raise ValueError(f"date {text!r} is not a date ({_FORMS})")
    return day


def parse_birthday(text: str, order: DateOrder, today: date) -> date:
    day = parse_date(text, order)
    if not EARLIEST_BIRTHDAY <= day <= today:
        raise ValueError(f"birthday {text!r} is not between {EARLIEST_BIRTHDAY.isoformat()} and today")
    return day


def parse_moment(text: str, order: DateOrder, zone: ZoneInfo) -> datetime:
    """A UTC moment: local time in ``zone`` unless the text gives an offset; a bare date is noon."""
    text = text.strip()
    if len(text) >= 10 and text[4] == "-" and text[7] == "-":
        try:  # the ISO fast path: most files write this
            parsed = datetime.fromisoformat(text)
        except ValueError:
            pass
        else:
            if len(text) == 10:
                parsed = datetime.combine(parsed.date(), NOON)
            return (parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)).astimezone(UTC)
    day, rest = _date_part(text, order)
    if not rest.strip():
        return datetime.combine(day, NOON, zone).astimezone(UTC)
    match = _TIME.fullmatch(rest.rstrip())
    if not match:
        raise ValueError(f"date {text!r} is not a date ({_FORMS})")
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    micro = int((match[4] or "0").ljust(6, "0"))
    if match[5]:
        if not 1 <= hour <= 12:
            raise ValueError(f"date {text!r} has an hour that is not 1–12 before AM/PM")
        hour = hour % 12 + (12 if match[5][0] in "Pp" else 0)
    try:
        local = datetime.combine(day, time(hour, minute, second, micro))
    except ValueError:
        raise ValueError(f"date {text!r} has a time that is not a real time") from None
    if match[6]:
        return datetime.fromisoformat(f"{local.isoformat()}{'+00:00' if match[6] == 'Z' else match[6]}").astimezone(UTC)
    return local.replace(tzinfo=zone).astimezone(UTC)


def check_range(moment: datetime, now: datetime, text: str) -> None:
    if moment < EARLIEST:
        raise ValueError(f"date {text!r} is before {EARLIEST.date().isoformat()}, the earliest date the ledger keeps")
    if moment > now + FUTURE_TOLERANCE:
        raise ValueError(f"date {text!r} is more than {FUTURE_TOLERANCE.days} days in the future")

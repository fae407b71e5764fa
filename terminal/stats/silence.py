"""Silence in calendar days of the shop's time zone: the one definition behind the dashboard's at-risk,
lapsed and overdue numbers, their lists, the CSV and PDF exports and the campaigns' audiences.

Days silent as of a period's end = the shop-zone date of the period's last day minus the shop-zone date
of the customer's last visit, a whole number: last seen on 1 April (at any hour, local time) is 90 days
silent on 30 June. The usual gap of a customer's rhythm is counted the same way, between the days of
their first and last visits.

``end`` is always the period's end as ``Period.end()`` gives it: local midnight after the last day, an
aware datetime in the shop's zone, so its ``tzinfo`` is the zone the days are counted in.

SQL compares ``events.ts`` (UTC ISO text) with instants, so "at least N days silent" becomes "last visit
before local midnight starting day last − N + 1" (``silent_since``). Where a count depends on each
customer's own days (overdue by rhythm), ``DaySql`` gives a visit's shop-zone day number as an SQL
expression: its Unix seconds plus the zone's UTC offset at that instant (a small search over the offsets
the zone had between the shop's first visit and the end, DST changes included), divided by 86,400.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache

EPOCH = date(1970, 1, 1)
_DAY = 86_400


def zone_of(end: datetime) -> tzinfo:
    """The zone the days are counted in: the end's own (``Period.end()`` is in the shop's zone)."""
    if end.tzinfo is None:
        raise ValueError("the period's end must carry the shop's time zone")
    return end.tzinfo


def as_of_day(end: datetime) -> date:
    """The shop-zone day the silence is counted on: the day just before ``end`` (the period's last day)."""
    zone_of(end)
    return (end - timedelta(microseconds=1)).date()  # wall-clock arithmetic in the end's own zone


def shop_day(moment: datetime, zone: tzinfo) -> date:
    """The calendar date of an instant in the shop's zone (a visit at 23:30 local time is that day's)."""
    return moment.astimezone(zone).date()


def days_silent(last_visit: datetime, end: datetime) -> int:
    """Whole calendar days from the day of the last visit to the period's last day."""
    return (as_of_day(end) - shop_day(last_visit, zone_of(end))).days


def usual_gap(first_visit: datetime, last_visit: datetime, visits: int, zone: tzinfo) -> float:
    """The customer's rhythm: calendar days between the first and last visits' days per gap."""
    return (shop_day(last_visit, zone) - shop_day(first_visit, zone)).days / (visits - 1)


def silent_since(end: datetime, days: int) -> datetime:
    """The instant before which a last visit means at least ``days`` days silent as of ``end``: local
    midnight starting the day ``days − 1`` before the period's last day (DST-safe: that day's start)."""
    return datetime.combine(as_of_day(end) - timedelta(days=days - 1), time(), zone_of(end))


def day_number(day: date) -> int:
    """Days since 1970-01-01: what ``DaySql`` gives for a visit on that day."""
    return (day - EPOCH).days


def _offset(zone: tzinfo, seconds: int) -> int:
    offset = datetime.fromtimestamp(seconds, zone).utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


@lru_cache(maxsize=64)
def offsets(zone: tzinfo, low_day: int, high_day: int) -> tuple[tuple[int, int], ...]:
    """The zone's UTC offsets from ``low_day`` to ``high_day`` (day numbers, UTC): (from this instant in
    Unix seconds, offset in seconds), the first piece also covering everything before. Found a day at a
    time and each change searched to the second (no zone changes its offset twice in one day)."""
    moment = (low_day - 1) * _DAY
    pieces = [(moment, _offset(zone, moment))]
    while moment < (high_day + 2) * _DAY:
        later = moment + _DAY
        offset = _offset(zone, later)
        if offset != pieces[-1][1]:
            low, high = moment, later  # the old offset at low, the new one at high
            while high - low > 1:
                middle = (low + high) // 2
                low, high = (middle, high) if _offset(zone, middle) == pieces[-1][1] else (low, middle)
            pieces.append((high, offset))
        moment = later
    return tuple(pieces)


class DaySql:
    """A visit's shop-zone day number as an SQL expression over a UTC ISO text column (``events.ts``,
    ``balances.last_visit_ts`` …), exact for instants from ``low`` (the shop's first visit) to ``end``."""

    def __init__(self, end: datetime, low: str | None) -> None:
        first = datetime.fromisoformat(low.replace("Z", "+00:00")) if low else end - timedelta(days=1)
        low_day, high_day = day_number(first.astimezone(UTC).date()), day_number(end.astimezone(UTC).date())
        self.pieces = [(datetime.fromtimestamp(start, UTC), offset)
                       for start, offset in offsets(zone_of(end), min(low_day, high_day), high_day)]

    def offset(self, column: str) -> str:
        """The zone's offset in seconds at the column's instant: a balanced CASE over the pieces."""
        def pick(pieces: list[tuple[datetime, int]]) -> str:
            if len(pieces) == 1:
                return str(pieces[0][1])
            middle = len(pieces) // 2
            start = pieces[middle][0].strftime("%Y-%m-%dT%H:%M:%S.000Z")
            return f"CASE WHEN {column} >= '{start}' THEN {pick(pieces[middle:])} ELSE {pick(pieces[:middle])} END"

        return pick(self.pieces)

    def __call__(self, column: str) -> str:
        return f"((unixepoch({column}) + {self.offset(column)}) / {_DAY})"  # the text's Z read as UTC

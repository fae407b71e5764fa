"""Reporting periods as whole local days in the shop's time zone, and their previous periods.

A period is a range of calendar days, both ends included, in the shop's zone; its instants run from
local midnight of the first day to local midnight after the last day (DST-safe via zoneinfo). The
ledger stores UTC ISO text, so the bounds are turned into the same text to compare with ``ts``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from terminal.clock import iso


class Preset(StrEnum):
    TODAY = "today"
    DAYS_7 = "7d"
    DAYS_30 = "30d"
    DAYS_90 = "90d"
    MONTHS_12 = "12m"


@dataclass(frozen=True)
class Period:
    first: date  # first day, included
    last: date  # last day, included
    zone: str = "UTC"

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"period ends before it starts: {self.first} .. {self.last}")

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.zone)

    def start(self) -> datetime:
        return datetime.combine(self.first, time(), self.tz)

    def end(self) -> datetime:
        """The instant just after the period: local midnight after its last day."""
        return datetime.combine(self.last + timedelta(days=1), time(), self.tz)

    def bounds(self) -> tuple[str, str]:
        """[start, end) as the ledger's UTC ISO text."""
        return iso(self.start()), iso(self.end())

    def previous(self) -> Period:
        """The period of the same number of days just before this one."""
        return Period(self.first - timedelta(days=self.days), self.first - timedelta(days=1), self.zone)

    def weeks(self) -> list[Period]:
        """The period cut at Mondays: the first and last pieces may be shorter than a week."""
        pieces, day = [], self.first
        while day <= self.last:
            sunday = day + timedelta(days=6 - day.weekday())
            pieces.append(Period(day, min(sunday, self.last), self.zone))
            day = sunday + timedelta(days=1)
        return pieces

    def label(self) -> str:
        return self.first.isoformat() if self.days == 1 else f"{self.first.isoformat()} – {self.last.isoformat()}"


def preset_period(preset: Preset | str, today: date, zone: str) -> Period:
    """Today, the last 7 / 30 / 90 days, or the last 12 months, each ending today."""
    preset = Preset(preset)
    if preset is Preset.MONTHS_12:
        try:
            year_ago = today.replace(year=today.year - 1)
        except ValueError:  # 29 February
            year_ago = today.replace(year=today.year - 1, day=28)
        return Period(year_ago + timedelta(days=1), today, zone)
    days = {Preset.TODAY: 1, Preset.DAYS_7: 7, Preset.DAYS_30: 30, Preset.DAYS_90: 90}[preset]
    return Period(today - timedelta(days=days - 1), today, zone)


def local_today(now: datetime, zone: str) -> date:
    return now.astimezone(ZoneInfo(zone)).date()

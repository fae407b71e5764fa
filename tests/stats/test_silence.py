"""Silence in calendar days of the shop's zone (terminal/stats/silence.py), on hand-worked histories.

Every customer of a history has one visit a given number of days before the period's last day, late in
the evening or just after midnight local time, where the UTC date is another one: in Los Angeles 23:30
is the next morning in UTC, in Tehran 00:15 is the evening before. The dashboard's count, its list, the
CSV export and the campaign audience must name the same customers.
"""

from __future__ import annotations

import csv
import random
import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlite_utils

from terminal.campaigns import Audience
from terminal.clock import FixedClock, iso
from terminal.counter import Counter
from terminal.stats import campaigns as campaign_stats
from terminal.stats.customers import ListName, Thresholds
from terminal.stats.dashboard import refresh, stats_summary
from terminal.stats.export import write_customers
from terminal.stats.period import Period
from terminal.stats.segments import export_rows
from terminal.stats.silence import DaySql, as_of_day, day_number, days_silent, shop_day, silent_since

LATE, EARLY = time(23, 30), time(0, 15)


def visit_at(day: date, at: time, zone: str) -> datetime:
    return datetime.combine(day, at, ZoneInfo(zone)).astimezone(UTC)


def test_last_seen_on_1_april_late_in_the_evening_is_90_days_silent_on_30_june() -> None:
    for zone in ("America/Los_Angeles", "Asia/Tehran", "Europe/Budapest", "Pacific/Kiritimati"):
        end = Period(date(2026, 6, 1), date(2026, 6, 30), zone).end()
        assert as_of_day(end) == date(2026, 6, 30)
        for at in (LATE, EARLY, time(12)):
            assert days_silent(visit_at(date(2026, 4, 1), at, zone), end) == 90, (zone, at)
    # The UTC dates differ: 23:30 in Los Angeles is 2 April in UTC, 00:15 in Tehran is 31 March.
    assert visit_at(date(2026, 4, 1), LATE, "America/Los_Angeles").date() == date(2026, 4, 2)
    assert visit_at(date(2026, 4, 1), EARLY, "Asia/Tehran").date() == date(2026, 3, 31)


def test_silent_since_is_the_local_midnight_starting_the_day_also_across_dst() -> None:
    zone = "America/Los_Angeles"  # PST (−8) until 8 March 2026, 02:00; PDT (−7) after
    end = Period(date(2026, 5, 1), date(2026, 5, 6), zone).end()
    # At least 61 days silent on 6 May: last seen on 6 March or before, so before 7 March 00:00 PST.
    assert silent_since(end, 61) == datetime(2026, 3, 7, 8, 0, tzinfo=UTC)
    assert silent_since(end, 60) == datetime(2026, 3, 8, 8, 0, tzinfo=UTC)  # the DST day starts at −8
    assert silent_since(end, 59) == datetime(2026, 3, 9, 7, 0, tzinfo=UTC)  # and the next at −7
    # Tehran kept DST until 2022; on 22 March 2021 local midnight did not exist (00:00 → 01:00).
    tehran = Period(date(2021, 6, 20), date(2021, 6, 20), "Asia/Tehran").end()
    # A time in the gap is never equal to another zone's (PEP 495): compared in UTC.
    assert silent_since(tehran, 91).astimezone(UTC) == datetime(2021, 3, 21, 20, 30, tzinfo=UTC)  # its start


def test_the_sql_day_of_a_visit_is_the_shops_day_at_every_offset_change() -> None:
    conn = sqlite3.connect(":memory:")
    rng = random.Random(5)
    for zone in ("America/Los_Angeles", "Asia/Tehran", "Europe/Budapest", "Asia/Kolkata", "Australia/Lord_Howe",
                 "America/Santiago", "UTC"):
        tz = ZoneInfo(zone)
        end = Period(date(2026, 6, 1), date(2026, 6, 30), zone).end()
        first = datetime(2015, 1, 1, tzinfo=UTC)
        day = DaySql(end, iso(first))
        moments = [start + timedelta(seconds=s) for start, _ in day.pieces[1:] for s in (-1, 0, 1, 3599, 3600)]
        moments += [first + timedelta(seconds=rng.randrange(int((end - first).total_seconds()))) for _ in range(300)]
        for moment in moments:
            found = conn.execute(f"SELECT {day(':ts')}", {"ts": iso(moment)}).fetchone()[0]
            assert found == day_number(shop_day(moment, tz)), (zone, moment)
        if zone in ("America/Los_Angeles", "Europe/Budapest"):
            assert len(day.pieces) > 20  # two changes a year since 2015


# Each customer's one visit, in days before the period's last day, and at what local time.
SILENT = {"d59": (59, LATE), "d60": (60, EARLY), "d61": (61, LATE), "d89": (89, EARLY), "d90": (90, LATE),
          "d91": (91, EARLY)}
# Two visits ten calendar days apart (the first just after midnight, the second just before it: 10.99
# days as instants), the second 21 days before the last day: more than twice the gap, so overdue; the
# same rhythm 20 days before is not yet.
RHYTHM = {"overdue": ((31, EARLY), (21, LATE)), "steady": ((30, EARLY), (20, LATE))}


def build(db: sqlite_utils.Database, zone: str, last_day: date) -> dict[str, str]:
    clock = FixedClock(visit_at(last_day - timedelta(days=200), time(9), zone))
    counter = Counter(db, clock=clock)
    ids = {key: counter.enrol(key, phone=f"+1 555 {n:04d}", consent=n % 2 == 0).customer.id
           for n, key in enumerate([*SILENT, *RHYTHM])}
    visits = [(key, days, at) for key, (days, at) in SILENT.items()]
    visits += [(key, days, at) for key, pair in RHYTHM.items() for days, at in pair]
    for key, days, at in sorted(visits, key=lambda v: visit_at(last_day - timedelta(days=v[1]), v[2], zone)):
        clock.current = visit_at(last_day - timedelta(days=days), at, zone)
        counter.record_sale(ids[key], 500)
    return ids


CASES = [
    ("America/Los_Angeles", date(2026, 6, 30)),  # 1 April: 90 days; all in PDT
    ("Asia/Tehran", date(2026, 6, 30)),  # +3:30, off the hour grid
    ("America/Los_Angeles", date(2026, 5, 6)),  # the 59–61 days around the change to PDT on 8 March
    ("Asia/Tehran", date(2021, 6, 20)),  # 90 days back is 22 March 2021, the day its midnight was skipped
]


@pytest.mark.parametrize(("zone", "last_day"), CASES)
def test_at_risk_and_lapsed_count_calendar_days(db: sqlite_utils.Database, tmp_path: Path, zone: str,
                                                last_day: date) -> None:
    ids = build(db, zone, last_day)
    names = {value: key for key, value in ids.items()}
    period = Period(last_day - timedelta(days=29), last_day, zone)
    thresholds = Thresholds()  # at risk: more than 60 days silent, at most 90; lapsed: more than 90
    board = refresh(db, period, thresholds)
    numbers = stats_summary(db, period, thresholds)
    silent = {row.name: row.days_silent for rows in board.lists.values() for row in rows}
    # The lists' customers (the two with a rhythm spent most: the VIP list).
    assert silent == {"d61": 61, "d89": 89, "d90": 90, "d91": 91, "overdue": 21, "steady": 20}
    at_risk, lapsed = ["d90", "d89", "d61"], ["d91"]  # longest silent first
    assert [row.name for row in board.lists[ListName.AT_RISK]] == at_risk
    assert [row.name for row in board.lists[ListName.LAPSED]] == lapsed
    assert [row.name for row in board.lists[ListName.OVERDUE]] == ["overdue"]
    assert (numbers["at_risk"], numbers["lapsed"], numbers["overdue"]) == (3, 1, 1)
    assert (numbers["segments"]["at_risk"], numbers["segments"]["lapsed"]) == (3, 1)
    overdue = board.lists[ListName.OVERDUE][0]
    assert overdue.usual_gap_days == 10.0  # calendar days, not the 10.99 days between the instants
    for which, expected in ((ListName.AT_RISK, at_risk), (ListName.LAPSED, lapsed)):
        path = tmp_path / f"{which}.csv"
        write_customers(path, export_rows(db, which, period, thresholds))
        with path.open(encoding="utf-8-sig") as sheet:
            exported = list(csv.DictReader(sheet))
        assert [names[row["customer_id"]] for row in exported] == expected
        assert [int(row["days_silent"]) for row in exported] == [int(name[1:]) for name in expected]
        today = datetime.combine(last_day, time(12), ZoneInfo(zone))
        audience = campaign_stats.audience_members(db, Audience(str(which)), today, zone, thresholds)
        assert sorted(names[c] for c in audience) == sorted(expected)


@pytest.mark.parametrize(("zone", "last_day"), CASES[:2])
def test_a_day_later_the_90_days_are_91_and_lapsed(db: sqlite_utils.Database, zone: str, last_day: date) -> None:
    build(db, zone, last_day)
    period = Period(last_day - timedelta(days=29) + timedelta(days=1), last_day + timedelta(days=1), zone)
    board = refresh(db, period, Thresholds())
    assert [row.name for row in board.lists[ListName.AT_RISK]] == ["d89", "d61", "d60"]
    assert [row.name for row in board.lists[ListName.LAPSED]] == ["d91", "d90"]
    assert [row.days_silent for row in board.lists[ListName.LAPSED]] == [92, 91]
    # The steady rhythm is now 21 days silent after a 10-day gap: overdue as well.
    assert [row.name for row in board.lists[ListName.OVERDUE]] == ["overdue", "steady"]


@pytest.mark.parametrize(("zone", "last_day"), CASES[:2])
def test_no_visit_for_n_days_uses_the_same_days(db: sqlite_utils.Database, zone: str, last_day: date) -> None:
    ids = build(db, zone, last_day)
    names = {value: key for key, value in ids.items()}
    today = datetime.combine(last_day, time(8), ZoneInfo(zone))

    def silent_for(days: int) -> list[str]:
        found = campaign_stats.audience_members(db, Audience.SILENT_DAYS, today, zone, Thresholds(), days=days)
        return sorted(names[c] for c in found)

    assert silent_for(90) == ["d90", "d91"]  # no visit for 90 days: 90 or more
    assert silent_for(60) == ["d60", "d61", "d89", "d90", "d91"]
    assert silent_for(21) == ["d59", "d60", "d61", "d89", "d90", "d91", "overdue"]


def test_thresholds_are_whole_calendar_days(db: sqlite_utils.Database) -> None:
    build(db, "Asia/Tehran", date(2026, 6, 30))
    period = Period(date(2026, 6, 1), date(2026, 6, 30), "Asia/Tehran")
    numbers = stats_summary(db, period, Thresholds(at_risk_days=59, lapsed_days=89))
    # More than 59: d60, d61, d89; more than 89: d90, d91.
    assert (numbers["at_risk"], numbers["lapsed"]) == (3, 2)
    numbers = stats_summary(db, period, Thresholds(at_risk_days=58, lapsed_days=60))
    assert (numbers["at_risk"], numbers["lapsed"]) == (2, 4)  # d59, d60; d61 … d91

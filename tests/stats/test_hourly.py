"""The hourly projections give exactly the numbers the events give, for any period in the shop's zone.

The stats read ``customer_hours``, ``shop_hours`` and ``first_ratings`` (terminal/hourly.py), and a
bound that is not a whole UTC hour (India's +5:30, Nepal's +5:45, Iran's +3:30) as the whole hours up
to its hour with that hour's events before it. Here they run over one random history (sales, refunds,
ratings rated twice, redemptions, adjustments, expiries, erasures, at odd minutes, across a DST change)
against the events alone (the reference, ``sales.EVENTS_ONLY``), and must agree on every number and list;
sales and refunds in the split hours at every bound of the off-grid periods, and exactly at them.
"""

from __future__ import annotations

import random
from collections import Counter as Tally
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlite_utils

from terminal import hourly, marks
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect
from terminal.stats import customers, ratings, sales, segments
from terminal.stats.customers import Thresholds
from terminal.stats.dashboard import stats_summary
from terminal.stats.period import Period, Preset, preset_period
from tests.history import random_history, synced_sales
from tests.stats.forced_start import force_start

TODAY = date(2026, 7, 20)
DENSE_GAPS = (1, 7, 31, 95, 60 * 5, 60 * 24)  # minutes to a day apart: ten months hold it all


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> sqlite_utils.Database:
    clock = FixedClock(datetime(2025, 10, 1, 8, 7, tzinfo=UTC))
    db = connect(tmp_path_factory.mktemp("hourly") / "t.db")
    counter = Counter(db, clock=clock)
    with db.atomic():
        random_history(counter, clock, random.Random(11), 1500, DENSE_GAPS)
    synced_sales(db, random.Random(5), 60)  # times in other forms, beside this terminal's in their hours
    _sales_at_split_bounds(counter, clock, db)
    assert db.execute("SELECT COUNT(*) FROM first_ratings").fetchone()[0] > 20
    assert marks.extend(db) > 5
    yield db
    db.close()


def _split_bounds() -> list[datetime]:
    """Every bound the off-grid periods' numbers read: the starts of the period, its previous and the one
    before, its end, and the start of the 12 months before the end (the segments' spend)."""
    bounds = set()
    for period in PERIODS:
        if hourly.hour_of(period.end()) is None:
            previous = period.previous()
            bounds |= {previous.previous().start(), previous.start(), period.start(), period.end(),
                       period.end() - timedelta(days=365)}
    return sorted(bounds)


def _sales_at_split_bounds(counter: Counter, clock: FixedClock, db: sqlite_utils.Database) -> None:
    """At each split bound: a sale exactly at it (it belongs to the period after), sales a few minutes
    either side within its hour, one refunded across the bound, and an anonymous one."""
    rng = random.Random(7)
    people = [row[0] for row in db.execute("SELECT id FROM customers WHERE NOT erased ORDER BY id")]
    now = clock.current
    with db.atomic():
        # From four months before the history's first event: the 12-month periods' year starts too.
        since = datetime(2025, 6, 1, tzinfo=UTC)
        for bound in (moment.astimezone(UTC) for moment in _split_bounds() if moment > since):
            for minutes in (0, -1, -7, 6):
                clock.current = bound + timedelta(minutes=minutes)
                sale = counter.record_sale(rng.choice(people), rng.randint(1, 5000)).sale.id
                if minutes == -7:
                    clock.current = bound + timedelta(minutes=3)
                    counter.undo(sale)
            clock.current = bound - timedelta(minutes=2)
            counter.record_sale(None, rng.randint(1, 5000))
    clock.current = now


def _year_spend(db: sqlite_utils.Database, period: Period, thresholds: Thresholds) -> list[tuple]:
    """Every live customer's segment by silence and 12-month spend as ``segments.segment_members`` computes
    them (the spend decides the VIPs, and a few cents more rarely moves the cut)."""
    segments.segment_members(db, period, thresholds, limit=0)
    return db.execute("SELECT customer_id, segment, spend FROM temp.stats_live ORDER BY customer_id").fetchall()


def _everything(db: sqlite_utils.Database, period: Period) -> tuple:
    thresholds = Thresholds(at_risk_days=20, lapsed_days=45, vip_share=0.2)
    numbers = stats_summary(db, period, thresholds)
    return (numbers, customers.all_lists(db, period.end(), thresholds, None),
            segments.segment_members(db, period, thresholds), _year_spend(db, period, thresholds),
            sales.weekly_sales(db, period))


def _events_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sales, "EVENTS_ONLY", True)
    monkeypatch.setattr(customers, "hourly_later", lambda db, end: None)
    monkeypatch.setattr(segments, "hourly_later", lambda db, end: None)


PERIODS = [preset_period(p, TODAY, "Europe/Budapest") for p in Preset] + [
    Period(date(2026, 3, 20), date(2026, 4, 5), "Europe/Budapest"),  # the spring DST change inside
    Period(date(2025, 10, 20), date(2025, 11, 2), "Europe/Budapest"),  # the autumn one
    Period(date(2026, 1, 1), date(2026, 6, 30), "UTC"),
    Period(date(2026, 2, 1), date(2026, 5, 31), "Asia/Kolkata"),  # +5:30: bounds off the hour grid
    preset_period(Preset.DAYS_30, TODAY, "Asia/Kolkata"),
    preset_period(Preset.MONTHS_12, TODAY, "Asia/Kathmandu"),  # +5:45
    Period(date(2026, 3, 2), date(2026, 4, 12), "Asia/Kathmandu"),
    preset_period(Preset.DAYS_90, TODAY, "Asia/Tehran"),  # +3:30
    # +11 until 5 April 2026, then +10:30: bounds on the grid and off it in one range
    Period(date(2026, 3, 20), date(2026, 4, 12), "Australia/Lord_Howe"),
]


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.zone}:{p.first}..{p.last}")
def test_the_hourly_numbers_equal_the_events_numbers(history: sqlite_utils.Database, period: Period,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    hourly = _everything(history, period)
    assert hourly[0]["sales"] != 0 or period.days <= 7
    with monkeypatch.context() as patch:
        _events_only(patch)
        from_events = _everything(history, period)
    assert hourly == from_events


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.zone}:{p.first}..{p.last}")
def test_the_hour_index_and_the_walk_of_the_table_read_the_same(history: sqlite_utils.Database, period: Period,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Every read of ``customer_hours`` by a range of hours, through the hour index (below the share) and by
    walking the table in customer order (above it), from the balances and from either mark."""
    thresholds = Thresholds(at_risk_days=20, lapsed_days=45, vip_share=0.2)
    answers = []
    for share in (0.0, 1.1):  # always walk, always the index
        for start in customers.Start:
            with monkeypatch.context() as patch:
                patch.setattr(hourly, "INDEX_SHARE", share)
                patch.setattr(sales, "INDEX_SHARE", share)
                force_start(patch, start)
                answers.append((start, stats_summary(history, period, thresholds),
                                customers.all_lists(history, period.end(), thresholds, None)))
    assert answers[:len(customers.Start)] == answers[len(customers.Start):]


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.zone}:{p.first}..{p.last}")
@pytest.mark.parametrize("start", list(customers.Start))
def test_the_numbers_from_any_start_equal_the_events_numbers(history: sqlite_utils.Database, period: Period,
                                                            start: customers.Start,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Every end's state from the balances, from the latest mark before it or from the first mark after
    it (where there is one): each equals the events' answer."""
    thresholds = Thresholds(at_risk_days=20, lapsed_days=45, vip_share=0.2)
    with monkeypatch.context() as patch:
        chosen = force_start(patch, start)
        numbers = stats_summary(history, period, thresholds), _year_spend(history, period, thresholds)
    with monkeypatch.context() as patch:
        _events_only(patch)
        from_events = stats_summary(history, period, thresholds), _year_spend(history, period, thresholds)
    assert numbers == from_events
    if start is not customers.Start.BALANCES and period.first > date(2025, 11, 1):
        assert any(mark is not None for mark in chosen)


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.zone}:{p.first}..{p.last}")
def test_the_counted_ratings_are_the_earliest_per_visit(history: sqlite_utils.Database, period: Period) -> None:
    start, end = period.bounds()
    expected = Tally()
    for score, scale in history.execute(f"SELECT score, scale FROM ({ratings.COUNTED_FROM_EVENTS})",
                                        {"start": start, "end": end}):
        expected[(scale, score)] += 1
    numbers = ratings.rating_numbers(history, period)
    got = Tally({("nps", s): n for s, n in numbers.nps_scores.items()})
    got.update({("csat", s): n for s, n in numbers.csat_scores.items()})
    valid = {k: n for k, n in expected.items() if (k[0] == "nps" and 0 <= k[1] <= 10) or
             (k[0] == "csat" and 1 <= k[1] <= 5)}
    assert dict(got) == valid

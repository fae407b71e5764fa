"""The hourly projections give exactly the numbers the events give, for any period in the shop's zone.

The stats read ``customer_hours``, ``shop_hours`` and ``first_ratings`` (terminal/hourly.py) when a
period's bounds are whole UTC hours; the same functions fall back to the events otherwise. Here both
ways run over one random history (sales, refunds, ratings rated twice, redemptions, adjustments,
expiries, erasures, at odd minutes, across a DST change) and must agree on every number and list.
"""

from __future__ import annotations

import random
from collections import Counter as Tally
from datetime import UTC, date, datetime

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
    assert db.execute("SELECT COUNT(*) FROM first_ratings").fetchone()[0] > 20
    assert marks.extend(db) > 5
    yield db
    db.close()


def _everything(db: sqlite_utils.Database, period: Period) -> tuple:
    thresholds = Thresholds(at_risk_days=20, lapsed_days=45, vip_share=0.2)
    numbers = stats_summary(db, period, thresholds)
    return (numbers, customers.all_lists(db, period.end(), thresholds, None),
            segments.segment_members(db, period, thresholds), sales.weekly_sales(db, period))


def _events_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sales, "hour_of", lambda moment: None)
    monkeypatch.setattr(customers, "hourly_later", lambda db, end: None)
    monkeypatch.setattr(segments, "hourly_later", lambda db, end: None)
    monkeypatch.setattr(segments, "hour_of", lambda moment: None)


PERIODS = [preset_period(p, TODAY, "Europe/Budapest") for p in Preset] + [
    Period(date(2026, 3, 20), date(2026, 4, 5), "Europe/Budapest"),  # the spring DST change inside
    Period(date(2025, 10, 20), date(2025, 11, 2), "Europe/Budapest"),  # the autumn one
    Period(date(2026, 1, 1), date(2026, 6, 30), "UTC"),
    Period(date(2026, 2, 1), date(2026, 5, 31), "Asia/Kolkata"),  # +5:30: not on the hour grid, events only
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
        numbers = stats_summary(history, period, thresholds)
    with monkeypatch.context() as patch:
        _events_only(patch)
        from_events = stats_summary(history, period, thresholds)
    assert numbers == from_events
    if start is not customers.Start.BALANCES and period.zone != "Asia/Kolkata" and period.first > date(2025, 11, 1):
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

"""Marks (terminal/marks.py) hold every customer's state at each four-weekly instant, exactly as the events
before that instant add up, however and in whatever order the events arrived."""

from __future__ import annotations

import csv
import random
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from terminal import marks
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect
from terminal.importer import import_customers, import_sales
from terminal.ledger import Event, append, rebuild
from terminal.stats import customers, segments
from terminal.stats.customers import Thresholds
from terminal.stats.period import Preset, preset_period
from tests.history import random_history
from tests.stats.forced_start import force_start


def marks_from_events(db: sqlite_utils.Database) -> list[tuple]:
    """What each existing mark must hold, summed straight from the events before its instant."""
    rows: list[tuple] = []
    for (hour,) in db.execute("SELECT hour FROM marks ORDER BY hour").fetchall():
        rows += [tuple(r) for r in db.execute(
            """SELECT ?, customer_id, SUM(CASE kind WHEN 'sale' THEN 1 WHEN 'refund' THEN -1 ELSE 0 END),
                      SUM(CASE WHEN kind IN ('sale', 'refund') THEN amount ELSE 0 END), SUM(points), SUM(stamps),
                      MAX(CASE WHEN kind = 'sale' THEN ts END)
               FROM events WHERE ts < ? AND customer_id IS NOT NULL
                 AND (kind IN ('sale', 'refund') OR points != 0 OR stamps != 0)
               GROUP BY customer_id ORDER BY customer_id""", [hour, marks.mark_ts(hour)])]
    return rows


def every_due_mark(db: sqlite_utils.Database) -> list[int]:
    first, last = db.execute("SELECT MIN(hour), MAX(hour) FROM customer_hours").fetchone()
    return marks.wanted(first, last)


def test_marks_come_every_four_weeks_over_the_last_56_weeks_and_every_twelve_before() -> None:
    four_weeks, twelve_weeks = 28 * 24, 12 * 7 * 24
    last = 1000 * twelve_weeks + 5
    kept = marks.wanted(last - 3 * 365 * 24, last)
    recent = [hour for hour in kept if hour > last - 56 * 7 * 24]
    older = [hour for hour in kept if hour <= last - 56 * 7 * 24]
    assert len(recent) == 14 and all(b - a == four_weeks for a, b in pairwise(recent))
    assert older and all(hour % twelve_weeks == 0 for hour in older)
    assert all(b - a == twelve_weeks for a, b in pairwise(older))
    assert kept == sorted(kept) and kept[-1] <= last


def test_time_passing_thins_the_older_marks(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2024, 1, 3, 9, 0, tzinfo=UTC))
    db = connect(tmp_path / "t.db")
    counter = Counter(db, clock=clock)
    anna = counter.enrol("Anna").customer.id
    for _ in range(30):  # a sale every four weeks for 120 weeks, then one a year later
        counter.record_sale(anna, 100)
        clock.advance(days=14 * 2)
    marks.extend(db)
    before = [row[0] for row in db.execute("SELECT hour FROM marks ORDER BY hour")]
    clock.advance(days=365)
    counter.record_sale(anna, 100)
    marks.extend(db)
    after = [row[0] for row in db.execute("SELECT hour FROM marks ORDER BY hour")]
    assert after == every_due_mark(db)
    assert set(before) - set(after), "some older marks were dropped"
    assert marks.snapshot(db)[1] == marks_from_events(db)


def test_a_history_gets_its_marks_and_each_holds_the_sums_of_the_events_before_it(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2025, 3, 30, 0, 30, tzinfo=UTC))  # a DST change and odd minutes early on
    db = connect(tmp_path / "t.db")
    counter = Counter(db, clock=clock)
    with db.atomic():
        random_history(counter, clock, random.Random(5), 1500)
    assert len(marks.missing(db)) > 5
    assert marks.extend(db, limit=2) == 2
    assert marks.extend(db) == len(every_due_mark(db)) - 2
    assert marks.missing(db) == [] and marks.extend(db) == 0
    assert [row[0] for row in db.execute("SELECT hour FROM marks ORDER BY hour")] == every_due_mark(db)
    expected = marks_from_events(db)
    assert len(expected) > 100 and any(row[6] is None for row in expected), "customers without a sale yet too"
    assert marks.snapshot(db)[1] == expected
    before = marks.snapshot(db)
    rebuild(db)
    assert marks.snapshot(db) == before


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32), operations=st.integers(20, 150), order_seed=st.integers(0, 2**32))
def test_events_arriving_late_and_out_of_order_update_the_marks_after_them(tmp_path_factory, seed: int,
                                                                          operations: int, order_seed: int) -> None:
    folder = tmp_path_factory.mktemp("marks")
    clock = FixedClock(datetime(2026, 1, 1, tzinfo=UTC))
    source = connect(folder / "a.db")
    counter = Counter(source, clock=clock)
    with source.atomic():
        random_history(counter, clock, random.Random(seed), operations)
    events = [Event.from_row(r) for r in source.query("SELECT * FROM events ORDER BY seq")]
    random.Random(order_seed).shuffle(events)
    target = connect(folder / "b.db")
    half = len(events) // 2
    with target.atomic():
        for event in events[:half]:
            append(target, event)
    marks.extend(target)  # marks from half the events; the other half then arrives, much of it earlier
    with target.atomic():
        for event in events[half:] + events[: half // 2]:  # and some twice
            append(target, event)
    assert marks.snapshot(target)[1] == marks_from_events(target)
    marks.extend(target)
    assert [row[0] for row in target.execute("SELECT hour FROM marks ORDER BY hour")] == every_due_mark(target)
    assert marks.snapshot(target)[1] == marks_from_events(target)
    source.close()
    target.close()


def test_an_import_of_past_sales_builds_the_marks_again(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2026, 5, 4, 9, 0, tzinfo=UTC))
    db = connect(tmp_path / "t.db")
    counter = Counter(db, clock=clock)
    with db.atomic():
        random_history(counter, clock, random.Random(8), 600)
    marks.extend(db)
    built = db.execute("SELECT COUNT(*) FROM marks").fetchone()[0]
    assert built > 3
    people = tmp_path / "customers.csv"
    people.write_text("customer,name\nK1,Anna\nK2,Béla\n", encoding="utf-8")
    import_customers(db, people, counter)
    sales = tmp_path / "sales.csv"
    with sales.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["customer", "date", "amount"])
        for month in range(1, 13):
            writer.writerow(["K1" if month % 2 else "K2", f"2025-{month:02d}-15 10:30", f"{month}.50"])
    phases = []
    report = import_sales(db, sales, counter, earn_points=True, progress=lambda *p: phases.append(p))
    assert report.imported == 12
    summaries = [p for p in phases if p[0] == "summaries"]
    assert summaries and summaries[-1][1] == summaries[-1][2] > 0
    assert [row[0] for row in db.execute("SELECT hour FROM marks ORDER BY hour")] == every_due_mark(db)
    assert db.execute("SELECT COUNT(*) FROM marks").fetchone()[0] > built
    assert marks.snapshot(db)[1] == marks_from_events(db)


@pytest.mark.parametrize("start", list(customers.Start))
def test_the_segments_twelve_month_spend_from_any_start_equals_the_events(tmp_path: Path, start: customers.Start,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """VIP needs each customer's spend over the year before the end: from a mark before the year's
    start, a mark after it, or a walk of the year's hours; each equals the events' answer."""
    clock = FixedClock(datetime(2024, 2, 1, 10, 0, tzinfo=UTC))
    db = connect(tmp_path / "t.db")
    counter = Counter(db, clock=clock)
    with db.atomic():
        random_history(counter, clock, random.Random(3), 1200, (5, 60, 60 * 24, 60 * 24 * 3))
    marks.extend(db)
    used: list[int | None] = []
    thresholds = Thresholds(at_risk_days=20, lapsed_days=45, vip_share=0.2)
    last_day = clock.current.date()
    for days_back in (0, 40, 200):
        period = preset_period(Preset.DAYS_30, last_day - timedelta(days=days_back), "Europe/Budapest")
        with monkeypatch.context() as patch:
            chosen = force_start(patch, start)
            got = segments.segment_members(db, period, thresholds)
        used += chosen
        with monkeypatch.context() as patch:
            patch.setattr(segments, "hour_of", lambda moment: None)
            patch.setattr(segments, "hourly_later", lambda db, end: None)
            expected = segments.segment_members(db, period, thresholds)
        assert got == expected
        assert expected[0]["vip"] > 0
    if start is not customers.Start.BALANCES:
        assert any(mark is not None for mark in used)

"""Marks (terminal/marks.py) hold every customer's state at each four-weekly instant, exactly as the events
before that instant add up, however and in whatever order the events arrived; stored as stretches of marks
over which a customer's state stood still, each as long as it can be (``spans_from_events``)."""

from __future__ import annotations

import csv
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from terminal import marks
from terminal.clock import FixedClock, iso
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


def spans_from_events(db: sqlite_utils.Database) -> list[tuple]:
    """The rows ``customer_marks`` must hold: per customer, one (since, until, state) for each run of marks
    with the same state in ``marks_from_events``, ``until`` the mark where the next run begins (``OPEN``
    for the last); sorted by customer and ``since``."""
    runs: dict[str, list[list]] = {}
    for hour, customer_id, *state in marks_from_events(db):  # by mark: each customer's runs in time order
        mine = runs.setdefault(customer_id, [])
        if not mine or mine[-1][1] != state:
            mine.append([hour, state])
    return [(customer_id, since, following[0] if following else marks.OPEN, *state)
            for customer_id in sorted(runs)
            for (since, state), following in zip(runs[customer_id], [*runs[customer_id][1:], None], strict=True)]


def assert_exact(db: sqlite_utils.Database) -> None:
    """Every mark holds the events' sums before it, and the stored rows are the shortest list that says so."""
    _, states, stored = marks.snapshot(db)
    assert states == marks_from_events(db)
    assert stored == spans_from_events(db)


def stretches(db: sqlite_utils.Database, customer_id: str) -> list[tuple[int, int]]:
    return [(row[1], row[2]) for row in marks.snapshot(db)[2] if row[0] == customer_id]


def hour_at(hour: int) -> datetime:
    return datetime.fromtimestamp(hour * 3600, UTC)


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
    assert_exact(db)


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
    assert_exact(db)
    stored = marks.snapshot(db)[2]
    assert len({row[0] for row in stored}) < len(stored) < len(expected), "some customers changed, not all"
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
    assert_exact(target)
    marks.extend(target)
    assert [row[0] for row in target.execute("SELECT hour FROM marks ORDER BY hour")] == every_due_mark(target)
    assert_exact(target)
    incremental = marks.snapshot(target)
    rebuild(target)
    assert marks.snapshot(target) == incremental
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
    assert_exact(db)


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


def test_a_customer_unchanged_across_marks_is_one_row_and_one_who_changes_is_a_row_a_mark(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2024, 1, 3, 9, 0, tzinfo=UTC))
    db = connect(tmp_path / "t.db")
    counter = Counter(db, clock=clock)
    anna = counter.enrol("Anna").customer.id
    bela = counter.enrol("Béla").customer.id
    counter.record_sale(anna, 700)
    for _ in range(20):  # Béla buys every week for twenty weeks, Anna never again
        clock.advance(days=7)
        counter.record_sale(bela, 100)
    marks.extend(db)
    built = [row[0] for row in db.execute("SELECT hour FROM marks ORDER BY hour")]
    assert len(built) >= 4
    assert stretches(db, anna) == [(built[0], marks.OPEN)]
    assert stretches(db, bela) == list(zip(built, [*built[1:], marks.OPEN], strict=True))
    assert_exact(db)


def test_a_late_event_splits_shifts_and_joins_a_customers_stretches(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2024, 1, 3, 9, 0, tzinfo=UTC))
    db = connect(tmp_path / "t.db")
    counter = Counter(db, clock=clock)
    carl = counter.enrol("Carl").customer.id
    eve = counter.enrol("Eve").customer.id
    dora = counter.enrol("Dora").customer.id
    counter.record_sale(carl, 500)
    counter.record_sale(eve, 900)
    for _ in range(16):
        clock.advance(days=7)
        counter.record_sale(dora, 100)
    marks.extend(db)
    m1, m2, m3 = [row[0] for row in db.execute("SELECT hour FROM marks ORDER BY hour")][:3]
    assert stretches(db, carl) == stretches(db, eve) == [(m1, marks.OPEN)]
    now = clock.current

    def late(hour: int, action: Callable[[], object]) -> None:
        """What a terminal that had not synced did at ``hour`` (between two marks), arriving now."""
        clock.current = hour_at(hour) + timedelta(minutes=5)
        action()
        clock.current = now

    late(m1 + 3, lambda: counter.record_sale(carl, 300))  # after m1: every later mark moves, m1 does not
    assert db.execute("SELECT MIN(ts) FROM events WHERE customer_id = ? AND kind = 'sale' AND amount = 300",
                      [carl]).fetchone()[0] < marks.mark_ts(m2), "the sale is stamped before the second mark"
    assert stretches(db, carl) == [(m1, m2), (m2, marks.OPEN)]
    assert_exact(db)
    late(m2 + 3, lambda: counter.adjust_points(carl, 5, "late"))
    assert stretches(db, carl) == [(m1, m2), (m2, m3), (m3, marks.OPEN)]
    late(m1 - 3, lambda: counter.adjust_points(carl, 7, "before every mark"))  # shifts them all, splits none
    assert stretches(db, carl) == [(m1, m2), (m2, m3), (m3, marks.OPEN)]
    assert_exact(db)
    late(m1 + 3, lambda: counter.adjust_points(eve, 5, "late"))
    assert stretches(db, eve) == [(m1, m2), (m2, marks.OPEN)]
    late(m1 + 4, lambda: counter.adjust_points(eve, -5, "late, taken back"))  # back as at m1: one stretch again
    assert stretches(db, eve) == [(m1, marks.OPEN)]
    assert_exact(db)
    incremental = marks.snapshot(db)
    rebuild(db)
    assert marks.snapshot(db) == incremental


def test_forgetting_a_thinned_mark_joins_the_stretches_either_side(tmp_path: Path) -> None:
    kept = 2016 * (int(datetime(2024, 1, 10, tzinfo=UTC).timestamp()) // 3600 // 2016 + 1)  # every 12 weeks
    thinned, next_thinned = kept + marks.MARK_HOURS, kept + 2 * marks.MARK_HOURS
    clock = FixedClock(hour_at(kept - 300))
    db = connect(tmp_path / "t.db")
    counter = Counter(db, clock=clock)
    eve = counter.enrol("Eve").customer.id
    dora = counter.enrol("Dora").customer.id
    gus = counter.enrol("Gus").customer.id
    counter.record_sale(eve, 900)
    counter.record_sale(gus, 400)
    for _ in range(9):
        clock.advance(days=14)
        counter.record_sale(dora, 100)
        if kept < marks.hour_of_ts(iso(clock.current)) < thinned:
            counter.adjust_points(eve, 5, "for a while")
            counter.record_sale(gus, 400)  # and never again: Gus's state changes at the thinned mark only
        elif thinned < marks.hour_of_ts(iso(clock.current)) < next_thinned:
            counter.adjust_points(eve, -5, "taken back")
    marks.extend(db)
    assert stretches(db, eve)[:3] == [(kept, thinned), (thinned, next_thinned), (next_thinned, marks.OPEN)]
    assert stretches(db, gus) == [(kept, thinned), (thinned, marks.OPEN)]
    assert_exact(db)
    for _ in range(40):  # sixty weeks on: the marks between every twelfth week are forgotten
        clock.advance(days=14)
        counter.record_sale(dora, 100)
    marks.extend(db)
    built = [row[0] for row in db.execute("SELECT hour FROM marks ORDER BY hour")]
    assert kept in built and thinned not in built and next_thinned not in built
    assert built == every_due_mark(db)
    assert stretches(db, eve) == [(kept, marks.OPEN)]
    assert stretches(db, gus) == [(kept, kept + marks.SPARSE_HOURS), (kept + marks.SPARSE_HOURS, marks.OPEN)]
    assert_exact(db)
    incremental = marks.snapshot(db)
    rebuild(db)
    assert marks.snapshot(db) == incremental


def test_dropping_the_marks_after_an_hour_leaves_the_stretches_holding_then_current(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2025, 3, 30, 0, 30, tzinfo=UTC))
    db = connect(tmp_path / "t.db")
    counter = Counter(db, clock=clock)
    with db.atomic():
        random_history(counter, clock, random.Random(21), 900)
    marks.extend(db)
    built = [row[0] for row in db.execute("SELECT hour FROM marks ORDER BY hour")]
    assert len(built) > 4
    complete = marks.snapshot(db)
    marks.drop_after(db, built[2] + 5)
    assert [row[0] for row in db.execute("SELECT hour FROM marks ORDER BY hour")] == built[:3]
    assert any(row[2] == marks.OPEN and row[1] < built[2] for row in marks.snapshot(db)[2])
    assert_exact(db)
    marks.extend(db)
    assert marks.snapshot(db) == complete


def test_a_mark_wanted_before_the_first_builds_the_marks_again_from_it(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2024, 6, 3, 9, 0, tzinfo=UTC))
    db = connect(tmp_path / "t.db")
    counter = Counter(db, clock=clock)
    with db.atomic():
        random_history(counter, clock, random.Random(4), 500)
    marks.extend(db)
    first = db.execute("SELECT MIN(hour) FROM marks").fetchone()[0]
    now = clock.current
    clock.current = hour_at(first) - timedelta(weeks=13)  # a terminal's old history, synced now
    fay = counter.enrol("Fay").customer.id
    counter.record_sale(fay, 1200)
    clock.current = now
    assert_exact(db)  # the late events are in every mark
    assert marks.missing(db)[0] < first
    marks.extend(db, limit=1)
    assert db.execute("SELECT MIN(hour), MAX(hour) FROM marks").fetchone()[0] < first
    assert_exact(db)
    marks.extend(db)
    assert [row[0] for row in db.execute("SELECT hour FROM marks ORDER BY hour")] == every_due_mark(db)
    assert_exact(db)

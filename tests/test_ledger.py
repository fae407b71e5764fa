from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from terminal import hourly, ledger
from terminal.clock import FixedClock, format_hlc, iso
from terminal.counter import Counter
from terminal.db import connect
from terminal.ids import derived_prefix, uuid7
from terminal.ledger import Event, Kind, append, balance_snapshot, rebuild
from tests.history import random_history


def _sale(customer: str, event_id: str, amount: int = 450, stamps: int = 1, points: int = 4) -> Event:
    return Event(id=event_id, terminal_id="t1", ts="2026-03-10T09:30:00.000Z", hlc="x", kind=Kind.SALE,
                 customer_id=customer, stamps=stamps, points=points, amount=amount, body={"receipt_no": event_id})


def test_applying_an_event_twice_changes_nothing(db: sqlite_utils.Database) -> None:
    event = _sale("c1", "e1")
    with db.atomic():
        assert append(db, event) is True
    before = balance_snapshot(db)
    with db.atomic():
        assert append(db, event) is False
    assert balance_snapshot(db) == before
    assert db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 1
    assert before == [("c1", 1, 4, 450, 1, 0, event.ts, event.ts)]


def test_an_event_and_its_balance_commit_together_or_not_at_all(db: sqlite_utils.Database) -> None:
    try:
        with db.atomic():
            append(db, _sale("c1", "e1"))
            raise RuntimeError("power cut between the event and the rest")
    except RuntimeError:
        pass
    assert db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0
    assert balance_snapshot(db) == []


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(ms=st.integers(min_value=0, max_value=253_402_300_799_999), counter=st.integers(0, 99_999),
       link=st.binary(min_size=32, max_size=32), note=st.text(max_size=20))
def test_an_event_reads_back_as_it_was_given_whatever_its_time(db: sqlite_utils.Database, ms: int, counter: int,
                                                               link: bytes, note: str) -> None:
    """The compact storage (the HLC as numbers, the link as bytes) gives back the same text for any time from
    1970 to 9999 and any counter: the SQL that makes the text agrees with the clock's."""
    ts = iso(datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=ms))
    event = Event(id=uuid7(), terminal_id="t1", ts=ts, hlc=format_hlc(ms, counter, "t1"),
                  kind=Kind.POINTS_ADJUSTED, customer_id="c1", points=1, body={"chain": link.hex(), "note": note})
    with db.atomic():
        append(db, event)
    row = db.execute("SELECT * FROM events WHERE id = ?", [event.id]).fetchone()
    stored = db.execute("SELECT hlc_raw, chain FROM events WHERE id = ?", [event.id]).fetchone()
    assert Event.from_row(dict(zip([c[0] for c in db.execute("SELECT * FROM events LIMIT 0").description], row,
                                   strict=True))) == event
    assert stored == (None, link)


def test_events_round_trip_through_the_wire_form(counter: Counter) -> None:
    enrolment = counter.enrol("Олена Шевченко", phone="+380 44 123 4567")
    for event in enrolment.events:
        assert Event.from_wire(event.to_wire()) == event


def test_erasure_removes_personal_data_and_keeps_the_numbers(counter: Counter, db: sqlite_utils.Database) -> None:
    customer = counter.enrol("Őrsi Zsófia", phone="+36 30 111 2222", email="zs@example.com").customer
    counter.record_sale(customer.id, 1000)
    balance_before = balance_snapshot(db)
    counter.erase_customer(customer.id)
    row = db.execute("SELECT name, phone, email, erased FROM customers WHERE id = ?", [customer.id]).fetchone()
    assert row == (None, None, None, 1)
    dump = "\n".join(str(r) for r in db.execute("SELECT * FROM events"))
    assert "Zsófia" not in dump and "111 2222" not in dump
    assert balance_snapshot(db) == balance_before
    assert counter.find_customers("Zsófia") == []
    # a profile edit arriving later (say, by sync) cannot bring the data back
    late = counter._event(Kind.PROFILE_CHANGED, customer.id, body={"name": "Őrsi Zsófia"})
    counter._commit([late])
    assert db.execute("SELECT name FROM customers WHERE id = ?", [customer.id]).fetchone()[0] is None
    rebuild(db)
    assert db.execute("SELECT name, erased FROM customers WHERE id = ?", [customer.id]).fetchone() == (None, 1)


def test_profile_edits_are_last_writer_wins_by_hybrid_clock(counter: Counter, db: sqlite_utils.Database) -> None:
    customer = counter.enrol("Anna").customer
    newer = counter._event(Kind.PROFILE_CHANGED, customer.id, body={"phone": "222"})
    older = Event(**{**newer.to_wire(), "id": "older", "hlc": "0000000000001-00000-zz", "body": {"phone": "111"}})
    counter._commit([newer, older])
    assert counter.customer(customer.id).phone == "222"


def test_rebuild_equals_incremental_after_thousands_of_random_operations(tmp_path, clock: FixedClock) -> None:
    db = connect(tmp_path / "t.db")
    counter = Counter(db, clock=clock)
    rng = random.Random(20261124)
    with db.atomic():  # one transaction: the test is about arithmetic, not disk speed
        random_history(counter, clock, rng, 4000, merges=True)
    incremental = balance_snapshot(db)
    customers = list(db.execute("SELECT * FROM customers ORDER BY id"))
    hours = hourly.snapshot(db)
    assert len(incremental) > 100
    assert all(hours), "every hourly table has rows"
    assert db.execute("SELECT COUNT(*) FROM customers WHERE merged_into IS NOT NULL").fetchone()[0] > 0
    rebuild(db)
    assert balance_snapshot(db) == incremental
    assert hourly.snapshot(db) == hours
    assert list(db.execute("SELECT * FROM customers ORDER BY id")) == customers
    # and the balances are exactly the sums of the events
    sums = list(db.execute("SELECT customer_id, SUM(stamps), SUM(points) FROM events "
                           "WHERE customer_id IS NOT NULL GROUP BY customer_id ORDER BY customer_id"))
    assert [(r[0], r[1], r[2]) for r in incremental] == sums


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32), operations=st.integers(1, 120), order_seed=st.integers(0, 2**32))
def test_any_order_of_applying_the_events_gives_the_same_balances(tmp_path_factory, seed: int, operations: int,
                                                                  order_seed: int) -> None:
    from datetime import UTC, datetime

    folder = tmp_path_factory.mktemp("prop")
    clock = FixedClock(datetime(2026, 1, 1, tzinfo=UTC))
    source = connect(folder / "a.db")
    counter = Counter(source, clock=clock)
    with source.atomic():
        random_history(counter, clock, random.Random(seed), operations, merges=True)
    events = [Event.from_row(r) for r in source.query("SELECT * FROM events ORDER BY seq")]
    shuffled = events[:]
    random.Random(order_seed).shuffle(shuffled)
    target = connect(folder / "b.db")
    with target.atomic():
        for event in shuffled + shuffled[: len(shuffled) // 3]:  # some arrive twice
            append(target, event)
    assert balance_snapshot(target) == balance_snapshot(source)
    assert hourly.snapshot(target) == hourly.snapshot(source)
    # Cards end with the same owner whatever came first, a card's binding or its owner's merge.
    cards = "SELECT code_hash, customer_id, status FROM cards ORDER BY code_hash"
    merged = "SELECT id, merged_into FROM customers WHERE merged_into IS NOT NULL ORDER BY id"
    assert list(target.execute(cards)) == list(source.execute(cards))
    assert list(target.execute(merged)) == list(source.execute(merged))
    source.close()
    target.close()


def test_search_key_folds_case_and_accents() -> None:
    assert ledger.search_key("  ŐRSI   Zsófia ") == "orsi zsofia"
    assert ledger.phone_key("+36 (30) 123-4567") == "36301234567"


def test_receipt_numbers_never_repeat_or_reset(counter: Counter, clock: FixedClock) -> None:
    numbers = []
    for _ in range(3):
        numbers.append(counter.record_sale(None, 100).receipt_no)
        clock.advance(days=400)
    prefix = derived_prefix(counter.terminal_id)
    assert numbers == [f"S1-{prefix}-000001", f"S1-{prefix}-000002", f"S1-{prefix}-000003"]

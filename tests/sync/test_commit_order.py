"""On PostgreSQL a sequence is not commit-ordered; the hub's append guard makes the pull cursor safe.

Ten pushers and pullers run at once against a real server. With the guard no puller ever skips an
event; without it (the switch exists only for this test) pullers do skip, which is the proof that
the guard is what keeps them whole.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from terminal.clock import format_hlc, iso, to_ms
from terminal.ids import uuid7
from terminal.sync.protocol import validate_batch

pytestmark = pytest.mark.postgres
PUSHERS, PULLERS, BATCHES, BATCH = 10, 10, 12, 25
NOW = datetime.now(UTC)


def batch(pusher: int, number: int) -> list[dict]:
    at = NOW - timedelta(minutes=5)
    return validate_batch([
        {"id": uuid7(to_ms(at)), "terminal_id": f"till-{pusher}", "ts": iso(at),
         "hlc": format_hlc(to_ms(at), number, f"till-{pusher}"), "kind": "sale", "customer_id": f"c{n % 7}",
         "stamps": 1, "points": n, "amount": 100, "ref_id": None, "body": {}} for n in range(BATCH)], NOW)


def run_pushers_and_pullers(store) -> tuple[set[str], list[set[str]]]:
    pushed: set[str] = set()
    lock = threading.Lock()
    done = threading.Event()
    seen: list[set[str]] = [set() for _ in range(PULLERS)]
    errors: list[BaseException] = []

    def push(pusher: int) -> None:
        try:
            for number in range(BATCHES):
                events = batch(pusher, number)
                store.push(f"pusher-{pusher}", events)
                with lock:
                    pushed.update(e["id"] for e in events)
        except BaseException as error:  # reported by the test below
            errors.append(error)

    def pull(puller: int) -> None:
        try:
            cursor = 0
            while True:
                finished = done.is_set()  # read before the pull: a last pass after every push committed
                page = store.pull(f"puller-{puller}", cursor, 40)
                seen[puller].update(e["id"] for e in page.events)
                cursor = page.next_cursor
                if finished and not page.more:
                    return
        except BaseException as error:
            errors.append(error)

    pushers = [threading.Thread(target=push, args=(n,)) for n in range(PUSHERS)]
    pullers = [threading.Thread(target=pull, args=(n,)) for n in range(PULLERS)]
    for thread in pushers + pullers:
        thread.start()
    for thread in pushers:
        thread.join(timeout=120)
    done.set()
    for thread in pullers:
        thread.join(timeout=120)
    assert not errors, errors
    return pushed, seen


def test_with_the_guard_no_puller_skips_an_event(make_store):
    pushed, seen = run_pushers_and_pullers(make_store("postgres", guard=True))
    assert len(pushed) == PUSHERS * BATCHES * BATCH
    for puller_seen in seen:
        assert puller_seen == pushed


def _own_customer_batch(pusher: str) -> list[dict]:
    at = NOW - timedelta(minutes=5)
    return validate_batch([
        {"id": uuid7(to_ms(at)), "terminal_id": pusher, "ts": iso(at), "hlc": format_hlc(to_ms(at), n, pusher),
         "kind": "sale", "customer_id": f"{pusher}-customer", "stamps": 1, "points": n, "amount": 100,
         "ref_id": None, "body": {}} for n in range(BATCH)], NOW)


def test_without_the_guard_a_puller_skips_the_earlier_commit(make_store):
    """The race made certain: push A draws its sequence numbers first but commits last. Without the guard,
    a pull between the two commits moves its cursor past A's numbers, and A's events are never pulled."""
    store = make_store("postgres", name="unguarded", guard=False)
    a_inserted, b_committed = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def slow_push() -> None:
        try:
            with store._write() as cur:  # one transaction, held open until B has committed
                store._push(cur, "A", _own_customer_batch("A"))
                a_inserted.set()
                b_committed.wait(timeout=60)
        except BaseException as error:
            errors.append(error)

    pusher_a = threading.Thread(target=slow_push)
    pusher_a.start()
    assert a_inserted.wait(timeout=60)
    store.push("B", _own_customer_batch("B"))
    page = store.pull("puller", 0, 1000)
    assert {e["terminal_id"] for e in page.events} == {"B"}
    b_committed.set()
    pusher_a.join(timeout=60)
    assert not errors, errors
    later = store.pull("puller", page.next_cursor, 1000)
    assert later.events == []  # A's events lie below the cursor: skipped for good
    assert len(store.pull("puller", 0, 1000).events) == 2 * BATCH  # yet the hub has them

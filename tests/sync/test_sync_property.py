"""Property: random well-formed and malformed events from several terminals never break sync.

Two raw clients push random events (each either well-formed for its kind or broken in one known way)
and an old hub's leftovers (malformed events stored without checks) appear in the store; after each
batch one of three real terminals, in turn, syncs and sells, and at the end all three do. Checked
each time: the hub refuses exactly the broken events, each with a reason, and stores the rest; no
pull ever fails; every terminal sets aside exactly the malformed leftovers; every terminal's sales
keep working; balances equal a rebuild.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from terminal.clock import format_hlc, iso, to_ms
from terminal.ids import uuid7
from terminal.sync import set_aside

NOW = datetime.now(UTC).replace(microsecond=0)
CUSTOMERS = [f"cust-{n}" for n in range(6)]
RAW = ("raw-1", "raw-2")
EXAMPLES = 100  # batches of up to 25 pushed and 8 left-over events: about 1,600 events per store

names = st.text(st.characters(codec="utf-8", categories=("L", "N", "P"), include_characters=" "), min_size=1,
                max_size=40)
customers = st.sampled_from(CUSTOMERS)
deltas = st.integers(0, 200)


def bodies() -> st.SearchStrategy[tuple[str, dict[str, Any]]]:
    """(kind, fields) of a well-formed event: the customer, deltas and body its kind allows."""
    return st.one_of(
        st.builds(lambda c, s, p, a: ("sale", {"customer_id": c, "stamps": s, "points": p, "amount": a}),
                  st.one_of(st.none(), customers), st.integers(0, 3), deltas, st.integers(0, 10**6)),
        st.builds(lambda c, n: ("enrolled", {"customer_id": c, "body": {"name": n, "consent": True}}), customers,
                  names),
        st.builds(lambda c, n: ("profile_changed", {"customer_id": c, "body": {"name": n, "phone": "+36 1"}}),
                  customers, names),
        st.builds(lambda c, p, r: ("points_adjusted", {"customer_id": c, "points": p, "body": {"reason": r}}),
                  customers, st.integers(-200, 200), names),
        st.builds(lambda c, p: ("reward_redeemed", {"customer_id": c, "points": -p, "body": {"reward_id": "pastry"}}),
                  customers, deltas),
        st.builds(lambda h: ("card_issued", {"customer_id": None, "body": {"code_hash": h, "hint": "AB12"}}),
                  st.text("0123456789abcdef", min_size=64, max_size=64)),
        st.builds(lambda c, s, why: ("rating", {"customer_id": c, "body": {"score": s, "scale": "nps",
                                                                           "reason": why, "comment": why}}),
                  st.one_of(st.none(), customers), st.integers(0, 10), names),
        st.builds(lambda size: ("settings_changed", {"customer_id": None,
                                                     "body": {"settings": {"rules": {"card_size": size}}}}),
                  st.integers(1, 12)),
        st.builds(lambda c: ("customer_erased", {"customer_id": c}), customers),
    )


def build(terminal: str, kind: str, fields: dict[str, Any], offset_s: int) -> dict[str, Any]:
    at = NOW - timedelta(seconds=offset_s)
    event = {"id": uuid7(to_ms(at)), "terminal_id": terminal, "ts": iso(at), "hlc": format_hlc(to_ms(at), 0, terminal),
             "kind": kind, "customer_id": None, "stamps": 0, "points": 0, "amount": 0, "ref_id": None, "body": {}}
    event.update(fields)
    return event


# Each breaks an event in a way every kind's schema refuses; the storable ones can also sit on an old hub.
STORABLE = {
    "full-width clock": lambda e: {**e, "hlc": "１" * 13 + e["hlc"][13:]},
    "unknown kind": lambda e: {**e, "kind": "teleported"},
    "unknown body field": lambda e: {**e, "body": {**e["body"], "surprise": 1}},
    "before 1970": lambda e: {**e, "ts": "1969-07-20T20:17:00.000Z"},
    "clock of another terminal": lambda e: {**e, "hlc": e["hlc"][:20] + "someone-else"},
}
PUSH_ONLY = {
    **STORABLE,
    "another terminal's id": lambda e: {**e, "terminal_id": "raw-2" if e["terminal_id"] == "raw-1" else "raw-1",
                                        "hlc": e["hlc"][:20] + ("raw-2" if e["terminal_id"] == "raw-1" else "raw-1")},
    "points as text": lambda e: {**e, "points": str(e["points"])},
    "huge amount": lambda e: {**e, "amount": 10**13},
    "not a uuid": lambda e: {**e, "id": "x" * 36},
    "a 10,000-character body": lambda e: {**e, "body": {**e["body"], "name": "x" * 10_000}},
    "nested body": lambda e: {**e, "body": {"a": {"b": {"c": {"d": {"e": {"f": {}}}}}}}},
    "not an object": lambda e: [e],
}


def items(mutations: dict) -> st.SearchStrategy[tuple[str, dict[str, Any], str | None, int]]:
    return st.tuples(st.sampled_from(RAW), bodies(), st.one_of(st.none(), st.sampled_from(sorted(mutations))),
                     st.integers(0, 3600))


def test_random_good_and_bad_events_from_several_terminals_never_break_sync(hub, make_terminal):
    terminals = [make_terminal(f"T{n}", hub) for n in range(3)]
    tokens = {name: hub.token(name) for name in RAW}
    hub.token("old-hub")
    for name, token in tokens.items():
        httpx.get(f"{hub.url}/v1/hello", params={"terminal_id": name}, headers={"Authorization": f"Bearer {token}"})
    leftovers: set[str] = set()

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(pushed=st.lists(items(PUSH_ONLY), max_size=25), stored=st.lists(items(STORABLE), max_size=8))
    def batch(pushed: list, stored: list) -> None:
        broken_ids: set[str] = set()
        for name in RAW:
            events, broken, mutated = [], set(), []
            for pusher, (kind, fields), mutation, offset in pushed:
                if pusher != name:
                    continue
                event = PUSH_ONLY[mutation](build(name, kind, fields, offset)) if mutation else build(
                    name, kind, fields, offset)
                if mutation is not None:
                    broken.add(event["id"] if isinstance(event, dict) else "?")
                events.append(event)
                mutated.append(mutation is not None)
            answer = httpx.post(f"{hub.url}/v1/push", json={"events": events},
                                headers={"Authorization": f"Bearer {tokens[name]}"}).json()
            assert all(r["reason"] for r in answer["refused"])
            assert sorted(r["id"] for r in answer["refused"]) == sorted(
                e["id"] if isinstance(e, dict) else "?" for e, m in zip(events, mutated, strict=True) if m)
            assert answer["stored"] + answer["known"] == len(events) - sum(mutated)
            broken_ids |= broken
        old = []
        for _, (kind, fields), mutation, offset in stored:
            event = build("old-hub", kind, fields, offset)
            if mutation is not None:
                if mutation == "unknown body field" and kind in ("enrolled", "profile_changed"):
                    mutation = "full-width clock"  # an erasure scrubs that body into a good one: no leftover
                event = STORABLE[mutation](event)
                leftovers.add(event["id"])
            old.append(event)
        hub.store.push("old-hub", old)
        rounds.append(len(rounds))
        sync_and_check(terminals[len(rounds) % len(terminals)], broken_ids)  # each batch, the next terminal

    def sync_and_check(terminal, broken_ids: set[str]) -> None:
        terminal.sync()  # raises if a pull fails
        pulled_aside = {item.event_id for item in set_aside.listed(terminal.db, limit=100_000)
                        if item.direction == "pull"}
        assert pulled_aside == leftovers
        assert not broken_ids & terminal.event_ids()
        terminal.counter.forget_cached_settings()
        terminal.clock.advance(minutes=1)
        assert terminal.counter.record_sale(None, 350).receipt_no
        terminal.assert_rebuild_equal()

    rounds: list[int] = []
    batch()
    for terminal in terminals:
        sync_and_check(terminal, set())
    assert leftovers and len(rounds) >= EXAMPLES  # it saw left-over events

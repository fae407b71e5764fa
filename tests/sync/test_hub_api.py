"""The hub's HTTP contract, run against both stores: authentication, push, pull, refusals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from terminal.clock import format_hlc, iso, to_ms
from terminal.ids import uuid7
from terminal.sync.protocol import MAX_BATCH, EventProblem, validate_batch, validate_event

NOW = datetime.now(UTC)


def wire(terminal: str = "term-a", *, kind: str = "sale", customer: str | None = "cust-1", points: int = 10,
         stamps: int = 1, at: datetime = NOW, body: dict | None = None, event_id: str | None = None) -> dict:
    return {"id": event_id or uuid7(to_ms(at)), "terminal_id": terminal, "ts": iso(at),
            "hlc": format_hlc(to_ms(at), 0, terminal), "kind": kind, "customer_id": customer, "stamps": stamps,
            "points": points, "amount": 1000 if kind == "sale" else 0, "ref_id": None,
            "body": body if body is not None else {}}


def client(running, token: str) -> httpx.Client:
    return httpx.Client(base_url=running.url, headers={"Authorization": f"Bearer {token}"}, timeout=10)


def test_health_and_version_answer_without_a_token(hub):
    assert httpx.get(f"{hub.url}/health").json() == {"status": "ok"}
    answer = httpx.get(f"{hub.url}/version").json()
    assert answer["api"] == 1 and answer["version"]


def test_bad_missing_and_revoked_tokens_are_refused_clearly(hub):
    token = hub.token("till-1")
    assert httpx.get(f"{hub.url}/v1/hello").status_code == 401
    refused = httpx.get(f"{hub.url}/v1/pull", headers={"Authorization": "Bearer nope"})
    assert refused.status_code == 401 and refused.json()["error"] == "bad_token"
    with client(hub, token) as c:
        assert c.get("/v1/hello").json()["terminal"] == "till-1"
        assert hub.store.revoke_terminal("till-1")
        assert c.get("/v1/hello").status_code == 401
        assert c.post("/v1/push", json={"events": [wire()]}).status_code == 401
    assert hub.store.max_seq() == 0


def test_the_hub_keeps_only_token_hashes(hub):
    token = hub.token("till-1")
    assert hub.store.terminal_for_token(token) == "till-1"
    with hub.store._read() as cur:
        stored = [row[0] for row in cur.execute("SELECT token_hash FROM terminals").fetchall()]
    assert token not in stored and len(stored[0]) == 64


def test_a_push_is_stored_once_and_a_repeat_is_acknowledged(hub):
    token = hub.token("till-1")
    events = [wire(), wire(customer="cust-2", points=5)]
    with client(hub, token) as c:
        first = c.post("/v1/push", json={"events": events}).json()
        again = c.post("/v1/push", json={"events": list(reversed(events))}).json()
    assert (first["stored"], first["known"]) == (2, 0)
    assert (again["stored"], again["known"], again["conflicts"]) == (0, 2, [])
    assert hub.store.max_seq() == 2
    assert hub.store.balances() == {"cust-1": (1, 10), "cust-2": (1, 5)}


BAD_CHANGES = [
    ({"kind": "teleported"}, "unknown kind"),
    ({"points": "10"}, "points"),
    ({"points": True}, "points"),
    ({"amount": 10**15}, "amount"),
    ({"id": "not-a-uuid"}, "UUID"),
    ({"ts": "yesterday"}, "ts"),
    ({"ts": iso(NOW + timedelta(days=30))}, "ts is out of range"),
    ({"ts": "1969-12-31T23:59:59.000Z"}, "ts is out of range"),
    ({"hlc": "12"}, "hlc"),
    ({"body": "text"}, "body"),
    ({"body": {"note": "x" * 9000}}, "body too large"),
    ({"surprise": 1}, "unknown fields"),
    ({"customer_id": "c" * 200}, "customer_id"),
]


@pytest.mark.parametrize(("change", "reason"), BAD_CHANGES)
def test_validation_names_what_is_wrong(change, reason):
    with pytest.raises(EventProblem, match=reason) as problem:
        validate_batch([wire(), {**wire(), **change}], NOW)
    assert problem.value.index == 1


def test_validation_keeps_good_events_in_canonical_form():
    event = wire()
    del event["ref_id"], event["amount"]
    assert validate_event(event, NOW) == {**event, "ref_id": None, "amount": 0}


def test_a_bad_event_is_refused_alone_with_its_reason_and_the_rest_is_stored(hub):
    token = hub.token("till-1")
    bad = {**wire(), "kind": "teleported"}
    events = [wire(), bad, wire()]
    with client(hub, token) as c:
        answer = c.post("/v1/push", json={"events": events})
        later = c.post("/v1/push", json={"events": [wire(customer="cust-2")]})
    assert answer.status_code == 200
    assert answer.json()["stored"] == 2
    assert [(r["index"], r["id"]) for r in answer.json()["refused"]] == [(1, bad["id"])]
    assert "unknown kind" in answer.json()["refused"][0]["reason"]
    assert later.json()["stored"] == 1 and later.json()["refused"] == []  # a refusal never blocks later pushes
    assert hub.store.max_seq() == 3 and hub.store.balances() == {"cust-1": (2, 20), "cust-2": (1, 10)}


def test_a_clock_a_day_off_is_still_sane(hub):
    token = hub.token("till-1")
    with client(hub, token) as c:
        answer = c.post("/v1/push", json={"events": [wire(at=NOW + timedelta(days=1)),
                                                     wire(at=NOW - timedelta(days=1))]})
    assert answer.json()["stored"] == 2


def test_oversized_batches_and_bodies_are_refused(hub):
    token = hub.token("till-1")
    with client(hub, token) as c:
        too_many = c.post("/v1/push", json={"events": [wire() for _ in range(MAX_BATCH + 1)]})
        assert too_many.status_code == 413 and too_many.json()["error"] == "batch_too_large"
        huge = c.post("/v1/push", content=b'{"events": [' + b" " * (5 * 1024 * 1024) + b"]}",
                      headers={"content-type": "application/json"})
        assert huge.status_code == 413
        garbage = c.post("/v1/push", content=b"{not json", headers={"content-type": "application/json"})
        assert garbage.status_code == 400 and garbage.json()["error"] == "bad_request"
        assert hub.store.max_seq() == 0
        duplicate = wire()
        twice = c.post("/v1/push", json={"events": [duplicate, duplicate]}).json()
        assert twice["stored"] == 1 and twice["refused"][0]["index"] == 1 and "twice" in twice["refused"][0]["reason"]


@pytest.mark.expected_error_log
def test_the_same_id_with_other_content_is_a_conflict_never_an_overwrite(hub):
    token = hub.token("till-1")
    original = wire(points=10)
    with client(hub, token) as c:
        c.post("/v1/push", json={"events": [original]})
        answer = c.post("/v1/push", json={"events": [{**original, "points": 9999}]}).json()
    assert answer["conflicts"] == [original["id"]]
    assert hub.store.balances() == {"cust-1": (1, 10)}


def test_a_scrubbed_profile_event_is_the_same_event_and_erasure_scrubs_the_hub(hub):
    token = hub.token("till-1")
    enrolled = wire(kind="enrolled", points=0, stamps=0, body={"name": "Ada Lovelace", "phone": "+36 1 234"})
    rating = wire(kind="rating", points=0, stamps=0, body={"score": 3, "scale": "nps", "comment": "Ada says meh",
                                                          "receipt_no": "S1-T1-000001"})
    with client(hub, token) as c:
        c.post("/v1/push", json={"events": [enrolled, rating]})
        erased = wire(kind="customer_erased", points=0, stamps=0)
        c.post("/v1/push", json={"events": [erased]})
        again = c.post("/v1/push", json={"events": [{**enrolled, "body": {"erased": True}},
                                                    {**rating, "body": {k: v for k, v in rating["body"].items()
                                                                        if k != "comment"}}]}).json()
        pulled = httpx.get(f"{hub.url}/v1/pull", headers={"Authorization": f"Bearer {hub.token('till-2')}"}).json()
    assert again["conflicts"] == [] and again["known"] == 2
    bodies = {e["kind"]: e["body"] for e in pulled["events"]}
    assert bodies["enrolled"] == {"erased": True}
    assert "comment" not in bodies["rating"] and bodies["rating"]["score"] == 3
    assert "Ada" not in str(pulled)


def test_pull_pages_in_hub_order_and_leaves_out_the_callers_own(hub):
    mine, theirs = hub.token("till-1"), hub.token("till-2")
    with client(hub, theirs) as c:
        others = [wire("term-b", points=n) for n in range(1, 8)]
        c.post("/v1/push", json={"events": others[:4]})
    with client(hub, mine) as c:
        c.post("/v1/push", json={"events": [wire("term-a", points=100)]})
    with client(hub, theirs) as c:
        c.post("/v1/push", json={"events": others[4:]})
    seen, cursor, pages = [], 0, 0
    with client(hub, mine) as c:
        while True:
            page = c.get("/v1/pull", params={"after": cursor, "limit": 3}).json()
            seen += [e["points"] for e in page["events"]]
            cursor, pages = page["next"], pages + 1
            if not page["more"]:
                break
        assert c.get("/v1/pull", params={"after": cursor}).json()["events"] == []
        assert c.get("/v1/pull", params={"after": "x"}).status_code == 400
    assert seen == [1, 2, 3, 4, 5, 6, 7] and pages == 3
    assert cursor == hub.store.max_seq()

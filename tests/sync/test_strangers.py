"""The hub as a public service: what a stranger without a token (or with a flood of them) can do."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import httpx
import pytest

from terminal.clock import FixedClock
from terminal.sync.hub import HubConfig
from terminal.sync.ratelimit import RateLimiter

from .test_hostile import client, wire


def nested(levels: int) -> bytes:
    return b'{"events": ' + b"[" * levels + b"]" * levels + b"}"


def test_the_token_is_checked_before_the_body_is_read(hub):
    for body in (nested(5000), b"{not json", b"[" * (5 * 1024 * 1024)):
        answer = httpx.post(f"{hub.url}/v1/push", content=body, headers={"content-type": "application/json"})
        assert answer.status_code == 401 and answer.json()["error"] == "bad_token"


def test_deep_json_and_wild_parameters_are_refused_in_words_never_a_500(hub):
    token = hub.token("till-1")
    with client(hub, token) as c:
        for levels in (5000, 40):
            deep = c.post("/v1/push", content=nested(levels), headers={"content-type": "application/json"})
            assert deep.status_code == 400 and "nested deeper" in deep.json()["detail"]
        for after in (2**63, -1, 10**30):
            wild = c.get("/v1/pull", params={"after": after})
            assert wild.status_code == 400 and wild.json()["error"] == "bad_request"
        assert c.get("/v1/pull", params={"limit": 10**30}).status_code == 200
        assert c.get("/v1/hello", params={"terminal_id": "é" * 10}).status_code == 400
        pending = c.post("/v1/redemptions", json={"customer_id": "c", "stamps": 1, "points": 0, "pending": "x"})
        assert pending.status_code == 400


def test_a_flood_of_wrong_tokens_is_cut_off_and_does_not_flood_the_log(make_store, start_hub, caplog):
    running = start_hub(make_store("sqlite"), HubConfig(bad_token_limit=5, log_limit=3))
    with caplog.at_level(logging.WARNING, logger="sync.hub"):
        answers = [httpx.get(f"{running.url}/v1/hello", headers={"Authorization": f"Bearer guess-{n}"}).status_code
                   for n in range(40)]
    assert answers[:5] == [401] * 5 and set(answers[5:]) == {429}
    assert len([r for r in caplog.records if r.name == "sync.hub"]) == 3
    good = running.token("till-1")  # the limit is the address's: a wrong-token flood from it is cut off
    assert httpx.get(f"{running.url}/v1/hello", headers={"Authorization": f"Bearer {good}"}).status_code == 200


def test_each_token_and_address_is_rate_limited(make_store, start_hub):
    running = start_hub(make_store("sqlite"), HubConfig(request_limit=4))
    token = running.token("till-1")
    with client(running, token) as c:
        answers = [c.get("/v1/pull").status_code for _ in range(6)]
    assert answers == [200] * 4 + [429] * 2
    assert httpx.get(f"{running.url}/health").status_code == 200  # the public health check is not limited


def test_x_forwarded_for_counts_only_from_a_configured_proxy(make_store, start_hub):
    direct = start_hub(make_store("sqlite", "direct"), HubConfig(feedback_limit=2))
    codes = [httpx.get(f"{direct.url}/f/nothing", headers={"X-Forwarded-For": f"10.0.0.{n}"}).status_code
             for n in range(4)]
    assert codes == [400, 400, 429, 429]  # one address from loopback, whatever the header claims
    proxied = start_hub(make_store("sqlite", "proxied"),
                        HubConfig(feedback_limit=2, trusted_proxies=frozenset({"127.0.0.1"})))
    codes = [httpx.get(f"{proxied.url}/f/nothing", headers={"X-Forwarded-For": f"10.0.0.{n}"}).status_code
             for n in range(4)]
    assert codes == [400] * 4  # behind the shop's own proxy, each customer's phone is its own address


def test_a_non_ascii_feedback_token_is_a_plain_refusal(hub):
    answer = httpx.get(f"{hub.url}/f/%C3%A9%C3%A9-1-000001.20990101.AAAAAAAAAAAAAAAAAAAAAA")
    assert answer.status_code == 400 and "not valid" in answer.text


def test_the_limiter_forgets_quiet_addresses_and_never_holds_more_than_its_bound():
    clock = FixedClock(datetime(2026, 3, 10, tzinfo=UTC))
    limiter = RateLimiter(2, 60.0, clock, max_keys=1000)
    for n in range(5000):
        assert limiter.allow(f"10.0.{n // 256}.{n % 256}")
    assert len(limiter) == 1000  # a flood of addresses is bounded
    assert limiter.allow("10.0.0.1") and limiter.allow("10.0.0.1") and not limiter.allow("10.0.0.1")
    clock.advance(seconds=61)
    assert limiter.allow("192.0.2.1")
    assert len(limiter) == 1  # everyone who stopped asking a window ago is forgotten
    assert limiter.allow("10.0.0.1")


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_a_relay_is_accepted_only_after_a_restore_and_only_for_older_events(kind, make_store, start_hub):
    """After a hub restore, terminals hand back a dead terminal's events; otherwise nobody may."""
    store = make_store(kind)
    running = start_hub(store)
    token = running.token("till-1")
    dead_terminal_sale = wire("term-dead", amount=500)
    with client(running, token) as c:
        c.get("/v1/hello", params={"terminal_id": "term-a"})
        assert c.post("/v1/push", json={"events": [dead_terminal_sale]}).json()["stored"] == 0
        store.new_epoch(to_ms_now() + 1)
        assert c.post("/v1/push", json={"events": [dead_terminal_sale]}).json()["stored"] == 1
        newer = wire("term-dead", amount=500, at=datetime.fromtimestamp(to_ms_now() / 1000 + 60, UTC))
        assert "another terminal" in c.post("/v1/push", json={"events": [newer]}).json()["refused"][0]["reason"]


def to_ms_now() -> int:
    return int(datetime.now(UTC).timestamp() * 1000)

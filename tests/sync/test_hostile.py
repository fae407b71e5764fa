"""Issue 13's attacks, as an unlucky shop and as an attacker would make them, against both stores.

Each test is one attack from the issue and fails on the code before the change: one bad event
stopping sync, identity claimed by a token, receipt numbers colliding, a restore losing data.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from terminal import tokens
from terminal.clock import format_hlc, iso, to_ms
from terminal.counter import Counter
from terminal.db import connect, meta_get
from terminal.feedback import visit_for_code
from terminal.ids import uuid7
from terminal.ledger import Event, Kind, append
from terminal.loyalty import Rules
from terminal.paths import database_path
from terminal.sync import set_aside
from terminal.sync.client import sync_status
from terminal.sync.guard import HubRedemptionGuard
from terminal.sync.settings import SyncSettings

NOW = datetime.now(UTC)


def wire(terminal: str, kind: str = "sale", *, customer: str | None = "cust-1", body: dict | None = None,
         at: datetime = NOW, hlc: str | None = None, **fields: object) -> dict:
    data = {"id": uuid7(to_ms(at)), "terminal_id": terminal, "ts": iso(at),
            "hlc": hlc or format_hlc(to_ms(at), 0, terminal), "kind": kind, "customer_id": customer, "stamps": 0,
            "points": 0, "amount": 0, "ref_id": None, "body": body if body is not None else {}}
    data.update(fields)
    return data


def client(running, token: str) -> httpx.Client:
    return httpx.Client(base_url=running.url, headers={"Authorization": f"Bearer {token}"}, timeout=10)


def local_event(terminal, kind: str, customer: str | None, body: dict) -> Event:
    """An event an older version (or an import without checks) wrote into this terminal's own log."""
    event = terminal.counter.writer.new(Kind(kind), customer, body=body)
    with terminal.db.atomic():
        append(terminal.db, event)
    return event


# -- one event never stops sync --------------------------------------------------------------------
def test_a_refused_event_is_set_aside_and_never_blocks_later_pushes_or_redemptions(hub, make_terminal):
    till = make_terminal("T1", hub)
    customer = till.counter.enrol("Regular").customer.id
    bad = local_event(till, "profile_changed", customer, {"name": "x" * 10_000})
    for _ in range(4):
        till.clock.advance(hours=2)
        till.counter.record_sale(customer, 1000)
    report = till.sync()
    assert report.refused == 1
    [kept] = set_aside.listed(till.db)
    assert (kept.event_id, kept.direction) == (bad.id, "push") and "body too large" in kept.reason
    assert sync_status(till.db).set_aside == 1 and sync_status(till.db).waiting == 0
    assert hub.store.balances()[customer] == till.balances()[customer]
    till.clock.advance(hours=2)
    till.counter.record_sale(customer, 1000)
    later = till.sync()
    assert (later.pushed, later.stored, later.refused) == (1, 1, 0)
    # A bad event among the customer's unpushed ones does not make the hub refuse their reward.
    local_event(till, "profile_changed", customer, {"name": "y" * 10_000})
    till.counter.redemption_guard = HubRedemptionGuard(till.db, SyncSettings(hub_url=till.url, token=till.token))
    assert till.counter.redeem(customer, "free-item").stamps == -5


def test_a_bad_event_stored_on_the_hub_is_set_aside_by_every_puller_and_sales_go_on(hub, make_terminal):
    """An older hub accepted anything: an empty card_issued and a rules change with a card of zero
    stamps in full-width digits. Pullers set both aside, apply the rest and keep selling."""
    hub.token("old-till")
    good = wire("old-till", amount=700, stamps=1)
    empty_card = wire("old-till", "card_issued", customer=None)
    zero_card = wire("old-till", "settings_changed", customer=None, body={"settings": {"rules": {"card_size": 0}}},
                     hlc="９９９９９９９９９９９９９-00000-old-till")
    hub.store.push("old-till", [good, empty_card, zero_card])  # straight into the store, as an old hub did
    reader = make_terminal("T2", hub)
    report = reader.sync()
    assert (report.pulled, report.applied, report.set_aside) == (3, 1, 2)
    reasons = {item.event_id: item.reason for item in set_aside.listed(reader.db)}
    assert reasons == {empty_card["id"]: "card_issued: body.code_hash missing",
                       zero_card["id"]: "bad hlc (ASCII digits, within the time window)"}
    assert good["id"] in reader.event_ids() and reader.balances()["cust-1"] == (1, 0)
    reader.counter.forget_cached_settings()
    assert reader.counter.rules().card_size == 5
    assert reader.counter.record_sale(None, 450).receipt_no
    assert reader.sync().set_aside == 0  # the cursor moved past them: never pulled again
    reader.assert_rebuild_equal()


# -- identity is given, never claimed --------------------------------------------------------------
def test_a_token_stores_events_only_for_its_own_terminal(hub):
    first, second = hub.token("till-1"), hub.token("till-2")
    with client(hub, first) as c:
        assert c.get("/v1/hello", params={"terminal_id": "term-a"}).json()["terminal_id"] == "term-a"
        answer = c.post("/v1/push", json={"events": [wire("term-a"), wire("term-b")]}).json()
        assert answer["stored"] == 1
        assert "another terminal" in answer["refused"][0]["reason"] and answer["refused"][0]["index"] == 1
        assert c.get("/v1/hello", params={"terminal_id": "term-b"}).status_code == 403  # cannot change its id
    with client(hub, second) as c:
        taken = c.get("/v1/hello", params={"terminal_id": "term-a"})
        assert taken.status_code == 403 and "till-1" in taken.json()["detail"]
        assert c.post("/v1/push", json={"events": [wire("term-b")]}).json()["stored"] == 1  # binds term-b
        assert c.post("/v1/push", json={"events": [wire("term-a")]}).json()["refused"]
    with hub.store._read() as cur:
        stored = cur.execute("SELECT terminal_id, pushed_by FROM events ORDER BY seq").fetchall()
    assert [tuple(row) for row in stored] == [("term-a", "till-1"), ("term-b", "till-2")]


def test_a_rules_event_from_a_rogue_terminal_cannot_stop_a_sale(hub, make_terminal):
    owner, other = make_terminal("T1", hub), make_terminal("T2", hub)
    owner.counter.save_settings(rules=Rules(card_size=8))
    owner.sync()
    rogue = hub.token("rogue")
    later = NOW + timedelta(days=6)
    with client(hub, rogue) as c:
        answer = c.post("/v1/push", json={"events": [
            wire("rogue", "settings_changed", customer=None, body={"settings": {"rules": {"card_size": 0}}},
                 at=later),
            wire("rogue", "settings_changed", customer=None, body={"settings": {"rules": {"card_size": 0}}},
                 hlc=f"{'１' * 13}-00000-rogue"),
            wire("rogue", "settings_changed", customer=None, body={"settings": {"rules": {"card_size": 3}}},
                 hlc=format_hlc(to_ms(later), 0, owner.counter.terminal_id)),
        ]}).json()
    assert answer["stored"] == 0
    assert [r["reason"].split(" (")[0] for r in answer["refused"]] == [
        "settings_changed: settings.rules: rules that cannot work", "bad hlc", "the hlc names another terminal"]
    other.sync()
    other.counter.forget_cached_settings()
    assert other.counter.rules().card_size == 8
    assert other.counter.record_sale(other.counter.enrol("Customer").customer.id, 500).earned.stamps == 1


# -- receipt numbers are unique per shop -----------------------------------------------------------
def test_receipt_numbers_refunds_and_ratings_find_the_right_sale_across_terminals(hub, make_terminal):
    first, second, third = (make_terminal(f"T{n}", hub) for n in (1, 2, 3))
    for terminal in (first, second, third):
        terminal.sync()  # registration gives each terminal its prefix
    alice = first.counter.enrol("Alice").customer.id
    bob = second.counter.enrol("Bob").customer.id
    alices, bobs = first.counter.record_sale(alice, 1200), second.counter.record_sale(bob, 3400)
    assert (alices.receipt_no, bobs.receipt_no) == ("S1-1-000001", "S1-2-000001")
    for terminal in (first, second, third):
        terminal.sync()
    secret = meta_get(third.db, "shop_secret") or ""
    today = third.clock.now().date()
    token_a, token_b = (tokens.make_token(secret, s.receipt_no, today) for s in (alices, bobs))
    assert token_a != token_b
    assert visit_for_code(third.counter, token_b).sale_id == bobs.sale.id
    [refund] = third.counter.refund_receipt(bobs.receipt_no)
    assert (refund.ref_id, refund.customer_id) == (bobs.sale.id, bob)
    with client(hub, first.token) as c:  # a sale with another terminal's receipt number is refused
        stolen = wire(first.counter.terminal_id, body={"receipt_no": "S1-2-000002"}, amount=100)
        assert "another terminal" in c.post("/v1/push", json={"events": [stolen]}).json()["refused"][0]["reason"]


# -- a restored terminal gets its own events back ---------------------------------------------------
def test_a_terminal_restored_from_its_backup_gets_its_events_back_and_never_reissues_receipts(
        hub, make_terminal, tmp_path):
    till = make_terminal("T1", hub)
    customer = till.counter.enrol("Kept").customer.id
    till.counter.record_sale(customer, 1000)
    till.sync()
    backup = tmp_path / "backup.db"
    with sqlite3.connect(backup) as target:
        till.db.conn.backup(target)
    issued = []
    for _ in range(3):
        till.clock.advance(hours=1)
        issued.append(till.counter.record_sale(customer, 2000).receipt_no)
    till.sync()
    expected_ids, expected_balance = till.event_ids(), till.balances()
    till.db.close()
    path = database_path(till.folder)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.write_bytes(backup.read_bytes())
    till.db = connect(path)
    till.counter = Counter(till.db, clock=till.clock)
    assert till.event_ids() < expected_ids
    report = till.sync()
    assert report.recovered == 3
    assert till.event_ids() == expected_ids and till.balances() == expected_balance
    till.assert_rebuild_equal()
    till.clock.advance(hours=1)
    assert till.counter.record_sale(customer, 500).receipt_no == "S1-1-000005"
    assert issued == ["S1-1-000002", "S1-1-000003", "S1-1-000004"]
    assert till.sync().recovered == 0  # once back, no second recovery


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_a_hub_store_from_before_identity_is_upgraded_in_place(make_store, kind):
    """Terminals registered before receipt prefixes get them in the order they were added, and the
    events already stored count as their terminals' own."""
    from terminal.sync.store import hash_token

    store = make_store(kind, "old")
    store.push("first", [wire("term-a", amount=100), wire("term-a", amount=200)])
    with store._write() as cur:  # back to version 1: drop what version 2 added
        for statement in ("DROP TABLE hub_terminal_events", "DROP INDEX terminals_prefix",
                          "DROP INDEX terminals_terminal_id", "DROP INDEX events_terminal",
                          "ALTER TABLE terminals DROP COLUMN terminal_id",
                          "ALTER TABLE terminals DROP COLUMN receipt_prefix"):
            cur.execute(statement)
        for name, created in (("second", 2), ("first", 1)):
            cur.execute(store._sql("INSERT INTO terminals (name, token_hash, created_ms, revoked) VALUES (?, ?, ?, 0)"),
                        [name, hash_token(name), created])
        if kind == "sqlite":
            cur.execute("PRAGMA user_version = 1")
        else:
            cur.execute("UPDATE hub_schema SET version = 1")
    store.close()
    upgraded = make_store(kind, "old")
    assert {t.name: t.receipt_prefix for t in upgraded.terminals()} == {"first": "1", "second": "2"}
    assert upgraded.own_events("term-a") == 2
    assert upgraded.add_terminal("third", 3) and upgraded.terminals()[-1].receipt_prefix == "3"

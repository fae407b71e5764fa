"""A campaign made at one counter is honoured at every counter; its offer is used once across them."""

from __future__ import annotations

from datetime import timedelta

import pytest

from terminal import campaigns
from terminal.campaigns import Audience, CampaignError, CampaignProblem, Offer, OfferKind
from terminal.clock import to_ms
from terminal.ledger import Event, Kind
from terminal.stats import campaigns as campaign_stats
from terminal.sync.guard import HubRedemptionGuard
from terminal.sync.settings import OfflineRedemption, SyncSettings

from .pgserver import free_port


def test_an_offer_used_at_one_counter_is_gone_at_the_other_after_sync(hub, make_terminal) -> None:
    first, second = make_terminal("T1", hub), make_terminal("T2", hub)
    anna = first.counter.enrol("Anna Rossi").customer.id
    now = first.clock.now()
    made = campaigns.new_campaign("We miss you", Audience.LIST, Offer(OfferKind.BONUS_POINTS, points=40), now,
                                  now + timedelta(days=14), control_share=0)
    campaigns.create(first.counter.writer, made, [anna], first.counter.rules())
    first.sync()
    second.sync()
    assert [o.campaign_id for o in second.counter.customer(anna).offers] == [made.id]  # honoured there too
    second.counter.apply_offer(anna, made.id)
    second.sync()
    first.sync()
    assert first.counter.customer(anna).offers == ()
    with pytest.raises(CampaignError) as refused:
        first.counter.apply_offer(anna, made.id)
    assert refused.value.problem is CampaignProblem.ALREADY_USED
    assert first.counter.customer(anna).points == second.counter.customer(anna).points
    first.assert_rebuild_equal()


# -- the hub confirms each use, as it confirms a redemption ----------------------------------------------------
def _campaign_for(terminal, customer_id: str, points: int = 40) -> str:
    now = terminal.clock.now()
    made = campaigns.new_campaign("We miss you", Audience.LIST, Offer(OfferKind.BONUS_POINTS, points=points), now,
                                  now + timedelta(days=14), control_share=0)
    campaigns.create(terminal.counter.writer, made, [customer_id], terminal.counter.rules())
    return made.id


def _guard(terminal, url: str | None = None, **settings) -> None:
    guard = HubRedemptionGuard(terminal.db, SyncSettings(hub_url=url or terminal.url, token=terminal.token,
                                                         **settings))
    terminal.counter.offer_guard = guard.offer


def _used_at(terminal, customer_id: str, campaign_id: str) -> int:
    return terminal.db.execute("SELECT COUNT(*) FROM events WHERE kind = ? AND customer_id = ? AND "
                               "json_extract(body, '$.campaign_id') = ?",
                               [Kind.OFFER_USED, customer_id, campaign_id]).fetchone()[0]


def test_with_the_hub_reachable_an_offer_is_given_at_one_counter_only(hub, make_terminal) -> None:
    first, second = make_terminal("T1", hub), make_terminal("T2", hub)
    anna = first.counter.enrol("Anna Rossi").customer.id
    campaign_id = _campaign_for(first, anna)
    first.sync()
    second.sync()
    _guard(first)
    _guard(second)
    first.counter.apply_offer(anna, campaign_id)  # not pushed yet: the hub holds the approval
    assert [o.campaign_id for o in second.counter.customer(anna).offers] == [campaign_id]  # second has not heard
    with pytest.raises(CampaignError) as refused:
        second.counter.apply_offer(anna, campaign_id)
    assert refused.value.problem is CampaignProblem.ALREADY_USED
    assert _used_at(second, anna, campaign_id) == 0  # nothing given there
    first.sync()
    with pytest.raises(CampaignError):  # now from the stored use, not only the approval
        second.counter.apply_offer(anna, campaign_id)
    second.sync()
    assert second.counter.customer(anna).offers == ()
    assert first.balances()[anna] == second.balances()[anna] == hub.store.balances()[anna]
    assert [(terminal, reversed_) for _id, terminal, reversed_ in hub.store.offer_uses(anna, campaign_id)] == [
        ("T1", False)]


def test_the_hub_sees_a_use_that_was_never_pushed_through_the_confirmation(hub, make_terminal) -> None:
    first, second = make_terminal("T1", hub), make_terminal("T2", hub)
    anna = first.counter.enrol("Anna Rossi").customer.id
    campaign_id = _campaign_for(first, anna)
    first.counter.apply_offer(anna, campaign_id)  # no guard yet: given here, unpushed
    first.counter.undo(first.db.execute("SELECT id FROM events WHERE kind = ?", [Kind.OFFER_USED]).fetchone()[0])
    first.counter.apply_offer(anna, campaign_id)  # given back by the undo, given again
    _guard(second)
    second.sync()  # the campaign has not reached the hub yet: nothing to pull
    first.sync()
    second.sync()
    with pytest.raises(CampaignError) as refused:
        second.counter.apply_offer(anna, campaign_id)
    assert refused.value.problem is CampaignProblem.ALREADY_USED
    uses = hub.store.offer_uses(anna, campaign_id)
    assert [reversed_ for _id, _t, reversed_ in uses] == [True, False]  # the undone one, then the kept one


def test_an_undone_use_frees_the_offer_at_the_other_counter(hub, make_terminal) -> None:
    first, second = make_terminal("T1", hub), make_terminal("T2", hub)
    anna = first.counter.enrol("Anna Rossi").customer.id
    campaign_id = _campaign_for(first, anna)
    first.sync()
    second.sync()
    _guard(first)
    _guard(second)
    used = first.counter.apply_offer(anna, campaign_id)
    first.counter.undo(used.id)  # a mistake at the till
    first.sync()
    second.sync()
    second.counter.apply_offer(anna, campaign_id)  # the hub approves: the first use was taken back
    second.sync()
    first.sync()
    assert first.counter.customer(anna).offers == () and first.balances()[anna] == second.balances()[anna]


@pytest.mark.parametrize("order", [("T1", "T2"), ("T2", "T1")])
def test_two_offline_counters_both_give_it_the_hub_keeps_the_first_pushed_and_both_count(
        hub, make_terminal, order) -> None:
    tills = {name: make_terminal(name, hub) for name in ("T1", "T2")}
    first, second = tills["T1"], tills["T2"]
    anna = first.counter.enrol("Anna Rossi").customer.id
    campaign_id = _campaign_for(first, anna)
    first.sync()
    second.sync()
    before = first.counter.customer(anna).points
    for till in (first, second):  # the hub cannot be reached; the owner allows a few offline
        _guard(till, url=f"http://127.0.0.1:{free_port()}", offline_redemption=OfflineRedemption.ALLOW)
        till.counter.apply_offer(anna, campaign_id)
    for name in (*order, order[0]):
        tills[name].sync()
    uses = hub.store.offer_uses(anna, campaign_id)
    assert [terminal for _id, terminal, _r in uses] == list(order)  # the hub's order: the first pushed is the use
    for till in (first, second):
        assert till.counter.customer(anna).offers == ()
        assert till.counter.customer(anna).points == before + 80  # both kept, as a double redemption is
        report = campaign_stats.report(till.db, campaign_id, till.counter.rules(), till.clock.now())
        assert (report.used, report.used_twice) == (2, 1)  # and counted: the owner sees it
        till.assert_rebuild_equal()
    _guard(first)  # reachable again: no third use anywhere
    with pytest.raises(CampaignError) as refused:
        first.counter.apply_offer(anna, campaign_id)
    assert refused.value.problem is CampaignProblem.ALREADY_USED
    assert hub.store.balances()[anna] == first.balances()[anna] == second.balances()[anna]


def test_offline_the_owners_policy_refuses_or_caps_offers_as_it_does_rewards(hub, make_terminal) -> None:
    till = make_terminal("T1", hub)
    people = [till.counter.enrol(f"Customer {n}").customer.id for n in range(3)]
    offers = [_campaign_for(till, customer_id) for customer_id in people]
    away = f"http://127.0.0.1:{free_port()}"
    _guard(till, url=away, offline_redemption=OfflineRedemption.REFUSE)
    with pytest.raises(CampaignError) as refused:
        till.counter.apply_offer(people[0], offers[0])
    assert refused.value.problem is CampaignProblem.OFFLINE_REFUSED
    _guard(till, url=away, offline_redemption=OfflineRedemption.ALLOW, offline_cap=1)
    till.counter.apply_offer(people[0], offers[0])
    with pytest.raises(CampaignError) as capped:
        till.counter.apply_offer(people[1], offers[1])
    assert capped.value.problem is CampaignProblem.OFFLINE_CAP
    assert _used_at(till, people[1], offers[1]) == 0
    till.sync()  # a good sync gives the allowance back
    _guard(till, url=away, offline_redemption=OfflineRedemption.ALLOW, offline_cap=1)
    till.counter.apply_offer(people[1], offers[1])


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_a_hub_from_before_offer_confirmation_learns_the_uses_it_already_holds(make_store, make_terminal, kind):
    till = make_terminal("T1")
    anna = till.counter.enrol("Anna Rossi").customer.id
    campaign_id = _campaign_for(till, anna)
    undone = till.counter.apply_offer(anna, campaign_id)
    till.counter.undo(undone.id)
    kept = till.counter.apply_offer(anna, campaign_id)
    events = [Event.from_row(row).to_wire() for row in till.db.query("SELECT * FROM events ORDER BY seq")]
    store = make_store(kind, "old")
    store.push("T1", events)
    with store._write() as cur:  # back to before the hub kept offer uses
        for table in ("hub_offer_uses", "hub_offer_claims"):
            cur.execute(f"DROP TABLE {table}")
        cur.execute("PRAGMA user_version = 2" if kind == "sqlite" else "UPDATE hub_schema SET version = 3")
    store.close()
    upgraded = make_store(kind, "old")
    assert upgraded.offer_uses(anna, campaign_id) == [(undone.id, "T1", True), (kept.id, "T1", False)]
    assert not upgraded.confirm_offer("T2", anna, campaign_id, [], 0)


def test_the_sync_settings_give_the_counter_the_hubs_confirmation_and_take_it_away(hub, make_terminal) -> None:
    from terminal.sync import guard

    till = make_terminal("T1", hub)
    guard.install(till.counter, SyncSettings(hub_url=till.url, token=till.token))
    assert till.counter.offer_guard is not None and till.counter.redemption_guard is not None
    anna = till.counter.enrol("Anna Rossi").customer.id
    campaign_id = _campaign_for(till, anna)
    till.counter.apply_offer(anna, campaign_id)  # through the hub: it holds the approval for T1
    assert not hub.store.confirm_offer("T2", anna, campaign_id, [], to_ms(hub.hub.clock.now()))
    guard.install(till.counter, SyncSettings())
    assert till.counter.offer_guard is None and till.counter.redemption_guard is None


def test_a_wild_offer_confirmation_is_refused_in_words_never_a_500(hub) -> None:
    from .test_hostile import client

    token = hub.token("till-1")
    with client(hub, token) as c:
        for body in ([], "x", {"customer_id": "c"}, {"campaign_id": "k"}, {"customer_id": 5, "campaign_id": "k"},
                     {"customer_id": "c" * 65, "campaign_id": "k"}, {"customer_id": "c", "campaign_id": ""},
                     {"customer_id": "c", "campaign_id": "k", "pending": "x"},
                     {"customer_id": "c", "campaign_id": "k", "pending": [{}] * 1001}):
            answer = c.post("/v1/offers", json=body)
            assert answer.status_code == 400 and answer.json()["error"] == "bad_request", body
        assert hub.store.confirm_offer("till-1", "c", "k", [], 0) is True  # nothing was held by those
        good = c.post("/v1/offers", json={"customer_id": "c", "campaign_id": "k", "pending": [{"id": "junk"}]})
        assert good.status_code == 200 and good.json()["approved"] is True  # a bad pending event is left out
    with client(hub, hub.token("till-2")) as other:
        assert other.post("/v1/offers", json={"customer_id": "c", "campaign_id": "k"}).json()["approved"] is False

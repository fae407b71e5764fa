"""Redemption with a hub: confirmed under a lock when it answers, the owner's policy when it does not."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from terminal.counter import CounterError, CounterProblem, OverdrawnCause
from terminal.sync.guard import HubRedemptionGuard, RedemptionRefusal
from terminal.sync.settings import OfflineRedemption, SyncSettings
from terminal.sync.transport import HubConnection

from .pgserver import free_port


def card_with_one_reward(terminal) -> str:
    """A customer with exactly 5 stamps: one free coffee, nothing more."""
    customer = terminal.counter.enrol("Only One").customer.id
    for _ in range(5):
        terminal.clock.advance(hours=2)
        terminal.counter.record_sale(customer, 1000)
    assert terminal.counter.customer(customer).stamps == 5
    return customer


def guard_for(terminal, **settings) -> HubRedemptionGuard:
    return HubRedemptionGuard(terminal.db, SyncSettings(hub_url=terminal.url, token=terminal.token, **settings))


def test_fifty_concurrent_redemptions_of_one_reward_approve_exactly_one(hub, make_terminal):
    owner = make_terminal("T0", hub)
    customer = card_with_one_reward(owner)
    owner.sync()
    tokens = [hub.token(f"till-{n}") for n in range(5)]

    def redeem(n: int) -> bool:
        with HubConnection(hub.url, tokens[n % 5], attempts=1) as connection:
            return connection.confirm_redemption(customer, 5, 0, [])

    with ThreadPoolExecutor(max_workers=50) as pool:
        answers = list(pool.map(redeem, range(50)))
    assert answers.count(True) == 1


def test_two_terminals_cannot_both_spend_the_last_reward(hub, make_terminal):
    first, second = make_terminal("T1", hub), make_terminal("T2", hub)
    customer = card_with_one_reward(first)  # not synced yet: the guard sends these events along
    second.sync()
    first.counter.redemption_guard = guard_for(first)
    second.counter.redemption_guard = guard_for(second)
    first.sync()
    second.sync()
    first.counter.redeem(customer, "free-item")
    with pytest.raises(CounterError) as refused:
        second.counter.redeem(customer, "free-item")
    assert refused.value.problem == CounterProblem.REDEMPTION_REFUSED
    assert refused.value.detail == RedemptionRefusal.HUB_REFUSED
    first.sync()
    second.sync()
    assert first.balances()[customer] == second.balances()[customer] == (0, 100)


def test_the_guard_sends_unsynced_events_so_a_fresh_balance_counts(hub, make_terminal):
    till = make_terminal("T1", hub)
    customer = card_with_one_reward(till)  # nothing pushed yet
    till.counter.redemption_guard = guard_for(till)
    till.counter.redeem(customer, "free-item")
    assert hub.store.balances()[customer] == (5, 100)  # the stamps arrived with the confirmation
    till.sync()
    assert hub.store.balances()[customer] == (0, 100)


def test_offline_policy_refuse(make_terminal):
    till = make_terminal("T1")
    till.url, till.token = f"http://127.0.0.1:{free_port()}", "unused"
    customer = card_with_one_reward(till)
    till.counter.redemption_guard = guard_for(till, offline_redemption=OfflineRedemption.REFUSE)
    with pytest.raises(CounterError) as refused:
        till.counter.redeem(customer, "free-item")
    assert refused.value.detail == RedemptionRefusal.OFFLINE_REFUSED
    assert till.counter.customer(customer).stamps == 5


def test_offline_policy_allows_up_to_the_cap_then_a_sync_resets_it(hub, make_terminal):
    till = make_terminal("T1", hub)
    till.sync()
    customer = till.counter.enrol("Big Spender").customer.id
    till.counter.adjust_points(customer, 1000, "test")
    till.url = f"http://127.0.0.1:{free_port()}"  # the hub is unreachable for now
    till.counter.redemption_guard = guard_for(till, offline_redemption=OfflineRedemption.ALLOW, offline_cap=2)
    till.counter.redeem(customer, "pastry")
    till.counter.redeem(customer, "pastry")
    with pytest.raises(CounterError) as refused:
        till.counter.redeem(customer, "pastry")
    assert refused.value.detail == RedemptionRefusal.OFFLINE_CAP
    till.url = hub.url
    till.sync()
    till.counter.redemption_guard = guard_for(till, offline_redemption=OfflineRedemption.ALLOW, offline_cap=2)
    till.counter.redeem(customer, "pastry")  # confirmed by the hub this time


def test_offline_redemptions_on_two_terminals_keep_a_flagged_negative_balance(hub, make_terminal):
    first, second = make_terminal("T1", hub), make_terminal("T2", hub)
    customer = card_with_one_reward(first)
    first.sync()
    second.sync()
    for till in (first, second):  # both offline, both allowed by the owner's policy
        till.url = f"http://127.0.0.1:{free_port()}"
        till.counter.redemption_guard = guard_for(till, offline_redemption=OfflineRedemption.ALLOW)
        till.counter.redeem(customer, "free-item")
        till.url = hub.url
    for till in (first, second, first):
        till.sync()
    for till in (first, second):
        view = till.counter.customer(customer)
        assert view.stamps == -5 and view.overdrawn
        assert view.overdrawn_cause == OverdrawnCause.REWARDS_ELSEWHERE  # the cashier is told the real cause
    assert hub.store.balances()[customer] == (-5, 100)

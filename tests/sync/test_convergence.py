"""Three terminals sell offline and sync in random orders; afterwards everyone agrees, on both stores."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from terminal import loyalty

from .conftest import shuffled

SEEDS = [3, 11]


def nonzero(balances: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    return {cid: value for cid, value in balances.items() if value != (0, 0)}


def profiles(terminal) -> list[tuple]:
    return [tuple(r) for r in terminal.db.execute(
        "SELECT id, name, phone, consent, erased, profile_hlc FROM customers ORDER BY id")]


def sell_a_while(terminal, rng: random.Random, customers: list[str]) -> None:
    for _ in range(rng.randint(2, 6)):
        terminal.clock.advance(minutes=rng.randint(31, 90))
        customer = rng.choice(customers)
        row = terminal.db.execute("SELECT erased FROM customers WHERE id = ?", [customer]).fetchone()
        if row is None or row[0]:  # not here yet, or erased
            continue
        action = rng.random()
        if action < 0.65:
            terminal.counter.record_sale(customer, rng.randint(100, 5000))
        elif action < 0.8:
            view = terminal.counter.customer(customer)
            if view.rewards_available:
                terminal.counter.redeem(customer, view.rewards_available[0].id)
        elif action < 0.9:
            terminal.counter.adjust_points(customer, rng.randint(-20, 40), "goodwill")
        else:
            terminal.counter.update_profile(customer, name=f"Name {rng.randint(1, 999)}")


def assert_all_agree(hub, terminals) -> None:
    reference = terminals[0]
    for terminal in terminals:
        assert terminal.event_ids() == reference.event_ids(), terminal.name
        assert terminal.balances() == reference.balances(), terminal.name
        assert profiles(terminal) == profiles(reference), terminal.name
        terminal.assert_rebuild_equal()
    assert nonzero(hub.store.balances()) == nonzero(reference.balances())
    assert hub.store.max_seq() == len(reference.event_ids())


@pytest.mark.parametrize("seed", SEEDS)
def test_three_terminals_selling_offline_converge(hub, make_terminal, seed):
    rng = random.Random(seed)
    terminals = [make_terminal(f"T{n}", hub) for n in (1, 2, 3)]
    first = terminals[0]
    customers = [first.counter.enrol(f"Customer {n}", phone=f"+3620{n:07d}").customer.id for n in range(6)]
    for terminal in terminals:
        terminal.sync()
    for round_no in range(4):
        for terminal in terminals:
            sell_a_while(terminal, rng, customers)
        if round_no == 1:
            customers.append(terminals[1].counter.enrol("Late Comer").customer.id)
            terminals[2].counter.erase_customer(customers[0])
        for terminal in shuffled(rng, terminals)[: rng.randint(1, 3)]:
            terminal.sync()
    for terminal in terminals + terminals:
        terminal.sync()
    assert_all_agree(hub, terminals)
    assert any(v != (0, 0) for v in first.balances().values())
    erased = first.db.execute("SELECT name, erased FROM customers WHERE id = ?", [customers[0]]).fetchone()
    assert erased == (None, 1)


def test_a_clock_a_day_off_loses_and_reorders_nothing(hub, make_terminal):
    now = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
    ahead = make_terminal("T1", hub, start=now + timedelta(days=1))
    behind = make_terminal("T2", hub, start=now - timedelta(days=1))
    right = make_terminal("T3", hub, start=now)
    customer = right.counter.enrol("Zoe Day").customer.id
    right.sync()
    ahead.sync()
    behind.sync()
    rules = loyalty.Rules()
    expected_points = rules.welcome_points
    for terminal in (ahead, behind, right):
        for _ in range(3):
            terminal.clock.advance(hours=1)
            expected_points += terminal.counter.record_sale(customer, 1000).earned.points
    ahead.counter.update_profile(customer, name="Edited Ahead")  # stamped a day in the future
    for terminal in (ahead, behind, right, ahead, behind):
        terminal.sync()
    behind.counter.update_profile(customer, name="Edited Later")  # later in fact, though its clock is behind
    for terminal in (behind, ahead, right):
        terminal.sync()
    assert_all_agree(hub, [ahead, behind, right])
    assert right.balances()[customer] == (9, expected_points)
    for terminal in (ahead, behind, right):
        assert terminal.counter.customer(customer).name == "Edited Later"

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from terminal import loyalty
from terminal.loyalty import Reward, Rules, RulesError, StampMode, Tier

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
BRONZE, SILVER, GOLD = Rules().tiers


@pytest.mark.parametrize(("rules", "amount", "tier", "last_stamp", "expected"), [
    # one stamp per visit, a point per unit, rounded down
    (Rules(), 450, BRONZE, None, (1, 4, False)),
    (Rules(), 499, BRONZE, None, (1, 4, False)),
    (Rules(), 99, BRONZE, None, (1, 0, False)),
    # tier multipliers apply before rounding down
    (Rules(), 1000, SILVER, None, (1, 12, False)),
    (Rules(), 1000, GOLD, None, (1, 15, False)),
    # the visit window: no second stamp within 30 minutes, points still earned
    (Rules(), 450, BRONZE, NOW - timedelta(minutes=29), (0, 4, True)),
    (Rules(), 450, BRONZE, NOW - timedelta(minutes=30), (1, 4, False)),
    # a minimum sale for the stamp
    (Rules(min_stamp_amount=300), 299, BRONZE, None, (0, 2, False)),
    (Rules(min_stamp_amount=300), 300, BRONZE, None, (1, 3, False)),
    # a stamp per qualifying amount
    (Rules(stamp_mode=StampMode.PER_AMOUNT, stamp_amount=500), 1499, BRONZE, None, (2, 14, False)),
    (Rules(stamp_mode=StampMode.PER_AMOUNT, stamp_amount=500), 499, BRONZE, None, (0, 4, False)),
    # ten points per unit
    (Rules(points_per_unit=10), 455, BRONZE, None, (1, 45, False)),
])
def test_what_a_sale_earns(rules: Rules, amount: int, tier: Tier, last_stamp: datetime | None,
                           expected: tuple[int, int, bool]) -> None:
    earned = loyalty.earn_for_sale(rules, amount, tier, last_stamp, NOW)
    assert (earned.stamps, earned.points, earned.stamps_blocked) == expected


@pytest.mark.parametrize(("spend", "visits", "tier"), [
    (0, 0, "Bronze"), (19_999, 14, "Bronze"), (20_000, 0, "Silver"), (0, 15, "Silver"),
    (49_999, 39, "Silver"), (50_000, 0, "Gold"), (0, 40, "Gold"),
])
def test_tiers_by_twelve_month_spend_or_visits(spend: int, visits: int, tier: str) -> None:
    assert loyalty.tier_for(Rules(), spend, visits).name == tier


@pytest.mark.parametrize(("stamps", "on_card", "to_next"), [
    (0, 0, 5), (1, 1, 4), (4, 4, 1), (5, 5, 0), (6, 1, 0), (10, 5, 0), (-1, 0, 6),
])
def test_stamps_carry_over_beyond_a_full_card(stamps: int, on_card: int, to_next: int) -> None:
    assert loyalty.stamps_on_card(Rules(), stamps) == on_card
    assert loyalty.stamps_to_next_reward(Rules(), stamps) == to_next


@pytest.mark.parametrize(("stamps", "points", "reward", "problem"), [
    (5, 0, "free-item", None), (4, 1000, "free-item", loyalty.RedeemProblem.NOT_ENOUGH_STAMPS),
    (0, 150, "pastry", None), (9, 149, "pastry", loyalty.RedeemProblem.NOT_ENOUGH_POINTS),
    (9, 999, "nope", loyalty.RedeemProblem.UNKNOWN_REWARD),
])
def test_redemption_only_when_the_balance_allows(stamps: int, points: int, reward: str,
                                                 problem: loyalty.RedeemProblem | None) -> None:
    assert loyalty.redeem_problem(Rules(), stamps, points, reward) == problem


@pytest.mark.parametrize(("birthday", "today", "given", "due"), [
    (date(1990, 3, 12), date(2026, 3, 10), set(), 2026),
    (date(1990, 3, 12), date(2026, 3, 10), {2026}, None),  # once a year
    (date(1990, 3, 20), date(2026, 3, 10), set(), None),  # outside the 7-day window
    (date(1990, 1, 2), date(2025, 12, 30), set(), 2026),  # the window crosses new year
    (date(1992, 2, 29), date(2027, 3, 1), set(), 2027),  # leap-day birthday in a common year
    (None, date(2026, 3, 10), set(), None),
])
def test_birthday_bonus_once_a_year_within_the_window(birthday: date | None, today: date, given: set[int],
                                                      due: int | None) -> None:
    assert loyalty.birthday_bonus_due(Rules(), birthday, today, given) == due


@pytest.mark.parametrize(("points", "last_visit", "expires"), [
    (100, NOW - timedelta(days=366), 100), (100, NOW - timedelta(days=300), 0), (-5, NOW - timedelta(days=999), 0),
    (100, None, 0),
])
def test_points_expire_after_months_without_a_visit(points: int, last_visit: datetime | None, expires: int) -> None:
    assert loyalty.points_to_expire(Rules(expiry_months=12), points, last_visit, NOW) == expires


def test_no_expiry_when_the_owner_turns_it_off() -> None:
    assert loyalty.points_to_expire(Rules(expiry_months=0), 100, NOW - timedelta(days=9999), NOW) == 0


def test_rules_round_trip_through_json() -> None:
    rules = Rules(card_size=8, stamp_mode=StampMode.PER_AMOUNT, rewards=(Reward("x", "X", cost_points=10),))
    assert Rules.from_json(rules.to_json()) == rules


@pytest.mark.parametrize("broken", [{"card_size": 0}, {"points_per_unit": -1}, {"tiers": []},
                                    {"rewards": [{"id": "r", "name": "free"}]}])
def test_rules_that_cannot_work_are_refused(broken: dict) -> None:
    with pytest.raises(RulesError):
        Rules.from_json(broken)

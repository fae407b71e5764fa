"""The loyalty rules: stamps, points, tiers, rewards, birthdays and expiry.

Pure functions of (rules, balance, sale): no database, no clock. The counter service gathers the
facts (the customer's 12-month spend, the last stamp, today's date) and asks these functions.

Rounding rule, as the owner sees it in settings: points are rounded **down** to a whole point
after the tier multiplier, so 4.99 at 1 point per unit earns 4 points.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any


class StampMode(StrEnum):
    PER_VISIT = "visit"  # one stamp per sale of at least `min_stamp_amount`
    PER_AMOUNT = "amount"  # one stamp per full `stamp_amount` spent


@dataclass(frozen=True)
class Tier:
    name: str
    min_spend: int = 0  # minor units over the last 12 months
    min_visits: int = 0  # or this many visits over the last 12 months
    multiplier_pct: int = 100  # 150 = points x1.5


@dataclass(frozen=True)
class Reward:
    id: str
    name: str
    cost_stamps: int = 0
    cost_points: int = 0
    value: int = 0  # what the reward costs the shop, minor units: a campaign's cost (0: not priced)


@dataclass(frozen=True)
class Rules:
    card_size: int = 5
    stamp_mode: StampMode = StampMode.PER_VISIT
    stamp_amount: int = 500
    min_stamp_amount: int = 0
    points_per_unit: int = 1  # points earned for each `points_spend` spent ...
    points_spend: int = 100  # ... in minor units: 100 is 1.00 (1 point per 1 €); 10_000 is 100 Ft
    visit_window_minutes: int = 30
    welcome_points: int = 50
    birthday_points: int = 100
    birthday_window_days: int = 7
    expiry_months: int = 12  # 0: points never expire
    tiers: tuple[Tier, ...] = (
        Tier("Bronze"),
        Tier("Silver", min_spend=20_000, min_visits=15, multiplier_pct=125),
        Tier("Gold", min_spend=50_000, min_visits=40, multiplier_pct=150),
    )
    rewards: tuple[Reward, ...] = (
        Reward("free-item", "Free coffee", cost_stamps=5, value=250),
        Reward("pastry", "Free pastry", cost_points=150, value=300),
        Reward("voucher-5", "5.00 voucher", cost_points=400, value=500),
    )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Rules:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if "tiers" in known:
            known["tiers"] = tuple(Tier(**t) for t in known["tiers"])
        if "rewards" in known:
            known["rewards"] = tuple(Reward(**r) for r in known["rewards"])
        if "stamp_mode" in known:
            known["stamp_mode"] = StampMode(known["stamp_mode"])
        rules = replace(cls(), **known)
        validate(rules)
        return rules

    def reward(self, reward_id: str) -> Reward | None:
        return next((r for r in self.rewards if r.id == reward_id), None)


class RulesError(ValueError):
    """Rules an owner typed that cannot work (a card of zero stamps, a negative rate...)."""


def validate(rules: Rules) -> None:
    if rules.card_size < 1:
        raise RulesError("card_size")
    if rules.stamp_mode == StampMode.PER_AMOUNT and rules.stamp_amount < 1:
        raise RulesError("stamp_amount")
    if rules.points_spend < 1:
        raise RulesError("points_spend")
    for name in ("points_per_unit", "visit_window_minutes", "welcome_points", "birthday_points",
                 "birthday_window_days", "expiry_months", "min_stamp_amount"):
        if getattr(rules, name) < 0:
            raise RulesError(name)
    if not rules.tiers:
        raise RulesError("tiers")
    for reward in rules.rewards:
        if reward.cost_points < 0 or reward.cost_stamps < 0 or not (reward.cost_points or reward.cost_stamps):
            raise RulesError(f"reward {reward.id}")


@dataclass(frozen=True)
class Earned:
    stamps: int
    points: int
    stamps_blocked: bool = False  # a stamp was due but the card already earned one this visit window


def tier_for(rules: Rules, spend_12m: int, visits_12m: int) -> Tier:
    """The highest tier whose spend or visit threshold the customer meets."""
    best = rules.tiers[0]
    for tier in rules.tiers:
        meets = spend_12m >= tier.min_spend or (tier.min_visits and visits_12m >= tier.min_visits)
        if meets and (tier.min_spend, tier.min_visits) >= (best.min_spend, best.min_visits):
            best = tier
    return best


def next_tier(rules: Rules, current: Tier) -> Tier | None:
    higher = [t for t in rules.tiers if t.min_spend > current.min_spend]
    return min(higher, key=lambda t: t.min_spend) if higher else None


def points_for(rules: Rules, amount: int, tier: Tier) -> int:
    """Whole points for an amount in minor units: `points_per_unit` per `points_spend` of the amount,
    times the tier's multiplier, rounded down once at the end (1 point per 100 Ft: 1 234 Ft gives
    12 points, 18 at ×1.5)."""
    if amount <= 0:
        return 0
    return amount * rules.points_per_unit * tier.multiplier_pct // (100 * rules.points_spend)


def stamps_for(rules: Rules, amount: int) -> int:
    if rules.stamp_mode == StampMode.PER_AMOUNT:
        return amount // rules.stamp_amount
    return 1 if amount > 0 and amount >= rules.min_stamp_amount else 0


def earn_for_sale(rules: Rules, amount: int, tier: Tier, last_stamp_at: datetime | None,
                  now: datetime) -> Earned:
    """What a sale earns. A card earns stamps at most once per visit window, whatever is scanned."""
    stamps = stamps_for(rules, amount)
    blocked = False
    window = timedelta(minutes=rules.visit_window_minutes)
    if stamps and last_stamp_at is not None and now - last_stamp_at < window:
        stamps, blocked = 0, True
    return Earned(stamps=stamps, points=points_for(rules, amount, tier), stamps_blocked=blocked)


def stamps_on_card(rules: Rules, stamps: int) -> int:
    """How many stamps the current card shows; stamps beyond a full card carry over."""
    if stamps <= 0:
        return 0
    full, rest = divmod(stamps, rules.card_size)
    return rules.card_size if full and rest == 0 else rest


def stamps_to_next_reward(rules: Rules, stamps: int) -> int:
    if stamps >= rules.card_size:
        return 0
    return rules.card_size - stamps  # an overdrawn card needs its missing stamps back too


class RedeemProblem(StrEnum):
    UNKNOWN_REWARD = "unknown_reward"
    NOT_ENOUGH_STAMPS = "not_enough_stamps"
    NOT_ENOUGH_POINTS = "not_enough_points"


def redeem_problem(rules: Rules, stamps: int, points: int, reward_id: str) -> RedeemProblem | None:
    """None when the balance allows the reward, else why not."""
    reward = rules.reward(reward_id)
    if reward is None:
        return RedeemProblem.UNKNOWN_REWARD
    if stamps < reward.cost_stamps:
        return RedeemProblem.NOT_ENOUGH_STAMPS
    if points < reward.cost_points:
        return RedeemProblem.NOT_ENOUGH_POINTS
    return None


def available_rewards(rules: Rules, stamps: int, points: int) -> list[Reward]:
    return [r for r in rules.rewards if redeem_problem(rules, stamps, points, r.id) is None]


def _birthday_in(year: int, birthday: date) -> date:
    if birthday.month == 2 and birthday.day == 29:
        try:
            return date(year, 2, 29)
        except ValueError:
            return date(year, 2, 28)
    return date(year, birthday.month, birthday.day)


def birthday_near(rules: Rules, birthday: date | None, today: date) -> date | None:
    """The birthday (this year's, last year's or next year's) within the window around today, if any."""
    if birthday is None or rules.birthday_window_days < 0:
        return None
    for year in (today.year - 1, today.year, today.year + 1):
        candidate = _birthday_in(year, birthday)
        if abs((candidate - today).days) <= rules.birthday_window_days:
            return candidate
    return None


def birthday_bonus_due(rules: Rules, birthday: date | None, today: date, years_given: set[int]) -> int | None:
    """The birthday year a bonus is due for now, once a year, or None."""
    if not rules.birthday_points:
        return None
    near = birthday_near(rules, birthday, today)
    if near is None or near.year in years_given:
        return None
    return near.year


def add_months(moment: datetime, months: int) -> datetime:
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    days_in_month = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
                     31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return moment.replace(year=year, month=month, day=min(moment.day, days_in_month))


def points_to_expire(rules: Rules, points: int, last_visit: datetime | None, now: datetime) -> int:
    """All points expire after `expiry_months` without a visit; negative balances are never touched."""
    if rules.expiry_months <= 0 or points <= 0 or last_visit is None:
        return 0
    return points if add_months(last_visit, rules.expiry_months) <= now else 0

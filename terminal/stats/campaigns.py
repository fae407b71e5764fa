"""What a campaign changed: who came back in the offered group and in the control group.

"Came back" means at least one sale (net of refunds) inside the campaign's window (up to now while it
runs). The lift is the difference of the two groups' return rates, with Newcombe's 95 % interval built
from the two Wilson intervals; it is "within the noise" when the interval holds zero. The cost is the
offers taken, valued from the rewards catalogue (a reward's ``value``; points and stamps at the
catalogue's lowest value per point or stamp, 0 when no reward is priced); the net effect is the
offered group's revenue beyond what the control group's revenue per customer predicts, less the cost.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from terminal.campaigns import Audience, Campaign, CampaignError, CampaignProblem, OfferKind, campaign, groups
from terminal.clock import iso
from terminal.ledger import Kind
from terminal.loyalty import Rules
from terminal.stats.confidence import wilson
from terminal.stats.customers import ListName, Thresholds
from terminal.stats.period import Preset, preset_period
from terminal.stats.segments import export_rows
from terminal.stats.silence import silent_since


@dataclass(frozen=True)
class Lift:
    value: float  # return rate of the offered group minus the control group's
    low: float
    high: float

    @property
    def within_noise(self) -> bool:
        return self.low <= 0 <= self.high


@dataclass(frozen=True)
class Report:
    campaign: Campaign
    offered: int
    control: int
    returned_offered: int
    returned_control: int
    revenue_offered: int  # minor units, net of refunds, in the window
    revenue_control: int
    used: int  # offers taken
    cost: int  # minor units, valued from the catalogue
    lift: Lift | None  # None when a group is empty (happy hours have no groups)
    finished: bool
    used_twice: int = 0  # uses beyond a customer's first: given at two counters that could not reach the hub

    @property
    def net(self) -> int:
        """Extra revenue of the offered group over what the control group's rate predicts, less the cost."""
        if not self.offered or not self.control:
            return -self.cost
        expected = self.revenue_control / self.control * self.offered
        return round(self.revenue_offered - expected) - self.cost

    def to_json(self) -> dict[str, Any]:
        return {"id": self.campaign.id, "name": self.campaign.name, "offered": self.offered, "control": self.control,
                "returned_offered": self.returned_offered, "returned_control": self.returned_control,
                "lift": None if self.lift is None else {"value": self.lift.value, "low": self.lift.low,
                                                        "high": self.lift.high,
                                                        "within_noise": self.lift.within_noise},
                "revenue_offered": self.revenue_offered, "revenue_control": self.revenue_control,
                "used": self.used, "used_twice": self.used_twice, "cost": self.cost, "net": self.net,
                "finished": self.finished,
                "starts": iso(self.campaign.starts), "ends": iso(self.campaign.ends)}


def newcombe(returned_a: int, n_a: int, returned_b: int, n_b: int) -> Lift | None:
    """Difference of two proportions with Newcombe's hybrid score interval (method 10)."""
    a, b = wilson(returned_a, n_a), wilson(returned_b, n_b)
    if a is None or b is None:
        return None
    p_a, p_b = returned_a / n_a, returned_b / n_b
    diff = p_a - p_b
    low = diff - math.sqrt((p_a - a.low) ** 2 + (b.high - p_b) ** 2)
    high = diff + math.sqrt((a.high - p_a) ** 2 + (p_b - b.low) ** 2)
    return Lift(diff, low, high)


def unit_values(rules: Rules) -> tuple[float, float]:
    """(value of one point, value of one stamp) in minor units: the catalogue's lowest, 0 when unpriced."""
    per_point = [r.value / r.cost_points for r in rules.rewards if r.cost_points > 0 and r.value > 0]
    per_stamp = [r.value / r.cost_stamps for r in rules.rewards if r.cost_stamps > 0 and r.value > 0]
    return (min(per_point, default=0.0), min(per_stamp, default=0.0))


def report(db: sqlite_utils.Database, campaign_id: str, rules: Rules, now: datetime) -> Report:
    found = campaign(db, campaign_id)
    members = groups(db, campaign_id)
    start, end = iso(found.starts), iso(min(found.ends, max(now, found.starts)))

    def tally(ids: tuple[str, ...]) -> tuple[int, int]:
        if not ids:
            return 0, 0
        rows = db.execute(
            "SELECT customer_id, SUM(CASE kind WHEN 'sale' THEN 1 ELSE -1 END), SUM(amount) FROM events "
            "WHERE customer_id IN (SELECT value FROM json_each(?)) AND kind IN ('sale', 'refund') "
            "AND ts >= ? AND ts < ? GROUP BY customer_id", [json.dumps(ids), start, end]).fetchall()
        return sum(1 for _c, visits, _a in rows if visits > 0), sum(amount for _c, _v, amount in rows)

    returned_offered, revenue_offered = tally(members.offered)
    returned_control, revenue_control = tally(members.control)
    per_point, per_stamp = unit_values(rules)
    used, value = 0, 0.0
    once: set[str] = set()
    used_twice = 0
    for customer_id, points, stamps, body in db.execute(
            "SELECT customer_id, points, stamps, body FROM events e WHERE kind = ? "
            "AND json_extract(body, '$.campaign_id') = ? "
            "AND NOT EXISTS (SELECT 1 FROM events r WHERE r.ref_id = e.id AND r.kind = 'reversal')",
            [Kind.OFFER_USED, campaign_id]):
        used += 1
        data = json.loads(body)
        if data.get("offer") != OfferKind.HAPPY_HOURS:  # a one-time offer: a second use counts as such
            used_twice += customer_id in once
            once.add(customer_id)
        reward = rules.reward(data.get("reward_id", ""))
        value += points * per_point + stamps * per_stamp + (reward.value if reward else 0)
    cost = round(value)  # rounded once, over all the offers
    return Report(campaign=found, offered=len(members.offered), control=len(members.control),
                  returned_offered=returned_offered, returned_control=returned_control,
                  revenue_offered=revenue_offered, revenue_control=revenue_control, used=used, cost=cost,
                  used_twice=used_twice,
                  lift=newcombe(returned_offered, len(members.offered), returned_control, len(members.control)),
                  finished=now >= found.ends)


def audience_members(db: sqlite_utils.Database, audience: Audience, now: datetime, zone: str,
                     thresholds: Thresholds, *, days: int = 0, ids: tuple[str, ...] = ()) -> list[str]:
    """The live customers an audience names today, in the shop's zone."""
    period = preset_period(Preset.DAYS_30, now.astimezone(ZoneInfo(zone)).date(), zone)
    if audience in (Audience.AT_RISK, Audience.LAPSED, Audience.OVERDUE, Audience.VIP):
        return [row.customer_id for row in export_rows(db, ListName(str(audience)), period, thresholds)]
    if audience is Audience.SILENT_DAYS:
        if days <= 0:
            raise CampaignError(CampaignProblem.NO_AUDIENCE, "days")
        # Calendar days in the shop's zone, as the dashboard counts them: last seen on 1 April is 90 days
        # silent on 30 June.
        cutoff = iso(silent_since(period.end(), days))
        return [row[0] for row in db.execute(
            "SELECT b.customer_id FROM balances b JOIN customers c ON c.id = b.customer_id "
            "WHERE c.erased = 0 AND b.last_visit_ts < ? ORDER BY b.customer_id", [cutoff])]
    if audience is Audience.BIRTHDAY_MONTH:
        month = f"-{now.astimezone(ZoneInfo(zone)).month:02d}-"
        return [row[0] for row in db.execute(
            "SELECT id FROM customers WHERE erased = 0 AND substr(birthday, 5, 4) = ? ORDER BY id", [month])]
    if audience is Audience.LIST:
        live = {row[0] for row in db.execute(
            "SELECT id FROM customers WHERE erased = 0 AND id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(ids))])}
        return sorted(live)
    return []

"""Campaigns: an offer to chosen customers, a control group that gets nothing, and what it changed.

A campaign is ledger events, so it syncs and every terminal honours it:

- ``campaign_created`` (no customer): the campaign itself (who was chosen and how, the offer, the
  window, the control share and the random seed the groups were drawn with);
- ``campaign_member`` (one per chosen customer): ``{"campaign_id", "group": "offer" | "control"}``;
- ``offer_used`` (the customer): the offer taken at the counter, with the points or stamps it gave
  (a free reward gives none), ``ref_id`` the sale it boosted where it boosts one.

The groups are drawn once, at creation, with a recorded seed: the audience sorted by customer id,
shuffled by ``random.Random(seed)``, the first ``round(share × n)`` kept as the control group.

What a campaign changed is worked out in ``terminal.stats.campaigns``.
"""

from __future__ import annotations

import json
import random
import secrets
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from terminal.clock import iso, parse_iso
from terminal.db import writing
from terminal.ledger import Event, Kind
from terminal.loyalty import Rules
from terminal.writer import EventWriter

MAX_MEMBERS = 20_000  # one campaign's audience: far above a small shop's customers


class Audience(StrEnum):
    AT_RISK = "at_risk"
    LAPSED = "lapsed"
    OVERDUE = "overdue"
    VIP = "vip"
    BIRTHDAY_MONTH = "birthday_month"
    SILENT_DAYS = "silent_days"  # no visit for N days
    LIST = "list"  # customer ids given by the owner (a saved list)
    EVERYONE = "everyone"  # happy hours: every sale in the hours, no groups


class OfferKind(StrEnum):
    BONUS_POINTS = "bonus_points"
    FREE_REWARD = "free_reward"
    DOUBLE_NEXT = "double_next"  # the stamps and points of the visit's sale, times the multiplier
    HAPPY_HOURS = "happy_hours"  # every sale in the chosen local hours and days, times the multiplier


class CampaignProblem(StrEnum):
    NAME_REQUIRED = "name_required"
    BAD_WINDOW = "bad_window"
    BAD_OFFER = "bad_offer"
    UNKNOWN_REWARD = "unknown_reward"
    BAD_CONTROL_SHARE = "bad_control_share"
    NO_AUDIENCE = "no_audience"
    UNKNOWN_CAMPAIGN = "unknown_campaign"
    NOT_A_MEMBER = "not_a_member"
    ALREADY_USED = "already_used"
    NOT_OPEN = "not_open"
    SALE_NEEDED = "sale_needed"
    OFFLINE_REFUSED = "offline_refused"  # the hub cannot confirm it, and the owner allows none offline
    OFFLINE_CAP = "offline_cap"  # the hub cannot confirm it, and this terminal's offline allowance is used up


class CampaignError(Exception):
    def __init__(self, problem: CampaignProblem, detail: str = "") -> None:
        super().__init__(f"{problem} {detail}".strip())
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class Offer:
    kind: OfferKind
    points: int = 0  # bonus points
    reward_id: str = ""  # a free reward from the catalogue
    multiplier: int = 2  # double next visit, happy hours
    hours: tuple[int, int] = (0, 24)  # happy hours: local [from, to)
    weekdays: tuple[int, ...] = ()  # happy hours: 0 = Monday … 6 = Sunday; empty: every day

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Offer:
        start, end = data.get("hours", (0, 24))
        return cls(kind=OfferKind(data["kind"]), points=int(data.get("points", 0)),
                   reward_id=str(data.get("reward_id", "")), multiplier=int(data.get("multiplier", 2)),
                   hours=(int(start), int(end)), weekdays=tuple(int(d) for d in data.get("weekdays", ())))


@dataclass(frozen=True)
class Campaign:
    id: str
    name: str
    audience: Audience
    offer: Offer
    starts: datetime
    ends: datetime
    control_share: float = 0.2
    seed: int = 0
    audience_days: int = 0  # SILENT_DAYS
    created_ts: str = ""

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(audience=str(self.audience), starts=iso(self.starts), ends=iso(self.ends),
                    offer={**asdict(self.offer), "kind": str(self.offer.kind), "hours": list(self.offer.hours),
                           "weekdays": list(self.offer.weekdays)})
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Campaign:
        return cls(id=str(data["id"]), name=str(data["name"]), audience=Audience(data["audience"]),
                   offer=Offer.from_json(data["offer"]), starts=parse_iso(data["starts"]),
                   ends=parse_iso(data["ends"]), control_share=float(data.get("control_share", 0.2)),
                   seed=int(data.get("seed", 0)), audience_days=int(data.get("audience_days", 0)),
                   created_ts=str(data.get("created_ts", "")))

    def is_open(self, now: datetime) -> bool:
        return self.starts <= now < self.ends


@dataclass(frozen=True)
class OpenOffer:
    """An offer waiting for one customer at the counter."""

    campaign_id: str
    name: str
    offer: Offer
    reward_name: str = ""


@dataclass(frozen=True)
class Groups:
    offered: tuple[str, ...]
    control: tuple[str, ...]


def validate(campaign: Campaign, rules: Rules) -> None:
    if not " ".join(campaign.name.split()):
        raise CampaignError(CampaignProblem.NAME_REQUIRED)
    if campaign.ends <= campaign.starts:
        raise CampaignError(CampaignProblem.BAD_WINDOW)
    if not 0 <= campaign.control_share < 1:
        raise CampaignError(CampaignProblem.BAD_CONTROL_SHARE, str(campaign.control_share))
    offer = campaign.offer
    if offer.kind is OfferKind.BONUS_POINTS and not 0 < offer.points <= 100_000:
        raise CampaignError(CampaignProblem.BAD_OFFER, "points")
    if offer.kind is OfferKind.FREE_REWARD and rules.reward(offer.reward_id) is None:
        raise CampaignError(CampaignProblem.UNKNOWN_REWARD, offer.reward_id)
    if offer.kind in (OfferKind.DOUBLE_NEXT, OfferKind.HAPPY_HOURS) and not 2 <= offer.multiplier <= 10:
        raise CampaignError(CampaignProblem.BAD_OFFER, "multiplier")
    if offer.kind is OfferKind.HAPPY_HOURS:
        start, end = offer.hours
        if not 0 <= start < end <= 24 or any(not 0 <= d <= 6 for d in offer.weekdays):
            raise CampaignError(CampaignProblem.BAD_OFFER, "hours")
    if (offer.kind is OfferKind.HAPPY_HOURS) != (campaign.audience is Audience.EVERYONE):
        raise CampaignError(CampaignProblem.BAD_OFFER, "happy hours are for everyone, other offers for a list")


def draw_groups(audience: list[str], share: float, seed: int) -> Groups:
    """The recorded draw: sorted ids, shuffled with the seed, the first round(share × n) as control."""
    ids = sorted(set(audience))
    random.Random(seed).shuffle(ids)
    cut = round(share * len(ids))
    return Groups(offered=tuple(sorted(ids[cut:])), control=tuple(sorted(ids[:cut])))


def new_campaign(name: str, audience: Audience, offer: Offer, starts: datetime, ends: datetime, *,
                 control_share: float = 0.2, audience_days: int = 0, seed: int | None = None) -> Campaign:
    return Campaign(id=f"c-{secrets.token_hex(6)}", name=" ".join(name.split()), audience=audience, offer=offer,
                    starts=starts, ends=ends, control_share=control_share,
                    seed=secrets.randbelow(2**31) if seed is None else seed, audience_days=audience_days)


def create(writer: EventWriter, campaign: Campaign, members: list[str], rules: Rules) -> Groups:
    """Store the campaign and its drawn groups: events, in one transaction."""
    validate(campaign, rules)
    if campaign.audience is not Audience.EVERYONE and not members:
        raise CampaignError(CampaignProblem.NO_AUDIENCE)
    members = members[:MAX_MEMBERS]
    groups = draw_groups(members, campaign.control_share, campaign.seed)
    campaign = replace(campaign, created_ts=iso(writer.clock.now()))
    events = [writer.new(Kind.CAMPAIGN_CREATED, body={"campaign": campaign.to_json()})]
    for group, ids in (("offer", groups.offered), ("control", groups.control)):
        events += [writer.new(Kind.CAMPAIGN_MEMBER, customer_id, body={"campaign_id": campaign.id, "group": group})
                   for customer_id in ids]
    with writing(writer.db):
        writer.commit(events)
    return groups


# -- reading --------------------------------------------------------------------------------------
def campaigns(db: sqlite_utils.Database, offer: OfferKind | None = None) -> list[Campaign]:
    """Every campaign (with ``offer``: of that kind only), newest first."""
    found = []
    for (body,) in db.execute("SELECT body FROM events WHERE kind = ? AND (? IS NULL OR "
                              "json_extract(body, '$.campaign.offer.kind') = ?) ORDER BY ts DESC, id DESC",
                              [Kind.CAMPAIGN_CREATED, offer, offer]):
        try:
            found.append(Campaign.from_json(json.loads(body)["campaign"]))
        except (KeyError, TypeError, ValueError):
            continue  # a malformed campaign from elsewhere is ignored here, never a crash at the counter
    return found


def campaign(db: sqlite_utils.Database, campaign_id: str) -> Campaign:
    for found in campaigns(db):
        if found.id == campaign_id:
            return found
    raise CampaignError(CampaignProblem.UNKNOWN_CAMPAIGN, campaign_id)


def groups(db: sqlite_utils.Database, campaign_id: str) -> Groups:
    rows = db.execute("SELECT customer_id, json_extract(body, '$.group') FROM events WHERE kind = ? "
                      "AND json_extract(body, '$.campaign_id') = ?", [Kind.CAMPAIGN_MEMBER, campaign_id]).fetchall()
    return Groups(offered=tuple(sorted({c for c, g in rows if g == "offer"})),
                  control=tuple(sorted({c for c, g in rows if g == "control"})))


def is_used(db: sqlite_utils.Database, customer_id: str, campaign_id: str) -> bool:
    return db.execute("SELECT 1 FROM events WHERE customer_id = ? AND kind = ? "
                      "AND json_extract(body, '$.campaign_id') = ? AND NOT EXISTS (SELECT 1 FROM events r "
                      "WHERE r.ref_id = events.id AND r.kind = 'reversal') LIMIT 1",
                      [customer_id, Kind.OFFER_USED, campaign_id]).fetchone() is not None


def open_offers(db: sqlite_utils.Database, customer_id: str, now: datetime, rules: Rules) -> list[OpenOffer]:
    """The offers waiting for this customer now: in the offered group of an open campaign, not yet used
    (here or, after a sync, at another terminal)."""
    memberships = db.execute(
        "SELECT json_extract(body, '$.campaign_id') FROM events WHERE customer_id = ? AND kind = ? "
        "AND json_extract(body, '$.group') = 'offer'", [customer_id, Kind.CAMPAIGN_MEMBER]).fetchall()
    if not memberships:
        return []
    wanted = {row[0] for row in memberships}
    offers = []
    for found in campaigns(db):
        if found.id in wanted and found.is_open(now) and not is_used(db, customer_id, found.id):
            reward = rules.reward(found.offer.reward_id) if found.offer.kind is OfferKind.FREE_REWARD else None
            offers.append(OpenOffer(found.id, found.name, found.offer, reward.name if reward else ""))
    return offers


# -- at the counter -------------------------------------------------------------------------------
def check_offer(db: sqlite_utils.Database, customer_id: str, campaign_id: str, now: datetime,
                sale: Event | None = None) -> Campaign:
    """The campaign, if its offer can be applied for this customer now; CampaignError says why not."""
    found = campaign(db, campaign_id)
    if not found.is_open(now):
        raise CampaignError(CampaignProblem.NOT_OPEN, campaign_id)
    if customer_id not in groups(db, campaign_id).offered:
        raise CampaignError(CampaignProblem.NOT_A_MEMBER, customer_id)
    if is_used(db, customer_id, campaign_id):
        raise CampaignError(CampaignProblem.ALREADY_USED, campaign_id)
    if found.offer.kind is OfferKind.HAPPY_HOURS:
        raise CampaignError(CampaignProblem.BAD_OFFER, "happy hours apply by themselves")
    if found.offer.kind is OfferKind.DOUBLE_NEXT and (sale is None or sale.customer_id != customer_id):
        raise CampaignError(CampaignProblem.SALE_NEEDED, campaign_id)
    return found


def apply_offer(writer: EventWriter, customer_id: str, campaign_id: str, rules: Rules,
                sale: Event | None = None) -> Event:
    """The cashier applies an open offer: once per customer and campaign, as an ``offer_used`` event.

    Bonus points give the points; a free reward gives the reward (no points or stamps move); double
    stamps and points need the visit's sale and add what it earned, times the multiplier less one."""
    db = writer.db
    with writing(db):  # the check and the write under the write lock: used at most once here
        found = check_offer(db, customer_id, campaign_id, writer.clock.now(), sale)
        offer = found.offer
        body: dict[str, Any] = {"campaign_id": campaign_id, "offer": str(offer.kind)}
        stamps = points = 0
        ref_id = None
        if offer.kind is OfferKind.BONUS_POINTS:
            points = offer.points
        elif offer.kind is OfferKind.FREE_REWARD:
            body["reward_id"] = offer.reward_id
        elif sale is not None:  # double next: what the visit's sale earned, once more (or more)
            stamps, points = sale.stamps * (offer.multiplier - 1), sale.points * (offer.multiplier - 1)
            ref_id = sale.id
        event = writer.new(Kind.OFFER_USED, customer_id, stamps=stamps, points=points, ref_id=ref_id, body=body)
        writer.commit([event])
    return event


def happy_hour_bonuses(writer: EventWriter, sale: Event, zone: str) -> list[Event]:
    """For a customer's sale: one ``offer_used`` per happy-hours campaign whose local hours hold it."""
    if sale.customer_id is None or not (sale.stamps or sale.points):
        return []
    moment = parse_iso(sale.ts)
    local = moment.astimezone(ZoneInfo(zone))
    bonuses = []
    for found in campaigns(writer.db, OfferKind.HAPPY_HOURS):  # read at every sale: only these
        offer = found.offer
        if not found.is_open(moment):
            continue
        if not offer.hours[0] <= local.hour < offer.hours[1]:
            continue
        if offer.weekdays and local.weekday() not in offer.weekdays:
            continue
        bonuses.append(writer.new(Kind.OFFER_USED, sale.customer_id, stamps=sale.stamps * (offer.multiplier - 1),
                                  points=sale.points * (offer.multiplier - 1), ref_id=sale.id,
                                  body={"campaign_id": found.id, "offer": str(offer.kind)}))
    return bonuses


def offer_words(offer: Offer, rules: Rules) -> str:
    """The offer in a line of English, for exports and the command line (the screens translate their own)."""
    if offer.kind is OfferKind.BONUS_POINTS:
        return f"{offer.points} bonus points"
    if offer.kind is OfferKind.FREE_REWARD:
        reward = rules.reward(offer.reward_id)
        return reward.name if reward else offer.reward_id
    if offer.kind is OfferKind.DOUBLE_NEXT:
        return f"stamps and points ×{offer.multiplier} on the next visit"
    return f"stamps and points ×{offer.multiplier} from {offer.hours[0]:02d}:00 to {offer.hours[1]:02d}:00"

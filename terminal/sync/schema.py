"""One schema per event kind, used on both sides of sync.

The hub checks every pushed event with :func:`check_event` and refuses a bad one *alone*, with a
reason, storing the rest; a terminal checks every pulled event with :func:`check_pulled` and sets
aside what fails, applying the rest. So no single event, however it was made, can stop sync or a
sale: a ``card_issued`` without a code, a rules change with a card of zero stamps, a clock written in
full-width digits are all refused by the same definitions, on the hub and on every terminal.

The envelope (ids, times, deltas) is checked first, then the body against its kind's
:class:`KindSpec`. Every pattern is ASCII-only (``[0-9]``, never ``\\d``, which also accepts
full-width and other Unicode digits that would sort after every real clock).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any

from terminal.clock import to_ms
from terminal.ledger import PROFILE_FIELDS, Kind
from terminal.limits import (  # noqa: F401 - the limits the import shares, part of the schema's names
    EARLIEST,
    FUTURE_TOLERANCE,
    MAX_AMOUNT,
    MAX_DELTA,
    MAX_ID_LENGTH,
    MAX_REF_LENGTH,
    PROFILE_CHECKS,
    Check,
    boolean,
    is_int,
    one_of,
    optional,
    printable,
    profile_problem,
    text,
    whole,
)

assert set(PROFILE_CHECKS) == set(PROFILE_FIELDS)
# -- bodies ----------------------------------------------------------------------------------------

MAX_BATCH = 1000  # events in one push
MAX_EVENT_BODY_BYTES = 8 * 1024  # one event's JSON body
MAX_BODY_DEPTH = 6  # settings hold rules, which hold tiers: objects in lists in objects
WIRE_FIELDS = ("id", "terminal_id", "ts", "hlc", "kind", "customer_id", "stamps", "points", "amount", "ref_id",
               "body")
_DEFAULTS: dict[str, Any] = {"stamps": 0, "points": 0, "amount": 0, "body": {}}
_NODE = r"[A-Za-z0-9@._:-]{1,64}"
_NODE_RE = re.compile(rf"{_NODE}\Z", re.ASCII)
_HLC = re.compile(rf"([0-9]{{13}})-([0-9]{{5}})-({_NODE})\Z", re.ASCII)
_TS = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z\Z", re.ASCII)
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z", re.ASCII)
_HEX64 = re.compile(r"[0-9a-f]{64}\Z", re.ASCII)
_RECEIPT = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,39}\Z", re.ASCII)
_KINDS = frozenset(str(kind) for kind in Kind)  # what kind_name() accepts: a reversal may name any


@dataclass(frozen=True)
class EventProblem(ValueError):
    index: int
    event_id: str
    reason: str

    def __str__(self) -> str:
        return f"event {self.index} ({self.event_id}): {self.reason}"


@dataclass(frozen=True)
class SetAside:
    """A pulled event that failed its schema: kept with the reason, never applied."""

    event_id: str
    reason: str
    event: Any


def depth(value: Any, limit: int) -> int:
    """How deep lists and objects nest, counting no further than ``limit + 1`` (iterative: no recursion)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            if level > limit:
                return level
            stack.extend((child, level + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def receipt_no(value: Any) -> bool:
    return isinstance(value, str) and bool(_RECEIPT.match(value))


def code_hash(value: Any) -> bool:
    return isinstance(value, str) and bool(_HEX64.match(value))


def kind_name(value: Any) -> bool:
    return isinstance(value, str) and value in _KINDS


def _profile_body(body: dict[str, Any]) -> str | None:
    if body == {"erased": True}:  # the body after erasure scrubbed it
        return None
    return _fields(body, {}, {**PROFILE_CHECKS, "consent_seen": hlc_text})


def _settings_body(body: dict[str, Any]) -> str | None:
    """The owner's settings: each part must load and validate exactly as the counter will load it."""
    problem = _fields(body, {"settings": lambda v: isinstance(v, dict) and bool(v)}, {})
    if problem:
        return problem
    for key, value in body["settings"].items():
        loader = _SETTINGS.get(key)
        if loader is None:
            return f"settings: unknown part {str(key)[:40]!r}"
        problem = loader(value)
        if problem:
            return f"settings.{key}: {problem}"
    return None


def _typed_like(cls: type, data: Any, required: tuple[str, ...] = ()) -> str | None:
    """Each value has the type of the dataclass's field default (ints are ints, text is short text)."""
    if not isinstance(data, dict):
        return "not an object"
    names = {f.name: f for f in fields(cls)}
    unknown = set(data) - set(names)
    if unknown:
        return f"unknown fields {sorted(map(str, unknown))[:5]}"
    missing = [name for name in required if name not in data]
    if missing:
        return f"missing {missing}"
    sample = cls(**{name: data[name] for name in required}) if required else cls()
    for name, value in data.items():
        default = getattr(sample, name)
        if isinstance(default, int):  # bools too: type() tells them apart
            ok = type(value) is type(default) and (isinstance(value, bool) or abs(value) <= MAX_AMOUNT)
        elif isinstance(default, str):
            ok = printable(value, 500)
        elif isinstance(default, tuple):
            ok = isinstance(value, list) and len(value) <= 50
        elif isinstance(default, dict):
            ok = isinstance(value, dict) and len(json.dumps(value)) <= 2000
        else:
            ok = False
        if not ok:
            return f"{name} has the wrong type or size"
    return None


def _rules(value: Any) -> str | None:
    from terminal import loyalty

    problem = _typed_like(loyalty.Rules, value)
    for name, cls, required in (("tiers", loyalty.Tier, ("name",)), ("rewards", loyalty.Reward, ("id", "name"))):
        for item in (value.get(name) or []) if problem is None else []:
            problem = problem or _typed_like(cls, item, required)
    if problem:
        return problem
    try:
        loyalty.Rules.from_json(value)
    except (ValueError, TypeError) as error:
        return f"rules that cannot work ({error})"
    return None


def _shop(value: Any) -> str | None:
    from terminal import shop

    problem = _typed_like(shop.Shop, value)
    if problem:
        return problem
    try:
        shop.validate(shop.Shop.from_json(value))  # a time zone that does not exist would stop every import
    except (ValueError, TypeError) as error:
        return f"shop details that cannot work ({error})"
    return None


def _feedback(value: Any) -> str | None:
    from terminal import feedback

    problem = _typed_like(feedback.FeedbackSettings, value)
    if problem:
        return problem
    if not all(isinstance(r, str) for r in value.get("reasons", [])):
        return "reasons are not text"
    try:
        feedback.FeedbackSettings.from_json(value)
    except (ValueError, TypeError, feedback.RatingError) as error:
        return f"feedback settings that cannot work ({error})"
    return None


_PIN_HASH = re.compile(r"(\$argon2id\$v=19\$m=[0-9]{1,8},t=[0-9]{1,3},p=[0-9]{1,2}"
                       r"\$[A-Za-z0-9+/]{1,100}\$[A-Za-z0-9+/]{1,200}"
                       r"|scrypt\$[0-9]{1,9}\$[0-9]{1,3}\$[0-9]{1,3}\$[0-9a-f]{1,128}\$[0-9a-f]{1,256})\Z", re.ASCII)
MAX_STAFF = 200


def _staff(value: Any) -> str | None:
    """The shop's staff list: each member loads as the counter loads it, with a PIN hash and never a PIN."""
    from terminal import staff

    if not isinstance(value, list) or len(value) > MAX_STAFF:
        return f"not a list of at most {MAX_STAFF} members"
    seen: set[str] = set()
    for index, item in enumerate(value):
        problem = _fields(item, {"id": customer_id, "name": text(200), "role": one_of(*map(str, staff.Role)),
                                 "pin_hash": lambda v: isinstance(v, str) and bool(_PIN_HASH.match(v))},
                          {"active": boolean}) if isinstance(item, dict) else "not an object"
        if problem is None and item["id"] in seen:
            problem = "a member twice"
        if problem:
            return f"member {index}: {problem}"
        seen.add(item["id"])
    return None


_SETTINGS: dict[str, Callable[[Any], str | None]] = {"rules": _rules, "shop": _shop, "feedback": _feedback,
                                                     "staff": _staff}


def _rating_body(body: dict[str, Any]) -> str | None:
    problem = _fields(body, {"score": whole(0, 10), "scale": one_of("nps", "csat")},
                      {"reason": text(40), "comment": text(500), "receipt_no": optional(text(MAX_REF_LENGTH)),
                       "source": text(20)})
    if problem is None and body["scale"] == "csat" and not 1 <= body["score"] <= 5:
        return "a csat score is 1 to 5"
    return problem


def _campaign_body(body: dict[str, Any]) -> str | None:
    """A campaign loads and validates as the counter will use it (the reward's existence is the
    counter's to check at use, against its own rules)."""
    from terminal import campaigns, loyalty

    problem = _fields(body, {"campaign": lambda v: isinstance(v, dict)}, {})
    if problem:
        return problem
    data = body["campaign"]
    if not printable(data.get("name"), 200, empty=False) or not customer_id(data.get("id")):
        return "bad campaign name or id"
    try:
        campaign = campaigns.Campaign.from_json(data)
        stand_in = loyalty.Rules(rewards=(loyalty.Reward(campaign.offer.reward_id or "-", "-", cost_points=1),))
        campaigns.validate(campaign, stand_in)
    except (ValueError, TypeError, KeyError, AttributeError, campaigns.CampaignError) as error:
        return f"a campaign that cannot work ({error})"
    return None


def _merge_body(body: dict[str, Any]) -> str | None:
    if len(body) != 1:
        return "a merge names exactly one of body.into and body.from"
    return _fields(body, {}, {"into": customer_id, "from": customer_id})


def customer_id(value: Any) -> bool:
    return printable(value, MAX_ID_LENGTH, empty=False) and value.isascii()


def _fields(body: dict[str, Any], required: Mapping[str, Check], allowed: Mapping[str, Check]) -> str | None:
    unknown = set(body) - set(required) - set(allowed)
    if unknown:
        return f"unknown body fields {sorted(unknown)[:5]}"
    for name, check in required.items():
        if name not in body:
            return f"body.{name} missing"
        if not check(body[name]):
            return f"bad body.{name}"
    for name, check in allowed.items():
        if name in body and not check(body[name]):
            return f"bad body.{name}"
    return None


@dataclass(frozen=True)
class KindSpec:
    """What an event of one kind may carry."""

    customer: bool | None  # True: required, False: never, None: either
    ref: bool | None = None  # the same for ref_id
    stamps: tuple[int, int] = (0, 0)  # the allowed range of the signed deltas and the amount
    points: tuple[int, int] = (0, 0)
    amount: tuple[int, int] = (0, 0)
    required: Mapping[str, Check] | None = None
    allowed: Mapping[str, Check] | None = None
    body: Callable[[dict[str, Any]], str | None] | None = None  # instead of required/allowed

    def check_body(self, body: dict[str, Any]) -> str | None:
        if self.body is not None:
            return self.body(body)
        return _fields(body, self.required or {}, self.allowed or {})


# Fields any event's body may carry besides its kind's own: who made it (terminal.writer's actor, a
# staff member's id) and its link in its terminal's hash chain (terminal.chain).
COMMON_BODY_FIELDS: dict[str, Check] = {"by": customer_id, "chain": code_hash}
_UP, _DOWN, _ANY = (0, MAX_DELTA), (-MAX_DELTA, 0), (-MAX_DELTA, MAX_DELTA)
_CARD = {"code_hash": code_hash}
SPECS: dict[str, KindSpec] = {
    Kind.ENROLLED: KindSpec(customer=True, body=_profile_body),
    Kind.PROFILE_CHANGED: KindSpec(customer=True, body=_profile_body),
    Kind.SALE: KindSpec(customer=None, ref=False, stamps=_UP, points=_UP, amount=(0, MAX_AMOUNT),
                        allowed={"receipt_no": receipt_no, "stamps_blocked": boolean, "imported": text(200),
                                 "line": whole(0, 10**9), "source_receipt": text(MAX_REF_LENGTH)}),
    Kind.REFUND: KindSpec(customer=None, ref=True, stamps=_DOWN, points=_DOWN, amount=(-MAX_AMOUNT, 0),
                          allowed={"reverses": kind_name}),
    Kind.REVERSAL: KindSpec(customer=None, ref=True, stamps=_ANY, points=_ANY, amount=(-MAX_AMOUNT, MAX_AMOUNT),
                            allowed={"reverses": kind_name}),
    Kind.WELCOME_BONUS: KindSpec(customer=True, ref=False, points=_UP),
    Kind.BIRTHDAY_BONUS: KindSpec(customer=True, points=_UP, allowed={"year": whole(1970, 9999)}),
    Kind.REWARD_REDEEMED: KindSpec(customer=True, ref=False, stamps=_DOWN, points=_DOWN,
                                   allowed={"reward_id": text(MAX_ID_LENGTH), "name": text(200)}),
    Kind.POINTS_EXPIRED: KindSpec(customer=True, ref=False, points=_DOWN, allowed={"last_visit": optional(text(40))}),
    Kind.POINTS_ADJUSTED: KindSpec(customer=True, ref=False, points=_ANY, allowed={"reason": text(500)}),
    Kind.RATING: KindSpec(customer=None, body=_rating_body),
    Kind.CARD_ISSUED: KindSpec(customer=None, ref=False, required=_CARD, allowed={"hint": text(8)}),
    Kind.CARD_BOUND: KindSpec(customer=True, ref=False, required=_CARD, allowed={"hint": text(8)}),
    Kind.CARD_REVOKED: KindSpec(customer=None, ref=False, required=_CARD, allowed={"hint": text(8)}),
    Kind.CUSTOMER_ERASED: KindSpec(customer=True, ref=False),
    Kind.SETTINGS_CHANGED: KindSpec(customer=False, ref=False, body=_settings_body),
    # Two events per merge: one takes the balance off the record merged away ("into" the kept one), the
    # other puts it on the kept record ("from" the other).
    Kind.CUSTOMER_MERGED: KindSpec(customer=True, stamps=_ANY, points=_ANY, body=_merge_body),
    Kind.CAMPAIGN_CREATED: KindSpec(customer=False, ref=False, body=_campaign_body),
    Kind.CAMPAIGN_MEMBER: KindSpec(customer=True, ref=False, required={
        "campaign_id": customer_id, "group": one_of("offer", "control")}),
    Kind.OFFER_USED: KindSpec(customer=True, stamps=_UP, points=_UP, required={
        "campaign_id": customer_id, "offer": one_of("bonus_points", "free_reward", "double_next", "happy_hours")},
        allowed={"reward_id": text(MAX_ID_LENGTH)}),
    Kind.RATING_FOLLOWED_UP: KindSpec(customer=None, ref=True, required={
        "status": one_of("contacted", "resolved")}, allowed={"note": text(500)}),
}
# A kind without a spec (a newer terminal's) is refused as unknown, never applied unchecked; a test
# makes sure every kind this version writes has one.
# The kinds only the shop's owner may send (the terminal's owner PIN guards them locally).
OWNER_KINDS = frozenset({Kind.SETTINGS_CHANGED})


# -- the envelope ------------------------------------------------------------------------------------
def hlc_text(value: Any) -> bool:
    return isinstance(value, str) and bool(_HLC.match(value))


def hlc_ms(hlc: str) -> int:
    return int(hlc.split("-", 1)[0])


def _envelope(data: dict[str, Any], now: datetime) -> str | None:
    unknown = set(data) - set(WIRE_FIELDS)
    if unknown:
        return f"unknown fields {sorted(map(str, unknown))[:5]}"
    for name in ("id", "terminal_id", "ts", "hlc", "kind"):
        if not isinstance(data.get(name), str):
            return f"{name} missing or not text"
    if not _UUID.match(data["id"]):
        return "id is not a UUID"
    if not _NODE_RE.match(data["terminal_id"]):
        return "bad terminal_id (1-64 ASCII letters, digits or @._:-)"
    if data["kind"] not in SPECS:
        return f"unknown kind {data['kind'][:40]!r}"
    latest = now + FUTURE_TOLERANCE
    if not _TS.match(data["ts"]):
        return "ts is not an ISO-8601 UTC time"
    try:
        moment = datetime.fromisoformat(data["ts"])  # the pattern made sure it is UTC ("Z")
    except ValueError:
        return "ts is not a valid time"
    if not EARLIEST <= moment <= latest:
        return "ts is out of range"
    clock = _HLC.match(data["hlc"])
    if not clock or not to_ms(EARLIEST) <= int(clock.group(1)) <= to_ms(latest):
        return "bad hlc (ASCII digits, within the time window)"
    if clock.group(3) != data["terminal_id"]:
        return "the hlc names another terminal"
    for name, limit in (("customer_id", MAX_ID_LENGTH), ("ref_id", MAX_REF_LENGTH)):
        value = data.get(name)
        # A customer id is ASCII; a ref_id may name a receipt typed elsewhere, so it is any short text.
        if value is not None and not (printable(value, limit, empty=False) and (value.isascii() or name == "ref_id")):
            return f"bad {name}"
    for name, limit in (("stamps", MAX_DELTA), ("points", MAX_DELTA), ("amount", MAX_AMOUNT)):
        value = data.get(name, 0)
        if not is_int(value) or abs(value) > limit:
            return f"{name} is not a sane whole number"
    body = data.get("body", {})
    if not isinstance(body, dict):
        return "body is not an object"
    nested = any(isinstance(value, dict | list) for value in body.values())
    if nested and depth(body, MAX_BODY_DEPTH) > MAX_BODY_DEPTH:
        return "body nested too deep"
    if len(canonical_body(body).encode("utf-8")) > MAX_EVENT_BODY_BYTES:
        return "body too large"
    return None


def _by_kind(event: dict[str, Any]) -> str | None:
    spec = SPECS[event["kind"]]
    for name, rule in (("customer_id", spec.customer), ("ref_id", spec.ref)):
        if rule is True and event[name] is None:
            return f"a {event['kind']} event needs a {name}"
        if rule is False and event[name] is not None:
            return f"a {event['kind']} event has no {name}"
    for name in ("stamps", "points", "amount"):
        low, high = getattr(spec, name)
        if not low <= event[name] <= high:
            return f"{name} {event[name]} is out of range for a {event['kind']} event"
    body = event["body"]
    common = {name: body[name] for name in COMMON_BODY_FIELDS if name in body}
    for name, value in common.items():
        if not COMMON_BODY_FIELDS[name](value):
            return f"bad body.{name}"
    problem = spec.check_body({k: v for k, v in body.items() if k not in common} if common else body)
    return f"{event['kind']}: {problem}" if problem else None


def event_id_of(data: Any) -> str:
    value = data.get("id") if isinstance(data, dict) else None
    return value[:MAX_ID_LENGTH] if isinstance(value, str) and value.isprintable() else "?"


def check_event(data: Any, now: datetime, index: int = 0) -> dict[str, Any]:
    """The event in canonical wire form if its envelope and body fit its kind; EventProblem saying why."""
    if not isinstance(data, dict):
        raise EventProblem(index, "?", "not an object")
    problem = _envelope(data, now)
    if problem is None:
        event = {name: data.get(name, _DEFAULTS.get(name)) for name in WIRE_FIELDS}
        problem = _by_kind(event)
        if problem is None:
            return event
    raise EventProblem(index, event_id_of(data), problem)


def check_pushed(data: Any, now: datetime) -> tuple[list[dict[str, Any]], list[EventProblem]]:
    """A push, event by event: the good ones in order, and each refused one with its reason."""
    good: list[dict[str, Any]] = []
    refused: list[EventProblem] = []
    seen: set[str] = set()
    for index, item in enumerate(data):
        try:
            event = check_event(item, now, index)
        except EventProblem as problem:
            refused.append(problem)
            continue
        if event["id"] in seen:
            refused.append(EventProblem(index, event["id"], "id twice in one batch"))
            continue
        seen.add(event["id"])
        good.append(event)
    return good, refused


def check_pulled(events: Any, now: datetime | None = None) -> tuple[list[dict[str, Any]], list[SetAside]]:
    """A pulled page, event by event: what may be applied, and what to set aside with its reason."""
    moment = now or datetime.now(UTC)
    if not isinstance(events, list):
        return [], [SetAside("?", "the page's events are not a list", events)]
    good: list[dict[str, Any]] = []
    set_aside: list[SetAside] = []
    for index, item in enumerate(events):
        try:
            good.append(check_event(item, moment, index))
        except EventProblem as problem:
            set_aside.append(SetAside(problem.event_id, problem.reason, item))
    return good, set_aside


def canonical_body(body: dict[str, Any]) -> str:
    """The one JSON text of a body, as the ledger stores it."""
    return json.dumps(body, separators=(",", ":"), sort_keys=True, ensure_ascii=False)

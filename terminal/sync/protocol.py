"""The sync protocol's rules, shared by the hub and the client: limits, validation, comparison.

An event travels as :meth:`terminal.ledger.Event.to_wire`. The hub validates every event of a push
before storing any, so a bad batch is refused whole with a reason and nothing stored.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from terminal.clock import parse_hlc, parse_iso, to_ms
from terminal.ledger import Kind

API_VERSION = 1
MAX_BATCH = 1000  # events in one push
MAX_BODY_BYTES = 4 * 1024 * 1024  # one push request
MAX_EVENT_BODY_BYTES = 8 * 1024  # one event's JSON body
MAX_PAGE = 1000  # events in one pull page
MAX_AMOUNT = 10**12  # minor units: far above any shop's sale
MAX_DELTA = 10**9  # stamps or points in one event
MAX_ID_LENGTH = 64
MAX_REF_LENGTH = 100
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
FUTURE_TOLERANCE = timedelta(days=7)  # a terminal's clock a day or two ahead is still accepted
WIRE_FIELDS = ("id", "terminal_id", "ts", "hlc", "kind", "customer_id", "stamps", "points", "amount", "ref_id",
               "body")
_HLC = re.compile(r"^\d{13}-\d{5}-[^\s]{1,64}$")
_TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$")
# Erasure rewrites these bodies on every terminal; a scrubbed re-push is the same event.
SCRUBBED_KINDS = (Kind.ENROLLED, Kind.PROFILE_CHANGED)


class Refusal(StrEnum):
    """Why the hub refused a request, for the client to put in words."""

    BAD_TOKEN = "bad_token"
    BAD_REQUEST = "bad_request"
    BAD_EVENT = "bad_event"
    BATCH_TOO_LARGE = "batch_too_large"
    RATE_LIMITED = "rate_limited"


@dataclass(frozen=True)
class EventProblem(ValueError):
    index: int
    event_id: str
    reason: str

    def __str__(self) -> str:
        return f"event {self.index} ({self.event_id}): {self.reason}"


def _problem(index: int, data: Any, reason: str) -> EventProblem:
    event_id = data.get("id") if isinstance(data, dict) and isinstance(data.get("id"), str) else "?"
    return EventProblem(index, event_id[:MAX_ID_LENGTH], reason)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _short_text(value: Any, limit: int) -> bool:
    return isinstance(value, str) and 0 < len(value) <= limit and value.isprintable()


def validate_event(data: Any, now: datetime, index: int = 0) -> dict[str, Any]:
    """The event in canonical wire form if it is well-formed; EventProblem saying why otherwise."""
    if not isinstance(data, dict):
        raise _problem(index, data, "not an object")
    unknown = set(data) - set(WIRE_FIELDS)
    if unknown:
        raise _problem(index, data, f"unknown fields {sorted(unknown)}")
    for name in ("id", "terminal_id", "ts", "hlc", "kind"):
        if not isinstance(data.get(name), str):
            raise _problem(index, data, f"{name} missing or not text")
    try:
        if uuid.UUID(data["id"]).version is None or len(data["id"]) != 36:
            raise ValueError
    except ValueError:
        raise _problem(index, data, "id is not a UUID") from None
    if not _short_text(data["terminal_id"], MAX_ID_LENGTH):
        raise _problem(index, data, "bad terminal_id")
    if data["kind"] not in Kind.__members__.values():
        raise _problem(index, data, f"unknown kind {data['kind'][:40]!r}")
    latest = now + FUTURE_TOLERANCE
    if not _TS.match(data["ts"]):
        raise _problem(index, data, "ts is not an ISO-8601 UTC time")
    try:
        moment = parse_iso(data["ts"])
    except ValueError:
        raise _problem(index, data, "ts is not a valid time") from None
    if not EARLIEST <= moment <= latest:
        raise _problem(index, data, "ts is out of range")
    if not _HLC.match(data["hlc"]) or not to_ms(EARLIEST) <= parse_hlc(data["hlc"])[0] <= to_ms(latest):
        raise _problem(index, data, "bad hlc")
    for name in ("customer_id", "ref_id"):
        value = data.get(name)
        if value is not None and not _short_text(value, MAX_REF_LENGTH if name == "ref_id" else MAX_ID_LENGTH):
            raise _problem(index, data, f"bad {name}")
    for name, limit in (("stamps", MAX_DELTA), ("points", MAX_DELTA), ("amount", MAX_AMOUNT)):
        value = data.get(name, 0)
        if not _is_int(value) or abs(value) > limit:
            raise _problem(index, data, f"{name} is not a sane whole number")
    body = data.get("body", {})
    if not isinstance(body, dict):
        raise _problem(index, data, "body is not an object")
    if len(canonical_body(body)) > MAX_EVENT_BODY_BYTES:
        raise _problem(index, data, "body too large")
    return {name: data.get(name, {"stamps": 0, "points": 0, "amount": 0, "body": {}}.get(name)) for name in
            WIRE_FIELDS}


def validate_batch(data: Any, now: datetime) -> list[dict[str, Any]]:
    if not isinstance(data, list):
        raise EventProblem(-1, "?", "events is not a list")
    if len(data) > MAX_BATCH:
        raise EventProblem(-1, "?", f"more than {MAX_BATCH} events")
    events = [validate_event(item, now, index) for index, item in enumerate(data)]
    seen: set[str] = set()
    for index, event in enumerate(events):
        if event["id"] in seen:
            raise EventProblem(index, event["id"], "id twice in one batch")
        seen.add(event["id"])
    return events


def canonical_body(body: dict[str, Any]) -> str:
    """The one JSON text of a body, as the ledger stores it."""
    return json.dumps(body, separators=(",", ":"), sort_keys=True, ensure_ascii=False)


def same_event(stored: dict[str, Any], incoming: dict[str, Any]) -> bool:
    """Whether a re-pushed event is the one already stored.

    Erasure scrubs the bodies of profile events and the comments of ratings on every terminal, so
    those parts may differ between copies of the same event without a conflict.
    """
    for name in WIRE_FIELDS:
        if name != "body" and stored[name] != incoming[name]:
            return False
    left, right = dict(stored["body"]), dict(incoming["body"])
    if stored["kind"] in SCRUBBED_KINDS:
        return True
    if stored["kind"] == Kind.RATING:
        left.pop("comment", None)
        right.pop("comment", None)
    return left == right

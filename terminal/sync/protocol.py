"""The sync protocol's rules, shared by the hub and the client: limits, validation, comparison.

An event travels as :meth:`terminal.ledger.Event.to_wire`. Each event is checked against its kind's
schema (:mod:`terminal.sync.schema`); the hub refuses a bad event alone, with its reason, and stores
the rest of the push.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from terminal.ledger import Kind
from terminal.sync.schema import (  # noqa: F401 - the protocol's names, defined with the schema
    EARLIEST,
    FUTURE_TOLERANCE,
    MAX_AMOUNT,
    MAX_BATCH,
    MAX_DELTA,
    MAX_EVENT_BODY_BYTES,
    MAX_ID_LENGTH,
    MAX_REF_LENGTH,
    WIRE_FIELDS,
    EventProblem,
    canonical_body,
    check_event,
    check_pushed,
)

API_VERSION = 1
MAX_BODY_BYTES = 4 * 1024 * 1024  # one push request
MAX_JSON_DEPTH = 12  # a request's JSON: {"events": [{"body": {"settings": {"rules": {"tiers": [{...}]}}}}]}
MAX_PAGE = 1000  # events in one pull page
MAX_CURSOR = 2**62  # a pull's "after": far beyond any hub's sequence, well inside a 64-bit integer
# Erasure rewrites these bodies on every terminal; a scrubbed re-push is the same event.
SCRUBBED_KINDS = (Kind.ENROLLED, Kind.PROFILE_CHANGED)


class Refusal(StrEnum):
    """Why the hub refused a request, for the client to put in words."""

    BAD_TOKEN = "bad_token"
    BAD_REQUEST = "bad_request"
    BAD_EVENT = "bad_event"
    BATCH_TOO_LARGE = "batch_too_large"
    RATE_LIMITED = "rate_limited"


def validate_event(data: Any, now: datetime, index: int = 0) -> dict[str, Any]:
    """The event in canonical wire form if it is well-formed for its kind; EventProblem saying why otherwise."""
    return check_event(data, now, index)


def validate_batch(data: Any, now: datetime) -> list[dict[str, Any]]:
    """Every event of a batch, or EventProblem for the first bad one (the per-event form is check_pushed)."""
    if not isinstance(data, list):
        raise EventProblem(-1, "?", "events is not a list")
    if len(data) > MAX_BATCH:
        raise EventProblem(-1, "?", f"more than {MAX_BATCH} events")
    good, refused = check_pushed(data, now)
    if refused:
        raise refused[0]
    return good


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

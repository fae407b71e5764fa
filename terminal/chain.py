"""A ledger that shows tampering: each terminal's events carry a hash chain.

When :class:`terminal.writer.EventWriter` commits one of its own terminal's events it adds
``chain`` to the body: SHA-256 of the previous link and of the event's :func:`digest`. Changing a
stored event's numbers, deleting one, or slipping one in between breaks every later link, and
:func:`verify` (``python main.py verify``) says where. The hub checks each push the same way
(:func:`check_push`).

The digest covers the id, terminal, times, kind, customer, stamps, points, amount, reference and
the body, but not what erasure may rewrite: the bodies of profile events and a rating's comment.
An erasure therefore never breaks the chain, and the chain never keeps personal data.

Events written without the writer (an import's bulk rows, events from before this version) carry
no link: :func:`verify` counts them as outside the chain instead of calling them broken.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import sqlite_utils

from terminal.clock import iso, parse_iso
from terminal.db import meta_get, meta_set, writing
from terminal.ledger import Event, Kind

CHAIN_FIELD = "chain"
HEAD_KEY = "chain_head"  # meta: this terminal's newest link
_UNHASHED_BODY_KINDS = (Kind.ENROLLED, Kind.PROFILE_CHANGED)  # erasure rewrites these bodies
_WIRE = ("id", "terminal_id", "ts", "hlc", "kind", "customer_id", "stamps", "points", "amount", "ref_id", "body")


def _fields(event: Event | dict[str, Any]) -> dict[str, Any]:
    return event.to_wire() if isinstance(event, Event) else event


def digest(event: Event | dict[str, Any]) -> str:
    data = _fields(event)
    body = {} if data["kind"] in _UNHASHED_BODY_KINDS else {
        k: v for k, v in data["body"].items() if k not in (CHAIN_FIELD, "comment")}
    material = [data["id"], data["terminal_id"], data["ts"], data["hlc"], data["kind"], data["customer_id"],
                data["stamps"], data["points"], data["amount"], data["ref_id"], body]
    return hashlib.sha256(json.dumps(material, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def link(previous: str, event: Event | dict[str, Any]) -> str:
    return hashlib.sha256(f"{previous}:{digest(event)}".encode()).hexdigest()


def stored_link(event: Event | dict[str, Any]) -> str | None:
    value = _fields(event)["body"].get(CHAIN_FIELD)
    return value if isinstance(value, str) else None


@dataclass
class Walk:
    """One terminal's chain, followed event by event (by the terminal's own order of writing)."""

    head: str = ""
    started: bool = False
    broken: list[tuple[str, str]] = field(default_factory=list)  # (event id, why)
    outside: int = 0  # events with no link, after the chain started

    def step(self, event: Event | dict[str, Any]) -> None:
        data = _fields(event)
        stored = stored_link(data)
        if stored is None:
            if self.started and data["kind"] in _UNHASHED_BODY_KINDS and data["body"].get("erased"):
                self.head = link(self.head, data)  # scrubbed by an erasure: its link is known without it
            elif self.started:
                self.outside += 1
            return
        # The first link seen starts the chain (the events before it came from an older version).
        if self.started and stored != link(self.head, data):
            self.broken.append((data["id"], "changed, or an event before it was removed or slipped in"))
        self.started = True
        self.head = stored  # go on from what is there, so one tampered event is reported once


@dataclass(frozen=True)
class VerifyReport:
    terminals: int
    chained: int
    broken: tuple[tuple[str, str, str], ...]  # (terminal id, event id, why)
    outside: int

    @property
    def ok(self) -> bool:
        return not self.broken


class CheckStopped(Exception):
    """:func:`verify` was told to stop before the end (the owner closed the dashboard): no report to keep."""


def verify(db: sqlite_utils.Database, stop: threading.Event | None = None) -> VerifyReport:
    """Follow every terminal's chain through the local ledger.

    A big ledger takes seconds (see tests/bench/bench_chain.py): ``stop``, once set, ends the walk with
    :class:`CheckStopped`, so whoever waits for the thread that runs it waits for one row at most.
    """
    walks: dict[str, Walk] = {}
    chained = 0
    # Plain rows as wire dicts: a million Event objects (and their asdict) would triple the time.
    for row in db.execute(f"SELECT {', '.join(_WIRE)} FROM events ORDER BY seq"):
        if stop is not None and stop.is_set():
            raise CheckStopped
        data = dict(zip(_WIRE, row, strict=True))
        data["body"] = json.loads(data["body"])
        walk = walks.setdefault(data["terminal_id"], Walk())
        chained += stored_link(data) is not None
        walk.step(data)
    broken = tuple((terminal, event_id, why) for terminal, walk in walks.items() for event_id, why in walk.broken)
    return VerifyReport(len(walks), chained, broken, sum(w.outside for w in walks.values()))


def with_link(head: str, event: Event) -> Event:
    return Event(**{**event.to_wire(), "body": {**event.body, CHAIN_FIELD: link(head, event)}})


def check_push(state: dict[str, str], events: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """The hub's check: each pushed event against its terminal's last link (``state``, updated in place)."""
    problems = []
    for data in events:
        walk = Walk(head=state.get(data["terminal_id"], ""), started=data["terminal_id"] in state)
        walk.step(data)
        if walk.started:
            state[data["terminal_id"]] = walk.head
        problems += walk.broken
    return problems


# -- what the owner is shown ---------------------------------------------------------------------
CHECK_KEY = "chain_check"  # meta: the last full check of this terminal's ledger (JSON)
HUB_KEY = "chain_hub_breaks"  # meta: events the hub reported as breaking their chain (JSON: id -> why)
CHECK_EVERY = timedelta(hours=20)  # the owner's dashboard checks again after this long
MAX_KEPT = 50  # broken links kept for the screen; `python main.py verify` lists them all


@dataclass(frozen=True)
class ChainCheck:
    """The last check the owner is shown: when, how many events broke the chain here and at the hub."""

    checked: datetime | None
    broken: tuple[tuple[str, str, str], ...]  # (terminal id, event id, why), the first MAX_KEPT
    broken_count: int
    hub_breaks: dict[str, str]

    @property
    def ok(self) -> bool:
        return not self.broken_count and not self.hub_breaks


def last_check(db: sqlite_utils.Database) -> ChainCheck:
    data = json.loads(meta_get(db, CHECK_KEY) or "{}")
    hub = json.loads(meta_get(db, HUB_KEY) or "{}")
    return ChainCheck(parse_iso(data["checked"]) if data.get("checked") else None,
                      tuple((str(t), str(e), str(w)) for t, e, w in data.get("broken", [])),
                      int(data.get("broken_count", 0)), {str(k): str(v) for k, v in hub.items()})


def check_due(db: sqlite_utils.Database, now: datetime) -> bool:
    checked = last_check(db).checked
    return checked is None or now - checked >= CHECK_EVERY


def remember_check(db: sqlite_utils.Database, report: VerifyReport, now: datetime) -> None:
    """On the writer: the result of a full :func:`verify`."""
    with writing(db):
        meta_set(db, CHECK_KEY, json.dumps({"checked": iso(now), "broken": [list(b) for b in report.broken[:MAX_KEPT]],
                                            "broken_count": len(report.broken)}))


def remember_hub_breaks(db: sqlite_utils.Database, problems: dict[str, str]) -> None:
    """On the writer: what a push's answer said breaks the chain, kept until the owner has seen it."""
    with writing(db):
        kept = json.loads(meta_get(db, HUB_KEY) or "{}")
        kept.update(problems)
        meta_set(db, HUB_KEY, json.dumps(dict(list(kept.items())[-MAX_KEPT:])))

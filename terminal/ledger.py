"""The append-only event log and the projections derived from it.

Every change is an :class:`Event`, stored once by its id. ``append`` inserts an event and, in the
same transaction, updates the projections (balances, customers, cards, receipts, settings).
Applying the same event twice changes nothing, which is what makes sync safe. ``rebuild``
recomputes every projection from the events alone; a property test proves it equals the
incremental result.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

import sqlite_utils

from terminal import hourly, marks
from terminal.db import meta_get, meta_set, writing


class Kind(StrEnum):
    ENROLLED = "enrolled"
    PROFILE_CHANGED = "profile_changed"
    SALE = "sale"
    REFUND = "refund"  # compensates a sale: amount, stamps and points exactly
    REVERSAL = "reversal"  # compensates any other event (the cashier's undo)
    WELCOME_BONUS = "welcome_bonus"
    BIRTHDAY_BONUS = "birthday_bonus"
    REWARD_REDEEMED = "reward_redeemed"
    POINTS_EXPIRED = "points_expired"
    POINTS_ADJUSTED = "points_adjusted"
    RATING = "rating"
    CARD_ISSUED = "card_issued"
    CARD_BOUND = "card_bound"
    CARD_REVOKED = "card_revoked"
    CUSTOMER_ERASED = "customer_erased"
    SETTINGS_CHANGED = "settings_changed"
    # Two records of one person made one: on the record merged away (body "into", its stamps and points
    # taken out) and on the one kept (body "from", the same stamps and points put in). Cards follow.
    CUSTOMER_MERGED = "customer_merged"
    CAMPAIGN_CREATED = "campaign_created"  # an offer to chosen customers (terminal/campaigns.py)
    CAMPAIGN_MEMBER = "campaign_member"  # one chosen customer: the offered group or the control group
    OFFER_USED = "offer_used"  # an offer taken at the counter, with the points or stamps it gave
    RATING_FOLLOWED_UP = "rating_followed_up"  # the owner answered a low rating: contacted or resolved, a note


# Customers erased since the database was last compacted (terminal.erasure): a JSON list in meta.
ERASURE_DUE_KEY = "erasure_compact_due"

# Profile fields an enrolment or profile change may carry; last writer (by HLC) wins per field set.
PROFILE_FIELDS = ("name", "phone", "email", "birthday", "consent", "external_key", "language")


@dataclass(frozen=True)
class Event:
    id: str
    terminal_id: str
    ts: str  # ISO-8601 UTC, see terminal.clock.iso
    hlc: str
    kind: str
    customer_id: str | None = None
    stamps: int = 0
    points: int = 0
    amount: int = 0  # minor units
    ref_id: str | None = None
    body: dict[str, Any] = field(default_factory=dict)

    def to_wire(self) -> dict[str, Any]:
        """The JSON form used by sync and exports."""
        return asdict(self)

    @classmethod
    def from_wire(cls, data: dict[str, Any]) -> Event:
        values: dict[str, Any] = {name: data.get(name) for name in cls.__dataclass_fields__ if name in data}
        return cls(**values)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Event:
        values = {name: row[name] for name in cls.__dataclass_fields__}
        values["body"] = json.loads(row["body"])
        return cls(**values)


def search_key(text: str | None) -> str:
    """Case- and accent-insensitive form of a name: 'Zoë Ådám' -> 'zoe adam'."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).split())


def phone_key(text: str | None) -> str:
    return "".join(ch for ch in text or "" if ch.isdigit())


# How an event is stored (terminal/db.py m_events_compact): an HLC of the usual form as its two numbers (its
# terminal is in its own column), the chain link as 32 bytes; anything else as it came. The table gives the
# text back (generated columns ``hlc`` and ``body``).
INSERT_EVENT = ("INSERT INTO events (id, terminal_id, ts, kind, customer_id, stamps, points, amount, ref_id, hlc_ms, "
                "hlc_counter, hlc_raw, body_raw, chain) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING")
_HEX = frozenset("0123456789abcdef")


def _stored_hlc(hlc: str, terminal_id: str) -> tuple[int | None, int | None, str | None]:
    try:
        ms_text, counter_text, _node = hlc.split("-", 2)
        ms, counter = int(ms_text), int(counter_text)
    except ValueError:
        return None, None, hlc
    return (ms, counter, None) if f"{ms:013d}-{counter:05d}-{terminal_id}" == hlc else (None, None, hlc)


def _stored_body(body: dict[str, Any] | str) -> tuple[str, bytes | None]:
    if isinstance(body, str) and '"chain"' not in body:  # an import's rows: stored as they come
        return body, None
    data = json.loads(body) if isinstance(body, str) else body
    link = data.get("chain") if isinstance(data, dict) else None
    chain = None
    if isinstance(link, str) and len(link) == 64 and _HEX.issuperset(link):
        data, chain = {k: v for k, v in data.items() if k != "chain"}, bytes.fromhex(link)
    return json.dumps(data, separators=(",", ":"), sort_keys=True), chain


def stored_values(event_id: str, terminal_id: str, ts: str, hlc: str, kind: str, customer_id: str | None,
                  stamps: int, points: int, amount: int, ref_id: str | None,
                  body: dict[str, Any] | str) -> tuple[Any, ...]:
    """The parameters of :data:`INSERT_EVENT` for an event given as its wire fields (body as a dict or JSON)."""
    return (event_id, terminal_id, ts, kind, customer_id, stamps, points, amount, ref_id,
            *_stored_hlc(hlc, terminal_id), *_stored_body(body))


def append(db: sqlite_utils.Database, event: Event) -> bool:
    """Store an event and update the projections; False (and no change) if its id is already stored.

    The caller owns the transaction: call inside ``db.atomic()`` so the event and its projections
    commit together. A profile event or a rating that arrives after its customer's erasure (from a
    terminal that had not synced yet) is stored scrubbed: erasure wins, whatever the order.
    """
    if event.customer_id is not None and event.kind in (Kind.ENROLLED, Kind.PROFILE_CHANGED, Kind.RATING):
        row = db.execute("SELECT erased FROM customers WHERE id = ?", [event.customer_id]).fetchone()
        if row and row[0]:
            event = scrubbed(event)
    cursor = db.execute(INSERT_EVENT, stored_values(
        event.id, event.terminal_id, event.ts, event.hlc, event.kind, event.customer_id, event.stamps,
        event.points, event.amount, event.ref_id, event.body))
    if cursor.rowcount == 0:
        return False
    _project(db, event)
    hourly.project(db, "seq = ?", [cursor.lastrowid])
    marks.project(db, "seq = ?", [cursor.lastrowid])
    return True


def scrubbed(event: Event) -> Event:
    """The event as erasure leaves it: profile bodies emptied, a rating's comment gone."""
    if event.kind in (Kind.ENROLLED, Kind.PROFILE_CHANGED):
        return Event(**{**asdict(event), "body": {"erased": True}})
    if event.kind == Kind.RATING and "comment" in event.body:
        return Event(**{**asdict(event), "body": {k: v for k, v in event.body.items() if k != "comment"}})
    return event


def _project(db: sqlite_utils.Database, event: Event) -> None:
    if event.customer_id is not None:
        _project_balance(db, event)
    handler = _PROJECTORS.get(event.kind)
    if handler:
        handler(db, event)


def _project_balance(db: sqlite_utils.Database, event: Event) -> None:
    is_sale = event.kind == Kind.SALE
    visits = 1 if is_sale else (-1 if event.kind == Kind.REFUND else 0)
    spend = event.amount if event.kind in (Kind.SALE, Kind.REFUND) else 0
    redemptions = 1 if event.kind == Kind.REWARD_REDEEMED else 0
    visit_ts = event.ts if is_sale else None
    db.execute(
        """INSERT INTO balances (customer_id, stamps, points, spend, visits, redemptions, first_visit_ts,
                                 last_visit_ts)
           VALUES (:c, :s, :p, :spend, :v, :r, :ts, :ts)
           ON CONFLICT(customer_id) DO UPDATE SET
             stamps = stamps + :s, points = points + :p, spend = spend + :spend, visits = visits + :v,
             redemptions = redemptions + :r,
             first_visit_ts = CASE WHEN :ts IS NULL THEN first_visit_ts
                                   WHEN first_visit_ts IS NULL OR :ts < first_visit_ts THEN :ts
                                   ELSE first_visit_ts END,
             last_visit_ts = CASE WHEN :ts IS NULL THEN last_visit_ts
                                  WHEN last_visit_ts IS NULL OR :ts > last_visit_ts THEN :ts
                                  ELSE last_visit_ts END""",
        {"c": event.customer_id, "s": event.stamps, "p": event.points, "spend": spend, "v": visits,
         "r": redemptions, "ts": visit_ts},
    )


CONSENT_SEEN = "consent_seen"  # in a consent grant's body: the HLC of the consent its maker had seen


def profile_state(db: sqlite_utils.Database, customer_id: str) -> dict[str, tuple[Any, str]]:
    """Each profile field's winning value with the HLC that set it, folded from the customer's events.

    Every field is last-writer-wins by HLC on its own, so a name edit never hides a phone edit made
    elsewhere, and the result does not depend on the order events arrive in. Consent is stricter: a
    withdrawal wins over a concurrent grant — a grant counts against a withdrawal only if its maker had
    seen that withdrawal (``consent_seen``), as the counter records when a customer says yes again.
    """
    state: dict[str, tuple[Any, str]] = {}
    for hlc, body in db.execute(
            "SELECT hlc, body FROM events WHERE kind IN (?, ?) AND customer_id = ? ORDER BY hlc",
            [Kind.ENROLLED, Kind.PROFILE_CHANGED, customer_id]):
        data = json.loads(body)
        for name in PROFILE_FIELDS:
            if name not in data:
                continue
            value = data[name]
            if name == "consent":
                value = 1 if value else 0
                current = state.get("consent")
                if value and current is not None and not current[0] and str(data.get(CONSENT_SEEN, "")) < current[1]:
                    continue  # granted without knowing of the withdrawal: the withdrawal stands
            state[name] = (value, hlc)
    return state


def _project_profile(db: sqlite_utils.Database, event: Event) -> None:
    """Enrolment and profile changes: each field last writer by HLC (consent: withdrawal first); an
    erased customer stays erased."""
    db.execute(
        "INSERT INTO customers (id, created_ts) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET "
        "created_ts = MIN(created_ts, excluded.created_ts)",
        [event.customer_id, event.ts],
    )
    row = db.execute("SELECT profile_hlc, erased FROM customers WHERE id = ?", [event.customer_id]).fetchone()
    if row[1] or event.customer_id is None:  # the schema gives every profile event a customer
        return
    fields: dict[str, Any] = {name: value for name, (value, _hlc) in profile_state(db, event.customer_id).items()}
    fields["profile_hlc"] = max(event.hlc, row[0])  # the newest profile event seen
    if "name" in fields:
        fields["name_key"] = search_key(fields["name"])
    if "phone" in fields:
        fields["phone_key"] = phone_key(fields["phone"])
        fields["phone_rev"] = fields["phone_key"][::-1]
    assignments = ", ".join(f"{name} = :{name}" for name in fields)
    db.execute(f"UPDATE customers SET {assignments} WHERE id = :id", {**fields, "id": event.customer_id})


def _project_erasure(db: sqlite_utils.Database, event: Event) -> None:
    """Erasure wins over every edit, earlier or later: personal data goes, anonymous numbers stay.

    Personal data also lives in the bodies of profile events, so those bodies are scrubbed: the one
    place the log is rewritten, because the law says so.
    """
    db.execute(
        "INSERT INTO customers (id, created_ts) VALUES (?, ?) ON CONFLICT(id) DO NOTHING",
        [event.customer_id, event.ts],
    )
    db.execute(
        "UPDATE customers SET name = NULL, phone = NULL, email = NULL, birthday = NULL, consent = 0, language = NULL, "
        "external_key = NULL, name_key = '', phone_key = '', phone_rev = '', erased = 1 WHERE id = ?",
        [event.customer_id],
    )
    db.execute(
        "UPDATE events SET body_raw = '{\"erased\":true}', chain = NULL WHERE customer_id = ? AND kind IN (?, ?)",
        [event.customer_id, Kind.ENROLLED, Kind.PROFILE_CHANGED],
    )
    db.execute("UPDATE events SET body_raw = json_remove(body_raw, '$.comment') WHERE customer_id = ? AND kind = ?",
               [event.customer_id, Kind.RATING])
    # The text is out of the tables, not yet out of the file: terminal.erasure compacts after the commit.
    due = set(json.loads(meta_get(db, ERASURE_DUE_KEY) or "[]")) | {event.customer_id}
    meta_set(db, ERASURE_DUE_KEY, json.dumps(sorted(due)))


def _project_card(db: sqlite_utils.Database, event: Event) -> None:
    code_hash = event.body["code_hash"]
    db.execute(
        "INSERT INTO cards (code_hash, customer_id, issued_ts, hint) VALUES (?, NULL, ?, ?) "
        "ON CONFLICT(code_hash) DO NOTHING",
        [code_hash, event.ts, event.body.get("hint", "")],
    )
    if event.kind == Kind.CARD_REVOKED:
        # Revocation wins over any binding, whatever order the events arrive in.
        db.execute("UPDATE cards SET status = 'revoked' WHERE code_hash = ?", [code_hash])
    if event.customer_id is not None:
        # The latest binding by HLC wins (a pre-printed card given to another record, a lost card's
        # revocation), whatever order the events arrive in; and a card of a record merged away belongs to
        # the record kept.
        db.execute("INSERT INTO card_bindings (code_hash, customer_id, hlc) VALUES (?, ?, ?) "
                   "ON CONFLICT(code_hash) DO UPDATE SET customer_id = excluded.customer_id, hlc = excluded.hlc "
                   "WHERE excluded.hlc > card_bindings.hlc", [code_hash, event.customer_id, event.hlc])
        winner = db.execute("SELECT customer_id FROM card_bindings WHERE code_hash = ?", [code_hash]).fetchone()[0]
        db.execute("UPDATE cards SET customer_id = ? WHERE code_hash = ?", [_kept(db, winner), code_hash])


def _project_sale(db: sqlite_utils.Database, event: Event) -> None:
    receipt_no = event.body.get("receipt_no")
    if receipt_no:
        # The sale by its local seq (just written, or being rebuilt); a number already taken keeps its first sale.
        db.execute("INSERT INTO receipts (receipt_no, sale_seq) SELECT ?, seq FROM events WHERE id = ? "
                   "ON CONFLICT DO NOTHING", [receipt_no, event.id])


def _project_settings(db: sqlite_utils.Database, event: Event) -> None:
    for key, value in event.body.get("settings", {}).items():
        db.execute(
            "INSERT INTO settings (key, value, hlc) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
            "value = excluded.value, hlc = excluded.hlc WHERE excluded.hlc > settings.hlc",
            [key, json.dumps(value, sort_keys=True), event.hlc],
        )


def _project_merge(db: sqlite_utils.Database, event: Event) -> None:
    """The record merged away points at the one kept; its cards become the kept record's.

    Cards issued to the merged record later (on a terminal that had not heard of the merge yet) are
    moved again when their event arrives: see :func:`_project_card`.
    """
    into = event.body.get("into")
    if not isinstance(into, str) or into == event.customer_id:
        return
    db.execute("INSERT INTO customers (id, created_ts) VALUES (?, ?) ON CONFLICT(id) DO NOTHING",
               [event.customer_id, event.ts])
    db.execute("UPDATE customers SET merged_into = ? WHERE id = ?", [into, event.customer_id])
    db.execute("UPDATE cards SET customer_id = ? WHERE customer_id = ?", [_kept(db, into), event.customer_id])


def _kept(db: sqlite_utils.Database, customer_id: str) -> str:
    """The record a customer's records were merged into in the end: merges can chain (A into B, B into C)
    and arrive in any order, so the whole chain is followed, not one step (a loop of opposite merges made
    offline keeps the record itself)."""
    row = db.execute(
        """WITH RECURSIVE up(id, next, depth) AS (
             SELECT id, merged_into, 0 FROM customers WHERE id = ?
             UNION ALL SELECT c.id, c.merged_into, up.depth + 1 FROM customers c JOIN up ON c.id = up.next
             WHERE up.depth < 50)
           SELECT COALESCE(next, id) FROM up ORDER BY depth DESC LIMIT 1""", [customer_id]).fetchone()
    # The chain's last step, even when the record it points at has not arrived yet.
    return row[0] if row else customer_id


_PROJECTORS: dict[str, Callable[[sqlite_utils.Database, Event], None]] = {
    Kind.ENROLLED: _project_profile,
    Kind.PROFILE_CHANGED: _project_profile,
    Kind.CUSTOMER_ERASED: _project_erasure,
    Kind.CARD_ISSUED: _project_card,
    Kind.CARD_BOUND: _project_card,
    Kind.CARD_REVOKED: _project_card,
    Kind.SALE: _project_sale,
    Kind.SETTINGS_CHANGED: _project_settings,
    Kind.CUSTOMER_MERGED: _project_merge,
}

PROJECTION_TABLES = ("balances", "customers", "cards", "card_bindings", "receipts", "settings", *hourly.TABLES)


def rebuild(db: sqlite_utils.Database) -> None:
    """Recompute every projection from the events, in one transaction."""
    with writing(db):
        for table in PROJECTION_TABLES:
            db.execute(f"DELETE FROM {table}")
        # Erasures first, so an erased customer's profile events cannot resurrect personal data.
        erased = {row[0] for row in db.execute("SELECT customer_id FROM events WHERE kind = ?",
                                                [Kind.CUSTOMER_ERASED])}
        for row in db.query("SELECT * FROM events ORDER BY seq"):
            event = Event.from_row(row)
            if event.customer_id in erased and event.kind in (Kind.ENROLLED, Kind.PROFILE_CHANGED):
                event = Event(**{**asdict(event), "body": {}})
            _project(db, event)
        # The balances are numbered anew above (their keys): the hours and marks are rebuilt with the new keys.
        hourly.project_all(db)  # set-based: the same SQL as one event at a time
        marks.rebuild(db)


def balance_snapshot(db: sqlite_utils.Database) -> list[tuple]:
    """Every balance row but its key, sorted: what a rebuild must reproduce. The keys (the rows' numbers, which
    ``customer_hours`` and ``customer_marks`` name customers by) follow the order customers first appeared in:
    another order of the same events, or a rebuild, numbers them differently, and the hours and marks with them."""
    return [tuple(row) for row in db.execute(
        "SELECT customer_id, stamps, points, spend, visits, redemptions, first_visit_ts, last_visit_ts FROM balances "
        "ORDER BY customer_id")]

"""Everything the shop holds about one customer (GDPR Art. 15), found by id, card code or phone number.

:func:`find_customer` turns what the owner typed into a customer id; :func:`gather` reads the
profile, the balance, the cards, every visit, every movement of points and stamps, the ratings, the
consent history and the raw events, with their dates, into one JSON-ready dictionary. The PDF
(:mod:`terminal.customer_pdf`) is drawn from the same dictionary, so the two never disagree.
"""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

import sqlite_utils

from terminal import cards
from terminal.db import meta_get
from terminal.languages import known
from terminal.ledger import Kind, phone_key


class LookupProblem(StrEnum):
    EMPTY = "empty"
    NOT_FOUND = "not_found"
    AMBIGUOUS = "ambiguous"  # a phone number shared by more than one customer
    CARD_NOT_BOUND = "card_not_bound"


class CustomerLookupError(Exception):
    def __init__(self, problem: LookupProblem, matches: int = 0) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.matches = matches


MESSAGES = {
    LookupProblem.EMPTY: "no customer given: pass a customer id, a card code or a phone number",
    LookupProblem.NOT_FOUND: "no customer has this id, card code or phone number",
    LookupProblem.AMBIGUOUS: "more than one customer has this phone number: use the card code or the customer id",
    LookupProblem.CARD_NOT_BOUND: "this card is not bound to a customer",
}


def find_customer(db: sqlite_utils.Database, key: str) -> str:
    """The id of the customer `key` names: their id, one of their card codes (any state), or their phone."""
    key = key.strip()
    if not key:
        raise CustomerLookupError(LookupProblem.EMPTY)
    if db.execute("SELECT 1 FROM customers WHERE id = ?", [key]).fetchone():
        return key
    if cards.looks_like_card(key):
        try:
            code = cards.parse_code(key)
        except cards.CardCodeError:
            raise CustomerLookupError(LookupProblem.NOT_FOUND) from None
        row = db.execute("SELECT customer_id FROM cards WHERE code_hash = ?", [code.code_hash]).fetchone()
        if row is None:
            raise CustomerLookupError(LookupProblem.NOT_FOUND)
        if row[0] is None:
            raise CustomerLookupError(LookupProblem.CARD_NOT_BOUND)
        return row[0]
    digits = phone_key(key)
    if len(digits) >= 3 and not any(ch.isalpha() for ch in key):
        ids = [r[0] for r in db.execute("SELECT id FROM customers WHERE phone_key = ? AND erased = 0", [digits])]
        if len(ids) > 1:
            raise CustomerLookupError(LookupProblem.AMBIGUOUS, len(ids))
        if ids:
            return ids[0]
    raise CustomerLookupError(LookupProblem.NOT_FOUND)


def _kept(db: sqlite_utils.Database, customer_id: str) -> str:
    """The record a merged one now lives in (itself when it was never merged)."""
    seen = {customer_id}
    while True:
        row = db.execute("SELECT merged_into FROM customers WHERE id = ?", [customer_id]).fetchone()
        if row is None or row[0] is None or row[0] in seen:
            return customer_id
        customer_id = row[0]
        seen.add(customer_id)


def family(db: sqlite_utils.Database, customer_id: str) -> list[str]:
    """The person's records: the one kept and every record merged into it."""
    return [r[0] for r in db.execute(
        "WITH RECURSIVE family(id) AS (SELECT ? UNION SELECT c.id FROM customers c JOIN family f "
        "ON c.merged_into = f.id) SELECT id FROM family", [_kept(db, customer_id)])]


def gather(db: sqlite_utils.Database, customer_id: str, exported_at: str) -> dict[str, Any]:
    """Every record about the person (their record and any merged into it), with dates (ISO-8601 UTC);
    money in minor units."""
    records = family(db, customer_id)
    customer_id = records[0]
    marks = ",".join("?" * len(records))
    row = db.execute("SELECT id, name, phone, email, birthday, consent, created_ts, external_key, erased "
                     "FROM customers WHERE id = ?", [customer_id]).fetchone()
    if row is None:
        raise CustomerLookupError(LookupProblem.NOT_FOUND)
    profile = {"id": row[0], "name": row[1] or "", "phone": row[2] or "", "email": row[3] or "",
               "birthday": row[4] or "", "consent": bool(row[5]), "enrolled": row[6],
               "imported_as": row[7] or "", "erased": bool(row[8])}
    balance_row = db.execute("SELECT stamps, points, spend, visits, redemptions, first_visit_ts, last_visit_ts "
                             "FROM balances WHERE customer_id = ?", [customer_id]).fetchone()
    stamps, points, spend, visits, redemptions, first_visit, last_visit = balance_row or (0, 0, 0, 0, 0, None, None)
    events = [_event_row(r) for r in db.execute(
        "SELECT id, ts, kind, stamps, points, amount, ref_id, body, terminal_id FROM events "
        f"WHERE customer_id IN ({marks}) ORDER BY ts, seq", records)]
    refunded = {e["ref_id"] for e in events if e["kind"] == Kind.REFUND}
    return {
        "exported": exported_at,
        "shop": _shop_name(db),
        "terminal": meta_get(db, "terminal_name") or "",
        "profile": profile,
        "balance": {"stamps": stamps, "points": points, "spend": spend, "visits": visits,
                    "redemptions": redemptions, "first_visit": first_visit, "last_visit": last_visit},
        "merged_records": records[1:],
        "cards": [{"ends_with": hint, "status": status, "issued": issued} for hint, status, issued in db.execute(
            f"SELECT hint, status, issued_ts FROM cards WHERE customer_id IN ({marks}) ORDER BY issued_ts",
            records)],
        "visits": [{"time": e["time"], "receipt_no": e["body"].get("receipt_no", ""), "amount": e["amount"],
                    "stamps": e["stamps"], "points": e["points"], "refunded": e["id"] in refunded}
                   for e in events if e["kind"] == Kind.SALE],
        "points_and_stamps": [{"time": e["time"], "what": e["kind"], "points": e["points"], "stamps": e["stamps"],
                               "note": _note(e)} for e in events if e["points"] or e["stamps"]],
        "ratings": [{"time": e["time"], "scale": e["body"].get("scale", ""), "score": e["body"].get("score"),
                     "reason": e["body"].get("reason", ""), "comment": e["body"].get("comment", ""),
                     "receipt_no": e["body"].get("receipt_no", "")} for e in events if e["kind"] == Kind.RATING],
        "consents": [{"time": e["time"], "consent": bool(e["body"]["consent"])} for e in events
                     if e["kind"] in (Kind.ENROLLED, Kind.PROFILE_CHANGED) and "consent" in e["body"]],
        "events": events,
    }


def _event_row(row: tuple) -> dict[str, Any]:
    event_id, ts, kind, stamps, points, amount, ref_id, body, terminal_id = row
    return {"id": event_id, "time": ts, "kind": kind, "stamps": stamps, "points": points, "amount": amount,
            "ref_id": ref_id, "terminal": terminal_id, "body": json.loads(body)}


def _note(event: dict[str, Any]) -> str:
    body = event["body"]
    return str(body.get("reason") or body.get("name") or body.get("receipt_no") or body.get("reverses") or "")


def _shop_name(db: sqlite_utils.Database) -> str:
    row = db.execute("SELECT value FROM settings WHERE key = 'shop'").fetchone()
    return json.loads(row[0]).get("name", "") if row else ""


def export_language(db: sqlite_utils.Database, customer_id: str, shop_language: str) -> str:
    """The language a customer reads their export in: their own where the profile has one, else the shop's."""
    row = db.execute("SELECT language FROM customers WHERE id = ?", [_kept(db, customer_id)]).fetchone()
    return known(row[0] if row and row[0] else shop_language)

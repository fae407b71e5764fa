"""Printed vouchers: a campaign's offer for one customer, as a short signed code the counter scans.

A voucher names the ``campaign_member`` event that put the customer in the campaign's offered group
(every terminal of the shop has it after a sync) and carries an HMAC made with the shop's secret
(``meta.shop_secret``, as receipts' feedback codes, :mod:`terminal.tokens`). So the code holds no
name, phone or customer id, and nobody without the secret can make one: a changed character, a code
of another shop or one made up fails its signature. Whether it is still good (the campaign open,
the offer not yet used) is read from the ledger at the counter, so a voucher cannot outlive its offer.

Code form: ``LV1`` and 42 Crockford base32 characters (the member event's 16 bytes, then the first
10 bytes of HMAC-SHA256 over ``voucher.<member event id>``). Upper-case letters and digits fit QR's
alphanumeric mode: a small symbol with big modules. Printed in groups of five for typing; dashes,
spaces and case do not matter, and O reads as 0, I and L as 1.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import sqlite_utils

from terminal import campaigns
from terminal.campaigns import Campaign, CampaignError, OfferKind
from terminal.cards import ALPHABET
from terminal.db import meta_get
from terminal.ledger import Kind

PREFIX = "LV1"
MAC_BYTES = 10  # 80 bits: far beyond guessing at a counter, and the code stays short
BODY_LENGTH = 42  # (16 + 10) bytes = 208 bits in 5-bit characters
CODE_LENGTH = len(PREFIX) + BODY_LENGTH
MAX_INPUT = 120  # anything longer is not a voucher, whatever a scanner sends
_VALUES = {ch: i for i, ch in enumerate(ALPHABET)} | {"O": 0, "I": 1, "L": 1}


class VoucherProblem(StrEnum):
    MALFORMED = "malformed"  # not a voucher code (a misread, a typing error)
    FORGED = "forged"  # the signature fails: changed, made up, or another shop's
    NO_SECRET = "no_secret"  # this terminal has no shop secret yet (set-up not finished)
    UNKNOWN = "unknown"  # genuine, but its campaign has not reached this terminal (sync)
    NOT_YET = "not_yet"  # the campaign starts later
    EXPIRED = "expired"  # the campaign has ended
    USED = "used"  # the offer was taken already, here or at another terminal
    ERASED = "erased"  # the customer was erased
    NO_VOUCHERS = "no_vouchers"  # happy hours are for everyone: nothing to hand out


class VoucherError(ValueError):
    def __init__(self, problem: VoucherProblem, detail: str = "") -> None:
        super().__init__(f"{problem} {detail}".strip())
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class Voucher:
    """A genuine voucher, as the counter applies it."""

    member_id: str  # the campaign_member event
    customer_id: str
    campaign: Campaign


@dataclass(frozen=True)
class Holder:
    """One voucher to print: the code and whom it is for."""

    code: str
    customer_id: str
    first_name: str


def _mac(secret: str, member_id: str) -> bytes:
    return hmac.new(secret.encode("utf-8"), f"voucher.{member_id}".encode("ascii"), hashlib.sha256).digest()[:MAC_BYTES]


def _encode(data: bytes) -> str:
    value = int.from_bytes(data, "big")
    return "".join(ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(BODY_LENGTH)))


def make_code(secret: str, member_id: str) -> str:
    """The voucher code of one membership; ValueError if the member event's id is not a UUID."""
    return PREFIX + _encode(uuid.UUID(member_id).bytes + _mac(secret, member_id))


def grouped(code: str) -> str:
    """The printable form: LV1-XXXXX-…, easy to type from the paper."""
    body = code[len(PREFIX):]
    return "-".join([PREFIX, *(body[i:i + 6] for i in range(0, len(body), 6))])


def normalise(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch not in " -\t\r\n")


def looks_like_voucher(text: str) -> bool:
    """Cheap routing test: does the text claim to be one of our vouchers?"""
    return isinstance(text, str) and normalise(text[:MAX_INPUT]).startswith(PREFIX)


def member_of_code(secret: str, text: str) -> str:
    """The member event a genuine code names; VoucherError (malformed or forged) otherwise. Never reads the db."""
    if not isinstance(text, str) or len(text) > MAX_INPUT:
        raise VoucherError(VoucherProblem.MALFORMED)
    cleaned = normalise(text)
    body = cleaned[len(PREFIX):]
    if not cleaned.startswith(PREFIX) or len(body) != BODY_LENGTH or any(ch not in _VALUES for ch in body):
        raise VoucherError(VoucherProblem.MALFORMED)
    value = 0
    for ch in body:
        value = value * 32 + _VALUES[ch]
    if value >> 208:
        raise VoucherError(VoucherProblem.MALFORMED)
    data = value.to_bytes(26, "big")
    member_id = str(uuid.UUID(bytes=data[:16]))
    if not secret:
        raise VoucherError(VoucherProblem.NO_SECRET)
    if not hmac.compare_digest(_mac(secret, member_id), data[16:]):
        raise VoucherError(VoucherProblem.FORGED)
    return member_id


def shop_secret(db: sqlite_utils.Database) -> str:
    return meta_get(db, "shop_secret") or ""


def check(db: sqlite_utils.Database, text: str, now: datetime) -> Voucher:
    """What a scanned or typed voucher gives now: VoucherError says in a word why not."""
    member_id = member_of_code(shop_secret(db), text)
    row = db.execute("SELECT customer_id, body FROM events WHERE id = ? AND kind = ?",
                     [member_id, Kind.CAMPAIGN_MEMBER]).fetchone()
    if row is None or row[0] is None:
        raise VoucherError(VoucherProblem.UNKNOWN, member_id)
    customer_id, body = row
    try:
        data = json.loads(body)
        campaign_id, group = str(data["campaign_id"]), data["group"]
        found = campaigns.campaign(db, campaign_id)
    except (CampaignError, KeyError, TypeError, ValueError):
        raise VoucherError(VoucherProblem.UNKNOWN, member_id) from None
    if group != "offer":  # the signature is ours, so this is a bug or a tampered database: never an offer
        raise VoucherError(VoucherProblem.FORGED, member_id)
    if now < found.starts:
        raise VoucherError(VoucherProblem.NOT_YET, campaign_id)
    if now >= found.ends:
        raise VoucherError(VoucherProblem.EXPIRED, campaign_id)
    erased = db.execute("SELECT erased FROM customers WHERE id = ?", [customer_id]).fetchone()
    if erased is None or erased[0]:
        raise VoucherError(VoucherProblem.ERASED, customer_id)
    if campaigns.is_used(db, customer_id, campaign_id):
        raise VoucherError(VoucherProblem.USED, campaign_id)
    return Voucher(member_id=member_id, customer_id=customer_id, campaign=found)


def holders(db: sqlite_utils.Database, campaign_id: str, now: datetime) -> tuple[Campaign, list[Holder]]:
    """The vouchers to print for a campaign: every member of the offered group (never the control group)
    who is not erased and has not used the offer yet, sorted by name. Consent is not asked: the voucher
    is handed over in the shop, no message is sent."""
    found = campaigns.campaign(db, campaign_id)
    if found.offer.kind is OfferKind.HAPPY_HOURS:
        raise VoucherError(VoucherProblem.NO_VOUCHERS, campaign_id)
    if now >= found.ends:
        raise VoucherError(VoucherProblem.EXPIRED, campaign_id)
    secret = shop_secret(db)
    if not secret:
        raise VoucherError(VoucherProblem.NO_SECRET)
    rows = db.execute(
        "SELECT m.id, m.customer_id, c.name FROM events m JOIN customers c ON c.id = m.customer_id "
        "WHERE m.kind = ? AND json_extract(m.body, '$.campaign_id') = ? AND json_extract(m.body, '$.group') = 'offer' "
        "AND c.erased = 0 ORDER BY c.name COLLATE NOCASE, m.customer_id",
        [Kind.CAMPAIGN_MEMBER, campaign_id]).fetchall()
    found_holders, seen = [], set()
    for member_id, customer_id, name in rows:
        if customer_id in seen or campaigns.is_used(db, customer_id, campaign_id):
            continue
        seen.add(customer_id)
        try:
            code = make_code(secret, member_id)
        except ValueError:
            continue  # a member event from elsewhere without a UUID id: it cannot be a voucher
        words = (name or "").split()
        found_holders.append(Holder(code=code, customer_id=customer_id, first_name=words[0] if words else ""))
    return found, found_holders

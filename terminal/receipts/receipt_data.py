"""What a receipt says, gathered from the ledger: the same answer every time a receipt is printed again.

Balances are summed over the customer's events up to the sale's own transaction (by local ``seq``),
so later visits, redemptions or synced events never change a reprint; the feedback code's expiry
follows from the sale's date, not today's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import sqlite_utils

from terminal import loyalty, tokens
from terminal.clock import iso, parse_iso
from terminal.counter import RULES_KEY, SHOP_KEY
from terminal.db import meta_get
from terminal.hub_address import address_problem
from terminal.ledger import Event, Kind
from terminal.loyalty import Rules
from terminal.shop import Shop


class ReceiptProblem(StrEnum):
    UNKNOWN_RECEIPT = "unknown_receipt"
    NO_SHOP_SECRET = "no_shop_secret"


class ReceiptError(LookupError):
    def __init__(self, problem: ReceiptProblem, detail: str = "") -> None:
        super().__init__(f"{problem} {detail}".strip())
        self.problem = problem


@dataclass(frozen=True)
class LoyaltyLines:
    """The customer's part of the receipt, as it stood right after the sale."""

    customer_name: str  # "" when never given or erased
    tier: str
    points_earned: int  # for the sale itself
    bonus_points: int  # a birthday bonus that came with the sale
    points_balance: int
    stamps_earned: int
    stamps_balance: int
    card_size: int
    stamps_on_card: int
    stamps_to_reward: int
    stamp_reward: str  # what a full card gives, "" if no reward costs stamps
    next_points_reward: str  # the cheapest points reward not yet within reach, "" if none
    points_to_next_reward: int
    redeemed: tuple[str, ...]  # rewards redeemed in the same visit


@dataclass(frozen=True)
class ReceiptData:
    receipt_no: str
    sold_at: datetime  # in the shop's time zone
    terminal: str
    amount: int  # minor units
    currency: str
    shop_name: str
    shop_address: str
    footer: str
    feedback_url: str  # the hub's feedback page for this visit, or the bare token (see feedback_by_camera)
    loyalty: LoyaltyLines | None  # None for a sale without a customer
    logo: Path | None = None
    # No hub a phone can reach (none set, or a loopback address): the code is for the counter's camera.
    feedback_by_camera: bool = False
    language: str = "en"  # the shop's: the receipt's words, numbers and dates


def receipt_data(db: sqlite_utils.Database, receipt_no: str) -> ReceiptData:
    """Everything receipt ``receipt_no`` shows; ReceiptError if there is no such receipt."""
    number = receipt_no.strip().upper()
    rows = list(db.query("SELECT e.* FROM receipts r JOIN events e ON e.seq = r.sale_seq WHERE r.receipt_no = ?",
                         [number]))
    if not rows:
        raise ReceiptError(ReceiptProblem.UNKNOWN_RECEIPT, number)
    sale = Event.from_row(rows[0])
    secret = meta_get(db, "shop_secret")
    if not secret:
        raise ReceiptError(ReceiptProblem.NO_SHOP_SECRET)
    shop, rules = Shop.from_json(_setting(db, SHOP_KEY)), Rules.from_json(_setting(db, RULES_KEY))
    sold_utc = parse_iso(sale.ts)
    token = tokens.make_token(secret, number, sold_utc.date())
    by_camera = address_problem(shop.feedback_base_url) is not None  # never a dead link on paper
    return ReceiptData(
        receipt_no=number, sold_at=sold_utc.astimezone(_zone(shop.timezone)), terminal=_terminal_name(number),
        amount=sale.amount, currency=shop.currency, shop_name=shop.name, shop_address=shop.address,
        footer=shop.receipt_footer, feedback_url=token if by_camera else tokens.feedback_url(shop.feedback_base_url,
                                                                                            token),
        loyalty=_loyalty(db, rules, sale, rows[0]["seq"]) if sale.customer_id else None,
        logo=_logo(db, shop.extra.get("logo")), feedback_by_camera=by_camera, language=shop.language,
    )


def _setting(db: sqlite_utils.Database, key: str) -> dict:
    """The owner's settings as Counter reads them (not through Counter: its set-up scans the whole log)."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else {}


def _loyalty(db: sqlite_utils.Database, rules: Rules, sale: Event, sale_seq: int) -> LoyaltyLines:
    customer = sale.customer_id
    bonus_points, last_seq = db.execute(
        "SELECT COALESCE(SUM(points), 0), COALESCE(MAX(seq), ?) FROM events WHERE ref_id = ? AND kind = ?",
        [sale_seq, sale.id, Kind.BIRTHDAY_BONUS]).fetchone()
    stamps, points = db.execute(
        "SELECT COALESCE(SUM(stamps), 0), COALESCE(SUM(points), 0) FROM events WHERE customer_id = ? AND seq <= ?",
        [customer, last_seq]).fetchone()
    sold = parse_iso(sale.ts)
    spend, visits = db.execute(
        "SELECT COALESCE(SUM(amount), 0), COALESCE(SUM(CASE kind WHEN 'sale' THEN 1 ELSE -1 END), 0) FROM events "
        "WHERE customer_id = ? AND kind IN ('sale', 'refund') AND ts >= ? AND seq <= ?",
        [customer, iso(sold - timedelta(days=365)), last_seq]).fetchone()
    name_row = db.execute("SELECT name FROM customers WHERE id = ? AND erased = 0", [customer]).fetchone()
    stamp_rewards = sorted((r for r in rules.rewards if r.cost_stamps), key=lambda r: r.cost_stamps)
    within_reach = [r for r in rules.rewards if r.cost_points > max(points, 0) and not r.cost_stamps]
    next_points = min(within_reach, key=lambda r: r.cost_points, default=None)
    return LoyaltyLines(
        customer_name=(name_row[0] or "") if name_row else "",
        tier=loyalty.tier_for(rules, spend, visits).name,
        points_earned=sale.points, bonus_points=bonus_points, points_balance=points,
        stamps_earned=sale.stamps, stamps_balance=stamps, card_size=rules.card_size,
        stamps_on_card=loyalty.stamps_on_card(rules, stamps),
        stamps_to_reward=loyalty.stamps_to_next_reward(rules, stamps),
        stamp_reward=stamp_rewards[0].name if stamp_rewards else "",
        next_points_reward=next_points.name if next_points else "",
        points_to_next_reward=next_points.cost_points - max(points, 0) if next_points else 0,
        redeemed=_redeemed_this_visit(db, rules, sale, sale_seq, last_seq),
    )


def _redeemed_this_visit(db: sqlite_utils.Database, rules: Rules, sale: Event, sale_seq: int,
                         last_seq: int) -> tuple[str, ...]:
    """Rewards redeemed since the customer's previous sale and within the visit window, not undone."""
    previous = db.execute("SELECT COALESCE(MAX(seq), 0) FROM events WHERE customer_id = ? AND kind = ? AND seq < ?",
                          [sale.customer_id, Kind.SALE, sale_seq]).fetchone()[0]
    since = iso(parse_iso(sale.ts) - timedelta(minutes=rules.visit_window_minutes))
    rows = db.execute(
        "SELECT json_extract(r.body, '$.name') FROM events r WHERE r.customer_id = ? AND r.kind = ? "
        "AND r.seq > ? AND r.seq < ? AND r.ts >= ? AND NOT EXISTS (SELECT 1 FROM events u "
        "WHERE u.ref_id = r.id AND u.kind = 'reversal' AND u.seq <= ?) ORDER BY r.seq",
        [sale.customer_id, Kind.REWARD_REDEEMED, previous, sale_seq, since, last_seq])
    return tuple(row[0] or "" for row in rows)


def _terminal_name(receipt_no: str) -> str:
    """Receipt numbers are shop-terminal-sequence: the terminal's name is the middle part."""
    parts = receipt_no.split("-")
    return "-".join(parts[1:-1]) if len(parts) >= 3 else ""


def _zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def _logo(db: sqlite_utils.Database, value: object) -> Path | None:
    """The owner's logo file; a relative path is relative to the data folder (where the database is)."""
    if not isinstance(value, str) or not value:
        return None
    path = Path(value)
    if not path.is_absolute():
        files = [row[2] for row in db.execute("PRAGMA database_list") if row[1] == "main" and row[2]]
        if not files:
            return None
        path = Path(files[0]).parent / path
    return path if path.is_file() else None


def last_receipt_no(db: sqlite_utils.Database) -> str | None:
    """This terminal's most recent receipt (for "reprint last receipt"), or None before the first sale."""
    row = db.execute("SELECT json_extract(body, '$.receipt_no') FROM events WHERE kind = ? AND terminal_id = ? "
                     "ORDER BY seq DESC LIMIT 1", [Kind.SALE, meta_get(db, "terminal_id")]).fetchone()
    return row[0] if row else None

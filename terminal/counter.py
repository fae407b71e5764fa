"""The cashier's operations: open a card, record a sale, redeem, undo, refund, enrol, search.

Each operation is one transaction: its events and the projections they change commit together or
not at all. The service owns one connection and must be used from one thread (the UI runs it on
its database worker).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

import sqlite_utils

from terminal import campaigns, cards, contact, loyalty, staff, vouchers
from terminal.clock import Clock, SystemClock, iso, parse_iso, to_ms
from terminal.db import meta_get, writing
from terminal.feedback import FEEDBACK_KEY, FeedbackSettings, unhappy_note, validate_settings
from terminal.ids import uuid7
from terminal.languages import LANGUAGES
from terminal.ledger import CONSENT_SEEN, Event, Kind, phone_key, profile_state, search_key
from terminal.loyalty import Earned, Reward, Rules, Tier
from terminal.shop import Shop
from terminal.shop import validate as validate_shop
from terminal.text import clean_text
from terminal.writer import EventWriter

RULES_KEY = "rules"
SHOP_KEY = "shop"


class CounterProblem(StrEnum):
    UNKNOWN_CUSTOMER = "unknown_customer"
    ERASED_CUSTOMER = "erased_customer"
    ALREADY_UNDONE = "already_undone"
    NOTHING_TO_UNDO = "nothing_to_undo"
    UNKNOWN_RECEIPT = "unknown_receipt"
    CARD_ALREADY_BOUND = "card_already_bound"
    BAD_AMOUNT = "bad_amount"
    NAME_REQUIRED = "name_required"
    BAD_BIRTHDAY = "bad_birthday"
    BAD_LANGUAGE = "bad_language"
    REDEMPTION_REFUSED = "redemption_refused"
    BAD_PHONE = "bad_phone"
    BAD_EMAIL = "bad_email"
    SAME_CUSTOMER = "same_customer"  # a merge of a record with itself
    MERGED_CUSTOMER = "merged_customer"  # that record was already merged into another
    BELOW_ZERO = "below_zero"  # a refund or adjustment would leave a negative balance (needs the owner / refused)


class CounterError(Exception):
    """An operation the rules refuse; ``problem`` (or ``redeem``) says why, for the UI to put in words."""

    def __init__(self, problem: CounterProblem | loyalty.RedeemProblem, detail: str = "") -> None:
        super().__init__(f"{problem} {detail}".strip())
        self.problem = problem
        self.detail = detail


class OverdrawnCause(StrEnum):
    """What first took a balance below zero, so the cashier's screen can say it in words."""

    NONE = ""
    REFUND = "refund"  # a refund or undo took back stamps or points a reward had already used
    REWARDS_ELSEWHERE = "rewards_elsewhere"  # rewards redeemed at two counters while they could not talk
    ADJUSTMENT = "adjustment"
    OTHER = "other"


@dataclass(frozen=True)
class CustomerView:
    """Everything the customer panel shows about one customer."""

    id: str
    name: str
    phone: str
    email: str
    birthday: date | None
    consent: bool
    erased: bool
    stamps: int
    points: int
    spend: int
    visits: int
    last_visit: datetime | None
    tier: Tier
    next_tier: Tier | None
    spend_12m: int
    card_size: int
    stamps_on_card: int
    stamps_to_next_reward: int
    rewards_available: tuple[Reward, ...]
    birthday_soon: bool
    card_hints: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    overdrawn_cause: OverdrawnCause = OverdrawnCause.NONE
    offers: tuple[campaigns.OpenOffer, ...] = ()  # waiting for this customer, from open campaigns
    language: str = ""  # the customer's own ("" when none was chosen): the customer screen speaks it

    @property
    def overdrawn(self) -> bool:
        """After offline redemptions on two terminals a balance can go negative: shown, never hidden."""
        return self.points < 0 or self.stamps < 0


@dataclass(frozen=True)
class ReceiptSale:
    """A past sale as its receipt names it, and what refunding it would do to the balance."""

    receipt_no: str
    sale_id: str
    sold_at: datetime
    amount: int
    stamps: int  # what a refund takes back: the sale's stamps, and points with any bonus that came with it
    points: int
    customer_id: str | None
    customer_name: str
    refunded: bool
    stamps_after: int = 0  # the customer's balance after a refund
    points_after: int = 0

    @property
    def below_zero(self) -> bool:
        return self.customer_id is not None and (self.stamps_after < 0 or self.points_after < 0)


@dataclass(frozen=True)
class VoucherLookup:
    """A genuine voucher's customer, with the voucher's offer first among their offers (Ctrl+O applies it)."""

    customer: CustomerView
    campaign_id: str


@dataclass(frozen=True)
class CardLookup:
    card: cards.CardCode
    customer: CustomerView | None  # None: an anonymous pre-printed card, not yet bound


@dataclass(frozen=True)
class SaleResult:
    sale: Event
    receipt_no: str
    earned: Earned
    events: tuple[Event, ...]  # the sale and any bonus that came with it, in order
    customer: CustomerView | None


@dataclass(frozen=True)
class Enrolment:
    customer: CustomerView
    card: cards.CardCode | None  # a new card to print, when none was scanned
    events: tuple[Event, ...]


@dataclass(frozen=True)
class CustomerSummary:
    id: str
    name: str
    phone: str
    points: int
    stamps: int
    last_visit: datetime | None


@dataclass(frozen=True)
class Duplicate:
    """An existing customer an enrolment may be about: why it looks like the same person."""

    customer: CustomerSummary
    same_phone: bool
    same_email: bool
    same_name: bool


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a customer's history at the counter, newest first."""

    event_id: str
    kind: str
    at: datetime
    amount: int
    stamps: int
    points: int
    receipt_no: str = ""
    detail: str = ""  # a reward's name, an adjustment's reason, a rating's score
    refunded: bool = False  # a sale refunded, or an action undone


@dataclass
class Counter:
    db: sqlite_utils.Database
    clock: Clock = field(default_factory=SystemClock)
    # Sync plugs in here: asks the hub to confirm a redemption; raises CounterError to refuse.
    redemption_guard: Callable[[str, Reward], None] | None = None
    # And here: asks the hub to confirm one use of a campaign's offer (customer id, campaign id).
    offer_guard: Callable[[str, str], None] | None = None

    def __post_init__(self) -> None:
        self.writer = EventWriter(self.db, self.clock)
        self.terminal_id = self.writer.terminal_id
        self.hlc = self.writer.hlc
        self._rules: Rules | None = None
        self._shop: Shop | None = None
        self._staff: list[staff.StaffMember] | None = None
        self.signed_in: staff.StaffMember | None = None

    # -- staff ----------------------------------------------------------------------------------
    def staff_list(self) -> list[staff.StaffMember]:
        if self._staff is None:
            self._staff = staff.members(self.db)
        return self._staff

    def sign_in(self, staff_id: str, pin: str) -> staff.StaffMember:
        """The member at the counter from now on: their events carry their id, their role decides."""
        member = staff.sign_in(self.db, staff_id, pin, self.clock)
        self.signed_in = member
        self.writer.actor = member.id
        return member

    def sign_out(self) -> None:
        self.signed_in = None
        self.writer.actor = None

    def require(self, permission: staff.Permission) -> None:
        """Refuses what the signed-in member's role does not allow. A shop without staff runs in
        single-PIN mode (the owner's PIN guards the owner's doors); once staff exist, someone must
        sign in."""
        if self.signed_in is None:
            if self.staff_list():
                raise staff.StaffError(staff.StaffProblem.NOT_SIGNED_IN)
            return
        staff.require(self.signed_in, permission)

    def save_staff_member(self, member: staff.StaffMember) -> Event:
        """Add or change a member (owners only; anyone for the shop's first member, who must be an owner)."""
        current = self.staff_list()
        if current:
            self.require(staff.Permission.STAFF)
        elif member.role is not staff.Role.OWNER:
            raise staff.StaffError(staff.StaffProblem.LAST_OWNER)
        updated = staff.with_member(current, member)
        event = self._event(Kind.SETTINGS_CHANGED, body={"settings": {staff.STAFF_KEY: staff.to_setting(updated)}})
        self._commit([event])
        return event

    # -- settings -------------------------------------------------------------------------------
    def rules(self) -> Rules:
        if self._rules is None:
            self._rules = Rules.from_json(self._setting(RULES_KEY) or {})
        return self._rules

    def shop(self) -> Shop:
        if self._shop is None:
            self._shop = Shop.from_json(self._setting(SHOP_KEY) or {})
        return self._shop

    def save_settings(self, *, rules: Rules | None = None, shop: Shop | None = None,
                      feedback: FeedbackSettings | None = None) -> Event:
        """Owner's change of rules, shop details or feedback settings: an event, so it syncs and is audited."""
        self.require(staff.Permission.RULES)
        changed: dict[str, Any] = {}
        if rules is not None:
            loyalty.validate(rules)
            changed[RULES_KEY] = rules.to_json()
        if shop is not None:
            validate_shop(shop)
            changed[SHOP_KEY] = shop.to_json()
        if feedback is not None:
            validate_settings(feedback)
            changed[FEEDBACK_KEY] = feedback.to_json()
        event = self._event(Kind.SETTINGS_CHANGED, body={"settings": changed})
        self._commit([event])
        return event

    def _setting(self, key: str) -> Any:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else None

    def forget_cached_settings(self) -> None:
        """Settings may have arrived by sync: read them again next time."""
        self._rules = self._shop = None
        self._staff = None

    # -- events ---------------------------------------------------------------------------------
    def _event(self, kind: Kind, customer_id: str | None = None, *, stamps: int = 0, points: int = 0,
               amount: int = 0, ref_id: str | None = None, body: dict[str, Any] | None = None) -> Event:
        return self.writer.new(kind, customer_id, stamps=stamps, points=points, amount=amount, ref_id=ref_id,
                               body=body)

    def _commit(self, events: Sequence[Event]) -> None:
        self.writer.commit(events)
        if any(e.kind == Kind.SETTINGS_CHANGED for e in events):
            self.forget_cached_settings()

    # -- reading --------------------------------------------------------------------------------
    def customer(self, customer_id: str) -> CustomerView:
        """The customer as the counter shows them; a record merged into another opens the one it lives in,
        and the numbers are those of the record with every record merged into it."""
        customer_id = self._kept_record(customer_id)
        row = self.db.execute("SELECT id, name, phone, email, birthday, consent, erased, language FROM customers "
                              "WHERE id = ?", [customer_id]).fetchone()
        if row is None:
            raise CounterError(CounterProblem.UNKNOWN_CUSTOMER, customer_id)
        (cid, name, phone, email, birthday, consent, erased, language) = row
        family = self._family(cid)
        stamps, points, spend, visits, last_visit = self.db.execute(
            f"SELECT COALESCE(SUM(stamps), 0), COALESCE(SUM(points), 0), COALESCE(SUM(spend), 0), "
            f"COALESCE(SUM(visits), 0), MAX(last_visit_ts) FROM balances "
            f"WHERE customer_id IN ({','.join('?' * len(family))})", family).fetchone()
        rules = self.rules()
        now = self.clock.now()
        spend_12m, visits_12m = self._twelve_months(family, now)
        tier = loyalty.tier_for(rules, spend_12m, visits_12m)
        birthday_date = _parse_date(birthday)
        hints = tuple(r[0] for r in self.db.execute(
            "SELECT hint FROM cards WHERE customer_id = ? AND status = 'active' ORDER BY issued_ts", [cid]))
        return CustomerView(
            id=cid, name=name or "", phone=phone or "", email=email or "", birthday=birthday_date,
            language=language if language in LANGUAGES else "",
            consent=bool(consent), erased=bool(erased), stamps=stamps, points=points, spend=spend,
            visits=visits, last_visit=parse_iso(last_visit) if last_visit else None, tier=tier,
            next_tier=loyalty.next_tier(rules, tier), spend_12m=spend_12m, card_size=rules.card_size,
            stamps_on_card=loyalty.stamps_on_card(rules, stamps),
            stamps_to_next_reward=loyalty.stamps_to_next_reward(rules, stamps),
            rewards_available=tuple(loyalty.available_rewards(rules, stamps, points)),
            birthday_soon=loyalty.birthday_near(rules, birthday_date, now.date()) is not None,
            card_hints=hints,
            notes=tuple(note for note in [unhappy_note(self.db, cid)] if note),
            overdrawn_cause=self._overdrawn_cause(family) if stamps < 0 or points < 0 else OverdrawnCause.NONE,
            offers=tuple(campaigns.open_offers(self.db, cid, now, rules)) if not erased else (),
        )

    def _overdrawn_cause(self, family: list[str]) -> OverdrawnCause:
        """What last took stamps or points from zero or more to below zero.

        One counter never lets a reward overspend, so a redemption that does so is one made at another
        counter while the two could not talk (it arrived by sync).
        """
        causes = {Kind.REFUND: OverdrawnCause.REFUND, Kind.REVERSAL: OverdrawnCause.REFUND,
                  Kind.POINTS_ADJUSTED: OverdrawnCause.ADJUSTMENT,
                  Kind.REWARD_REDEEMED: OverdrawnCause.REWARDS_ELSEWHERE}
        stamps = points = 0
        cause = OverdrawnCause.OTHER
        for kind, d_stamps, d_points in self.db.execute(
                f"SELECT kind, stamps, points FROM events WHERE customer_id IN ({','.join('?' * len(family))}) "
                f"AND kind != ? ORDER BY ts, seq", [*family, Kind.CUSTOMER_MERGED]):
            was_ok = stamps >= 0 and points >= 0
            stamps, points = stamps + d_stamps, points + d_points
            if was_ok and (stamps < 0 or points < 0):
                cause = causes.get(kind, OverdrawnCause.OTHER)
        return cause

    def _twelve_months(self, family: list[str], now: datetime) -> tuple[int, int]:
        since = iso(now - timedelta(days=365))
        spend, visits = self.db.execute(
            "SELECT COALESCE(SUM(amount), 0), COALESCE(SUM(CASE kind WHEN 'sale' THEN 1 ELSE -1 END), 0) "
            f"FROM events WHERE customer_id IN ({','.join('?' * len(family))}) AND ts >= ? "
            "AND kind IN ('sale', 'refund')",
            [*family, since],
        ).fetchone()
        return spend, visits

    def open_card(self, text: str) -> CardLookup:
        """The customer a scanned or typed code belongs to; CardCodeError says why not."""
        code = cards.parse_code(text)
        row = self.db.execute("SELECT customer_id, status FROM cards WHERE code_hash = ?",
                              [code.code_hash]).fetchone()
        if row is None:
            raise cards.CardCodeError(cards.CodeProblem.NOT_ISSUED, text)
        if row[1] == "revoked":
            raise cards.CardCodeError(cards.CodeProblem.REVOKED, text)
        return CardLookup(card=code, customer=self.customer(row[0]) if row[0] else None)

    def find_customers(self, query: str, limit: int = 20) -> list[CustomerSummary]:
        """Search by card code, phone digits (prefix) or name words (prefixes, any order, any accents)."""
        query = query.strip()
        if not query:
            return []
        if cards.looks_like_card(query):
            try:
                lookup = self.open_card(query)
            except cards.CardCodeError:
                return []
            ids = [lookup.customer.id] if lookup.customer else []
        elif sum(ch.isdigit() for ch in query) >= 3 and not any(ch.isalpha() for ch in query):
            # The digits typed may be the start of the number (national or international) or its end.
            tail = phone_key(query)[::-1]
            starts = contact.phone_search_keys(query, self.shop().country)
            union = " UNION ".join(
                ["SELECT id FROM customers WHERE phone_key >= ? AND phone_key < ? AND phone_key != '' "
                 "AND erased = 0 AND merged_into IS NULL"] * len(starts)
                + ["SELECT id FROM customers WHERE phone_rev >= ? AND phone_rev < ? AND phone_rev != '' "
                   "AND erased = 0 AND merged_into IS NULL"])
            bounds = [value for key in [*starts, tail] for value in (key, key + ":")]
            ids = [r[0] for r in self.db.execute(f"{union} LIMIT ?", [*bounds, limit])]
        else:
            words = [w for w in search_key(query).replace('"', " ").split() if w]
            if not words:
                return []
            match = " AND ".join(f'"{w}"*' for w in words)
            ids = [r[0] for r in self.db.execute(
                "SELECT c.id FROM customers_fts f JOIN customers c ON c.rowid = f.rowid "
                "WHERE customers_fts MATCH ? AND c.erased = 0 AND c.merged_into IS NULL ORDER BY c.name_key LIMIT ?",
                [match, limit])]
        return [self._summary(cid) for cid in ids]

    def _summary(self, customer_id: str) -> CustomerSummary:
        row = self.db.execute(
            "SELECT c.id, c.name, c.phone, COALESCE(b.points, 0), COALESCE(b.stamps, 0), b.last_visit_ts "
            "FROM customers c LEFT JOIN balances b ON b.customer_id = c.id WHERE c.id = ?", [customer_id],
        ).fetchone()
        return CustomerSummary(row[0], row[1] or "", row[2] or "", row[3], row[4],
                               parse_iso(row[5]) if row[5] else None)

    # -- selling --------------------------------------------------------------------------------
    def record_sale(self, customer_id: str | None, amount: int) -> SaleResult:
        """A sale, its stamps and points, and a birthday bonus when one is due: one transaction."""
        self.require(staff.Permission.SELL)
        if amount <= 0:
            raise CounterError(CounterProblem.BAD_AMOUNT, str(amount))
        rules = self.rules()
        now = self.clock.now()
        earned = Earned(0, 0)
        if customer_id is not None:
            customer_id = self._live(customer_id)
            spend_12m, visits_12m = self._twelve_months(self._family(customer_id), now)
            tier = loyalty.tier_for(rules, spend_12m, visits_12m)
            earned = loyalty.earn_for_sale(rules, amount, tier, self._last_stamp_at(customer_id, now), now)
        receipt_no = self._next_receipt_no()
        sale = self._event(Kind.SALE, customer_id, stamps=earned.stamps, points=earned.points, amount=amount,
                           body={"receipt_no": receipt_no, "stamps_blocked": earned.stamps_blocked})
        events = [sale]
        if customer_id is not None:
            bonus_year = loyalty.birthday_bonus_due(rules, self._birthday(customer_id), now.date(),
                                                    self._birthday_years(customer_id))
            if bonus_year is not None:
                events.append(self._event(Kind.BIRTHDAY_BONUS, customer_id, points=rules.birthday_points,
                                          ref_id=sale.id, body={"year": bonus_year}))
        events += campaigns.happy_hour_bonuses(self.writer, sale, self.shop().timezone)
        with writing(self.db):
            self._bump_receipt_counter()
            self.writer.commit(events)
        view = self.customer(customer_id) if customer_id else None
        return SaleResult(sale=sale, receipt_no=receipt_no, earned=earned, events=tuple(events), customer=view)

    def _live(self, customer_id: str) -> str:
        """The record to write to: a record merged away writes to the one kept. Refuses unknown and erased."""
        customer_id = self._kept_record(customer_id)
        self._require_live_customer(customer_id)
        return customer_id

    def _require_live_customer(self, customer_id: str) -> None:
        row = self.db.execute("SELECT erased FROM customers WHERE id = ?", [customer_id]).fetchone()
        if row is None:
            raise CounterError(CounterProblem.UNKNOWN_CUSTOMER, customer_id)
        if row[0]:
            raise CounterError(CounterProblem.ERASED_CUSTOMER, customer_id)

    def _last_stamp_at(self, customer_id: str, now: datetime) -> datetime | None:
        window_start = iso(now - timedelta(minutes=self.rules().visit_window_minutes))
        row = self.db.execute(
            "SELECT MAX(s.ts) FROM events s WHERE s.customer_id = ? AND s.kind = 'sale' AND s.stamps > 0 "
            "AND s.ts >= ? AND NOT EXISTS (SELECT 1 FROM events r WHERE r.ref_id = s.id AND r.kind = 'refund')",
            [customer_id, window_start],
        ).fetchone()
        return parse_iso(row[0]) if row[0] else None

    def _birthday(self, customer_id: str) -> date | None:
        row = self.db.execute("SELECT birthday FROM customers WHERE id = ?", [customer_id]).fetchone()
        return _parse_date(row[0]) if row else None

    def _birthday_years(self, customer_id: str) -> set[int]:
        return {r[0] for r in self.db.execute(
            "SELECT json_extract(b.body, '$.year') FROM events b WHERE b.customer_id = ? AND b.kind = ? "
            "AND NOT EXISTS (SELECT 1 FROM events r WHERE r.ref_id = b.id AND r.kind IN ('refund', 'reversal'))",
            [customer_id, Kind.BIRTHDAY_BONUS])}

    def _next_receipt_no(self) -> str:
        row = self.db.execute("SELECT value FROM counters WHERE name = 'receipt'").fetchone()
        number = (row[0] if row else 0) + 1
        shop_code = meta_get(self.db, "shop_code") or "S1"
        terminal_name = meta_get(self.db, "terminal_name") or "T1"
        return f"{shop_code}-{terminal_name}-{number:06d}"

    def _bump_receipt_counter(self) -> None:
        self.db.execute("INSERT INTO counters (name, value) VALUES ('receipt', 1) "
                        "ON CONFLICT(name) DO UPDATE SET value = value + 1")

    def redeem(self, customer_id: str, reward_id: str) -> Event:
        self.require(staff.Permission.REDEEM)
        customer_id = self._live(customer_id)
        rules = self.rules()
        view = self.customer(customer_id)
        problem = loyalty.redeem_problem(rules, view.stamps, view.points, reward_id)
        if problem is not None:
            raise CounterError(problem, reward_id)
        reward = rules.reward(reward_id)
        assert reward is not None
        if self.redemption_guard is not None:
            self.redemption_guard(customer_id, reward)
        event = self._event(Kind.REWARD_REDEEMED, customer_id, stamps=-reward.cost_stamps,
                            points=-reward.cost_points, body={"reward_id": reward.id, "name": reward.name})
        self._commit([event])
        return event

    def apply_offer(self, customer_id: str, campaign_id: str, sale: Event | None = None) -> Event:
        """The customer's open offer, taken at the counter (CampaignError says why not); with a hub, once
        the hub confirms no other counter gave it (asked outside the write lock, like a redemption)."""
        self.require(staff.Permission.REDEEM)
        self._require_live_customer(customer_id)
        rules = self.rules()
        if self.offer_guard is not None:
            campaigns.check_offer(self.db, customer_id, campaign_id, self.clock.now(), sale)
            self.offer_guard(customer_id, campaign_id)
        return campaigns.apply_offer(self.writer, customer_id, campaign_id, rules, sale)

    def open_voucher(self, text: str) -> VoucherLookup:
        """The customer a scanned or typed voucher is for, its offer ready; VoucherError says why not
        (forged, not yet synced here, not started, ended, used, erased)."""
        found = vouchers.check(self.db, text, self.clock.now())
        view = self.customer(found.customer_id)
        if not any(o.campaign_id == found.campaign.id for o in view.offers):
            raise vouchers.VoucherError(vouchers.VoucherProblem.USED, found.campaign.id)
        offers = sorted(view.offers, key=lambda o: o.campaign_id != found.campaign.id)  # stable: the rest keep order
        return VoucherLookup(customer=replace(view, offers=tuple(offers)), campaign_id=found.campaign.id)

    # -- taking back ----------------------------------------------------------------------------
    def undo(self, event_id: str) -> tuple[Event, ...]:
        """Compensate one event (and the bonuses that came with it): never a delete.

        A sale is refunded: its amount, stamps and points exactly, so no points stay behind even when
        they were spent already (the balance then goes negative and is flagged); a birthday bonus or an
        offer that came with it is reversed too.
        """
        self.require(staff.Permission.UNDO)
        rows = list(self.db.query("SELECT * FROM events WHERE id = ?", [event_id]))
        if not rows:
            raise CounterError(CounterProblem.NOTHING_TO_UNDO, event_id)
        original = Event.from_row(rows[0])
        targets = [original] + [
            Event.from_row(r) for r in self.db.query(
                "SELECT * FROM events WHERE ref_id = ? AND kind IN (?, ?)",
                [event_id, Kind.BIRTHDAY_BONUS, Kind.OFFER_USED])]
        compensations = []
        for target in targets:
            if self._is_compensated(target.id):
                if target is original:
                    raise CounterError(CounterProblem.ALREADY_UNDONE, event_id)
                continue
            kind = Kind.REFUND if target.kind == Kind.SALE else Kind.REVERSAL
            compensations.append(self._event(
                kind, target.customer_id, stamps=-target.stamps, points=-target.points,
                amount=-target.amount, ref_id=target.id, body={"reverses": target.kind}))
        self._commit(compensations)
        return tuple(compensations)

    def receipt_sale(self, receipt_no: str) -> ReceiptSale:
        """The sale a receipt number names, for the cashier to see before refunding it."""
        row = self.db.execute(
            "SELECT r.receipt_no, s.id, s.ts, s.amount, s.stamps, s.points, s.customer_id, c.name "
            "FROM receipts r JOIN events s ON s.seq = r.sale_seq LEFT JOIN customers c ON c.id = s.customer_id "
            "WHERE r.receipt_no = ?", [receipt_no.strip().upper()]).fetchone()
        if row is None:
            raise CounterError(CounterProblem.UNKNOWN_RECEIPT, receipt_no)
        number, sale_id, ts, amount, stamps, points, customer_id, name = row
        bonus = self.db.execute(
            "SELECT COALESCE(SUM(b.points), 0) FROM events b WHERE b.ref_id = ? AND b.kind = ? AND NOT EXISTS "
            "(SELECT 1 FROM events r WHERE r.ref_id = b.id AND r.kind IN ('refund', 'reversal'))",
            [sale_id, Kind.BIRTHDAY_BONUS]).fetchone()[0]
        refunded = self._is_compensated(sale_id)
        stamps_after = points_after = 0
        if customer_id is not None:
            balance = self.db.execute("SELECT stamps, points FROM balances WHERE customer_id = ?",
                                      [customer_id]).fetchone() or (0, 0)
            stamps_after = balance[0] - (0 if refunded else stamps)
            points_after = balance[1] - (0 if refunded else points + bonus)
        return ReceiptSale(receipt_no=number, sale_id=sale_id, sold_at=parse_iso(ts), amount=amount, stamps=stamps,
                           points=points + bonus, customer_id=customer_id, customer_name=name or "",
                           refunded=refunded, stamps_after=stamps_after, points_after=points_after)

    def refund_receipt(self, receipt_no: str, *, allow_below_zero: bool = False) -> tuple[Event, ...]:
        """Refund a past sale; one that would leave a negative balance only with ``allow_below_zero``
        (the owner's word: the stamps or points it earned were already spent on a reward)."""
        self.require(staff.Permission.REFUND)
        sale = self.receipt_sale(receipt_no)
        if sale.refunded:
            raise CounterError(CounterProblem.ALREADY_UNDONE, receipt_no)
        if sale.below_zero and not allow_below_zero:
            raise CounterError(CounterProblem.BELOW_ZERO, receipt_no)
        return self.undo(sale.sale_id)

    def _is_compensated(self, event_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM events WHERE ref_id = ? AND kind IN ('refund', 'reversal')",
                               [event_id]).fetchone() is not None

    # -- customers and cards --------------------------------------------------------------------
    def enrol(self, name: str, *, phone: str = "", email: str = "", birthday: str = "", consent: bool = False,
              card_text: str | None = None, external_key: str | None = None, language: str = "") -> Enrolment:
        """A new customer with the welcome bonus, bound to a scanned anonymous card or given a new one."""
        self.require(staff.Permission.ENROL)
        name, phone, email = clean_text(name), clean_text(phone), clean_text(email)
        if not name:
            raise CounterError(CounterProblem.NAME_REQUIRED)
        if birthday and _parse_date(birthday) is None:
            raise CounterError(CounterProblem.BAD_BIRTHDAY, birthday)
        phone, email = self._phone(phone), self._email(email)
        if language and language not in LANGUAGES:
            raise CounterError(CounterProblem.BAD_LANGUAGE, language)
        scanned = None
        if card_text:
            lookup = self.open_card(card_text)
            if lookup.customer is not None:
                raise CounterError(CounterProblem.CARD_ALREADY_BOUND)
            scanned = lookup.card
        customer_id = uuid7(to_ms(self.clock.now()))
        profile: dict[str, Any] = {"name": name, "phone": phone, "email": email,
                                   "birthday": birthday.strip() or None, "consent": consent}
        if external_key:
            profile["external_key"] = external_key
        if language:
            profile["language"] = language
        events = [self._event(Kind.ENROLLED, customer_id, body=profile)]
        new_card = None
        if scanned is not None:
            events.append(self._event(Kind.CARD_BOUND, customer_id,
                                      body={"code_hash": scanned.code_hash, "hint": scanned.hint}))
        else:
            new_card = cards.new_code()
            events.append(self._event(Kind.CARD_ISSUED, customer_id,
                                      body={"code_hash": new_card.code_hash, "hint": new_card.hint}))
        if self.rules().welcome_points:
            events.append(self._event(Kind.WELCOME_BONUS, customer_id, points=self.rules().welcome_points))
        self._commit(events)
        return Enrolment(customer=self.customer(customer_id), card=new_card, events=tuple(events))

    def _phone(self, text: str) -> str:
        try:
            return contact.normalise_phone(text, self.shop().country)
        except contact.ContactError:
            raise CounterError(CounterProblem.BAD_PHONE, text[:40]) from None

    def _email(self, text: str) -> str:
        try:
            return contact.normalise_email(text)
        except contact.ContactError:
            raise CounterError(CounterProblem.BAD_EMAIL, text[:60]) from None

    def likely_duplicates(self, name: str = "", phone: str = "", email: str = "", limit: int = 5) -> list[Duplicate]:
        """Customers an enrolment may be about: the same phone number, the same e-mail or the same name."""
        phone_digits = ""
        if phone.strip():
            try:
                phone_digits = contact.digits(contact.normalise_phone(phone, self.shop().country))
            except contact.ContactError:
                phone_digits = contact.digits(phone)
        email_key = email.strip().casefold()
        name_key = search_key(" ".join(name.split()))
        rows = self.db.execute(
            "SELECT id, phone_key = :p AND :p != '', lower(COALESCE(email, '')) = :e AND :e != '', "
            "name_key = :n AND :n != '' FROM customers "
            "WHERE erased = 0 AND merged_into IS NULL AND ((phone_key = :p AND :p != '') "
            "OR (name_key = :n AND :n != '') OR (:e != '' AND lower(email) = :e)) LIMIT :limit",
            {"p": phone_digits, "e": email_key, "n": name_key, "limit": limit}).fetchall()
        found = [Duplicate(self._summary(cid), bool(p), bool(e), bool(n)) for cid, p, e, n in rows]
        # The strongest likeness first: a phone or e-mail says more than a name shared by many.
        return sorted(found, key=lambda d: (not (d.same_phone or d.same_email), d.customer.name))

    def bind_card(self, customer_id: str, card_text: str) -> CustomerView:
        """An anonymous pre-printed card given to an existing customer."""
        self.require(staff.Permission.ENROL)
        customer_id = self._live(customer_id)
        lookup = self.open_card(card_text)
        if lookup.customer is not None:
            raise CounterError(CounterProblem.CARD_ALREADY_BOUND)
        self._commit([self._event(Kind.CARD_BOUND, customer_id, body={"code_hash": lookup.card.code_hash,
                                                                       "hint": lookup.card.hint})])
        return self.customer(customer_id)

    def merge_customers(self, keep_id: str, merge_id: str) -> tuple[Event, ...]:
        """Two records of one person become one: ``merge_id``'s stamps, points, cards and visits go to ``keep_id``.

        Two events, so sync carries the merge: one takes the stamps and points off the record merged
        away, the other puts them on the record kept (every balance stays a sum of its events). The
        kept record's empty profile fields are filled from the other's.
        """
        self.require(staff.Permission.CUSTOMER_DATA)  # the owner's: two records of a person's data become one
        if keep_id == merge_id:
            raise CounterError(CounterProblem.SAME_CUSTOMER, keep_id)
        for cid in (keep_id, merge_id):
            self._require_live_customer(cid)
            if self.db.execute("SELECT merged_into FROM customers WHERE id = ?", [cid]).fetchone()[0]:
                raise CounterError(CounterProblem.MERGED_CUSTOMER, cid)
        stamps, points = self.db.execute(
            "SELECT COALESCE(SUM(stamps), 0), COALESCE(SUM(points), 0) FROM balances WHERE customer_id = ?",
            [merge_id]).fetchone()
        away = self._event(Kind.CUSTOMER_MERGED, merge_id, stamps=-stamps, points=-points, body={"into": keep_id})
        kept = self._event(Kind.CUSTOMER_MERGED, keep_id, stamps=stamps, points=points, ref_id=away.id,
                           body={"from": merge_id})
        events = [away, kept]
        keep, other = self.customer(keep_id), self.customer(merge_id)
        filled = {name: getattr(other, name) for name in ("phone", "email") if not getattr(keep, name)
                  and getattr(other, name)}
        if keep.birthday is None and other.birthday is not None:
            filled["birthday"] = other.birthday.isoformat()
        if filled:
            events.append(self._event(Kind.PROFILE_CHANGED, keep_id, body=filled))
        self._commit(events)
        return tuple(events)

    def _family(self, customer_id: str) -> list[str]:
        """The record and every record merged into it (directly or through another)."""
        return [r[0] for r in self.db.execute(
            "WITH RECURSIVE family(id) AS (SELECT ? UNION SELECT c.id FROM customers c JOIN family f "
            "ON c.merged_into = f.id) SELECT id FROM family", [customer_id])]

    def _kept_record(self, customer_id: str) -> str:
        """The record a merged one now lives in (itself when it was never merged)."""
        seen = {customer_id}
        while True:
            row = self.db.execute("SELECT merged_into FROM customers WHERE id = ?", [customer_id]).fetchone()
            if row is None or row[0] is None or row[0] in seen:
                return customer_id
            customer_id = row[0]
            seen.add(customer_id)

    def history(self, customer_id: str, limit: int = 200) -> list[HistoryEntry]:
        """The customer's visits and what happened in them, newest first: sales with their receipt numbers
        (refund from the list), rewards, bonuses, adjustments, ratings, cards."""
        family = self._family(customer_id)
        marks_ = ",".join("?" * len(family))
        rows = self.db.execute(
            f"SELECT e.id, e.kind, e.ts, e.amount, e.stamps, e.points, e.body, "
            f"EXISTS (SELECT 1 FROM events r WHERE r.ref_id = e.id AND r.kind IN ('refund', 'reversal')) "
            f"FROM events e WHERE e.customer_id IN ({marks_}) AND e.kind NOT IN (?, ?) "
            f"ORDER BY e.ts DESC, e.seq DESC LIMIT ?",
            [*family, Kind.SETTINGS_CHANGED, Kind.PROFILE_CHANGED, limit]).fetchall()
        entries = []
        for event_id, kind, ts, amount, stamps, points, body_text, compensated in rows:
            body = json.loads(body_text)
            detail = str(body.get("name") or body.get("reason") or body.get("score", "") or "")
            entries.append(HistoryEntry(event_id=event_id, kind=kind, at=parse_iso(ts), amount=amount, stamps=stamps,
                                        points=points, receipt_no=str(body.get("receipt_no", "")),
                                        detail=detail[:120], refunded=bool(compensated)))
        return entries

    def issue_anonymous_cards(self, count: int) -> list[cards.CardCode]:
        """Pre-printed cards: the codes exist in clear only now, for printing; the database keeps hashes."""
        codes = [cards.new_code() for _ in range(count)]
        self._commit([self._event(Kind.CARD_ISSUED, body={"code_hash": c.code_hash, "hint": c.hint})
                      for c in codes])
        return codes

    def replace_lost_card(self, customer_id: str) -> cards.CardCode:
        """Revoke every active card of the customer and issue a new one; the balance is the customer's."""
        self.require(staff.Permission.ENROL)
        customer_id = self._live(customer_id)
        events = [self._event(Kind.CARD_REVOKED, customer_id, body={"code_hash": r[0]}) for r in self.db.execute(
            "SELECT code_hash FROM cards WHERE customer_id = ? AND status = 'active'", [customer_id])]
        code = cards.new_code()
        events.append(self._event(Kind.CARD_ISSUED, customer_id, body={"code_hash": code.code_hash,
                                                                       "hint": code.hint}))
        self._commit(events)
        return code

    def update_profile(self, customer_id: str, **fields: Any) -> Event:
        self.require(staff.Permission.ENROL)
        customer_id = self._live(customer_id)
        unknown = set(fields) - {"name", "phone", "email", "birthday", "consent", "language"}
        if unknown:
            raise ValueError(f"not profile fields: {sorted(unknown)}")
        for text_field in ("name", "phone", "email"):
            if text_field in fields:
                fields[text_field] = clean_text(str(fields[text_field] or ""))
        if "name" in fields and not fields["name"]:
            raise CounterError(CounterProblem.NAME_REQUIRED)
        if fields.get("birthday") and _parse_date(fields["birthday"]) is None:
            raise CounterError(CounterProblem.BAD_BIRTHDAY, str(fields["birthday"]))
        if "phone" in fields:
            fields["phone"] = self._phone(str(fields["phone"] or ""))
        if "email" in fields:
            fields["email"] = self._email(str(fields["email"] or ""))
        if fields.get("language") and fields["language"] not in LANGUAGES:
            raise CounterError(CounterProblem.BAD_LANGUAGE, str(fields["language"]))
        if fields.get("consent"):  # a yes given knowing of any earlier no (ledger.profile_state)
            consent = profile_state(self.db, customer_id).get("consent")
            if consent is not None:
                fields[CONSENT_SEEN] = consent[1]
        event = self._event(Kind.PROFILE_CHANGED, customer_id, body=fields)
        self._commit([event])
        return event

    def erase_customer(self, customer_id: str) -> Event:
        """Erase the person: the record and every record merged into it."""
        self.require(staff.Permission.CUSTOMER_DATA)
        customer_id = self._live(customer_id)
        events = [self._event(Kind.CUSTOMER_ERASED, cid) for cid in self._family(customer_id)]
        self._commit(events)
        return events[0]

    def adjust_points(self, customer_id: str, points: int, reason: str, *, allow_below_zero: bool = False) -> Event:
        """The owner's correction; taking away more than the customer has is refused, unless
        ``allow_below_zero`` (the owner correcting a balance on purpose, e.g. points given by mistake
        and already spent)."""
        self.require(staff.Permission.ADJUST)
        customer_id = self._live(customer_id)
        if points < 0 and not allow_below_zero:
            row = self.db.execute("SELECT points FROM balances WHERE customer_id = ?", [customer_id]).fetchone()
            if (row[0] if row else 0) + points < 0:
                raise CounterError(CounterProblem.BELOW_ZERO, str(points))
        event = self._event(Kind.POINTS_ADJUSTED, customer_id, points=points, body={"reason": reason})
        self._commit([event])
        return event

    def expire_points(self) -> int:
        """Points of customers with no visit for `expiry_months` expire, as events; returns how many."""
        rules = self.rules()
        if rules.expiry_months <= 0:
            return 0
        now = self.clock.now()
        cutoff = iso(loyalty.add_months(now, -rules.expiry_months))
        due = list(self.db.execute(
            "SELECT customer_id, points, last_visit_ts FROM balances WHERE points > 0 AND last_visit_ts <= ?",
            [cutoff]))
        events = [self._event(Kind.POINTS_EXPIRED, cid, points=-points, body={"last_visit": last})
                  for cid, points, last in due
                  if loyalty.points_to_expire(rules, points, parse_iso(last), now)]
        self._commit(events)
        return len(events)


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None

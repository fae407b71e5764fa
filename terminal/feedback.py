"""Ratings of a visit: one per sale, from the customer's screen or the receipt's feedback code.

A rating is a ``rating`` event whose ``ref_id`` is the sale it rates, tied to the customer when the
sale had one. Low scores matter most: the cashier is alerted at once, and the customer's next scan
shows a note ("last visit: unhappy about speed") so the shop can put things right.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import sqlite_utils

from terminal import loyalty, tokens
from terminal.db import meta_get, writing
from terminal.ledger import Event, Kind
from terminal.text import clean_text

if TYPE_CHECKING:  # counter imports this module for the customer's notes
    from terminal.counter import Counter, SaleResult
    from terminal.writer import EventWriter

FEEDBACK_KEY = "feedback"
DEFAULT_REASONS = ("service", "speed", "quality", "price", "atmosphere", "cleanliness")
MAX_COMMENT = 140
MAX_REASON = 40
MAX_REASONS = 12  # one tap: a customer can take in a dozen choices at most


class Scale(StrEnum):
    NPS = "nps"  # 0-10: how likely are you to recommend us?
    CSAT = "csat"  # 1-5 smileys: how was your visit?


class Source(StrEnum):
    SCREEN = "screen"
    RECEIPT = "receipt"


SCORE_RANGE = {Scale.NPS: (0, 10), Scale.CSAT: (1, 5)}


class RatingProblem(StrEnum):
    ALREADY_RATED = "already_rated"
    UNKNOWN_VISIT = "unknown_visit"
    UNKNOWN_RECEIPT = "unknown_receipt"
    BAD_SCORE = "bad_score"
    REASON_TOO_LONG = "reason_too_long"
    SETTINGS_INVALID = "settings_invalid"


class RatingError(Exception):
    """A rating the rules refuse; ``problem`` says why, for the UI to put in words."""

    def __init__(self, problem: RatingProblem, detail: str = "") -> None:
        super().__init__(f"{problem} {detail}".strip())
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class FeedbackSettings:
    """The owner's choices for the customer's screen; stored in ``settings`` under "feedback"."""

    scale: Scale = Scale.NPS
    reasons: tuple[str, ...] = DEFAULT_REASONS
    idle_message: str = "Thank you for visiting!"
    timeout_seconds: int = 20  # without a touch, the screen goes back to idle
    progress_seconds: int = 4  # how long the stamp progress shows before the question

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FeedbackSettings:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if "scale" in known:
            known["scale"] = Scale(known["scale"])
        if "reasons" in known:
            known["reasons"] = tuple(known["reasons"])
        settings = replace(cls(), **known)
        validate_settings(settings)
        return settings


def validate_settings(settings: FeedbackSettings) -> None:
    reasons = [r.strip() for r in settings.reasons]
    if not 1 <= settings.timeout_seconds <= 600 or not 0 <= settings.progress_seconds <= 60:
        raise RatingError(RatingProblem.SETTINGS_INVALID, "timeout")
    if (not 1 <= len(reasons) <= MAX_REASONS or any(not r or len(r) > MAX_REASON for r in reasons)
            or len(set(reasons)) != len(reasons)):
        raise RatingError(RatingProblem.SETTINGS_INVALID, "reasons")


def load_settings(db: sqlite_utils.Database) -> FeedbackSettings:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [FEEDBACK_KEY]).fetchone()
    return FeedbackSettings.from_json(json.loads(row[0])) if row else FeedbackSettings()


def is_low(score: int, scale: Scale | str) -> bool:
    """Detractors (0-6 of 10) and unhappy faces (1-2 of 5): the cases staff should act on at once."""
    return score <= (6 if Scale(scale) == Scale.NPS else 2)


@dataclass(frozen=True)
class VisitPrompt:
    """What the customer's screen needs to ask about one visit."""

    sale_id: str
    receipt_no: str
    customer_id: str | None = None
    first_name: str = ""
    stamps_on_card: int = 0
    card_size: int = 0
    stamps_to_reward: int = 0  # 0: a reward is waiting
    reward_name: str = ""  # the reward a full card earns, e.g. "Free coffee"
    already_rated: bool = False


def _stamp_reward(rules: loyalty.Rules) -> str:
    return next((r.name for r in rules.rewards if r.cost_stamps), "")


def prompt_for_sale(result: SaleResult, rules: loyalty.Rules) -> VisitPrompt:
    """The prompt for a sale just recorded, from what the counter returned: no database needed."""
    view = result.customer
    if view is None:
        return VisitPrompt(sale_id=result.sale.id, receipt_no=result.receipt_no)
    return VisitPrompt(sale_id=result.sale.id, receipt_no=result.receipt_no, customer_id=view.id,
                       first_name=view.name.split(" ")[0] if view.name else "", stamps_on_card=view.stamps_on_card,
                       card_size=view.card_size, stamps_to_reward=view.stamps_to_next_reward,
                       reward_name=_stamp_reward(rules))


def visit_prompt(counter: Counter, sale_id: str) -> VisitPrompt:
    row = counter.db.execute("SELECT customer_id, body FROM events WHERE id = ? AND kind = ?",
                             [sale_id, Kind.SALE]).fetchone()
    if row is None:
        raise RatingError(RatingProblem.UNKNOWN_VISIT, sale_id)
    customer_id, body = row
    receipt_no = json.loads(body).get("receipt_no", "")
    rated = _rating_of(counter.db, sale_id) is not None
    if customer_id is None:
        return VisitPrompt(sale_id=sale_id, receipt_no=receipt_no, already_rated=rated)
    view = counter.customer(customer_id)
    return VisitPrompt(sale_id=sale_id, receipt_no=receipt_no, customer_id=customer_id,
                       first_name="" if view.erased else view.name.split(" ")[0], stamps_on_card=view.stamps_on_card,
                       card_size=view.card_size, stamps_to_reward=view.stamps_to_next_reward,
                       reward_name=_stamp_reward(counter.rules()), already_rated=rated)


def visit_for_code(counter: Counter, text: str) -> VisitPrompt:
    """The visit a receipt's feedback code (URL or bare token) names; TokenError or RatingError say why not."""
    secret = meta_get(counter.db, "shop_secret") or ""
    ref = tokens.verify(secret, text, counter.clock.now().date())
    row = counter.db.execute("SELECT e.id FROM receipts r JOIN events e ON e.seq = r.sale_seq WHERE r.receipt_no = ?",
                             [ref.receipt_no]).fetchone()
    if row is None:
        raise RatingError(RatingProblem.UNKNOWN_RECEIPT, ref.receipt_no)
    return visit_prompt(counter, row[0])


def _rating_of(db: sqlite_utils.Database, sale_id: str) -> str | None:
    row = db.execute("SELECT id FROM events WHERE ref_id = ? AND kind = ? LIMIT 1", [sale_id, Kind.RATING]).fetchone()
    return row[0] if row else None


def rate_visit(counter: Counter, sale_id: str, score: int, scale: Scale | str, *, reason: str = "",
               comment: str = "", source: Source | str = Source.SCREEN) -> Event:
    """Store the one rating of a visit; RatingError if the visit is unknown, already rated or the score is off."""
    scale = Scale(scale)
    low, high = SCORE_RANGE[scale]
    if not isinstance(score, int) or isinstance(score, bool) or not low <= score <= high:
        raise RatingError(RatingProblem.BAD_SCORE, str(score))
    reason = clean_text(reason)
    if len(reason) > MAX_REASON:
        raise RatingError(RatingProblem.REASON_TOO_LONG, reason)
    comment = clean_text(comment)[:MAX_COMMENT]
    with writing(counter.db):  # the check and the write in one transaction: one rating per visit
        row = counter.db.execute("SELECT customer_id, body FROM events WHERE id = ? AND kind = ?",
                                 [sale_id, Kind.SALE]).fetchone()
        if row is None:
            raise RatingError(RatingProblem.UNKNOWN_VISIT, sale_id)
        if _rating_of(counter.db, sale_id) is not None:
            raise RatingError(RatingProblem.ALREADY_RATED, sale_id)
        body = {"score": score, "scale": str(scale), "reason": reason, "comment": comment,
                "receipt_no": json.loads(row[1]).get("receipt_no", ""), "source": str(Source(source))}
        event = counter.writer.new(Kind.RATING, row[0], ref_id=sale_id, body=body)
        counter.writer.commit([event])
    return event


class FollowUp(StrEnum):
    CONTACTED = "contacted"
    RESOLVED = "resolved"


MAX_FOLLOW_UP_NOTE = 500


def follow_up(writer: EventWriter, rating_id: str, status: FollowUp | str, note: str = "") -> Event:
    """The owner answered a low rating: contacted or resolved, with a note; an event, so it syncs."""
    status = FollowUp(status)
    note = " ".join(note.split())[:MAX_FOLLOW_UP_NOTE]
    row = writer.db.execute("SELECT customer_id FROM events WHERE id = ? AND kind = ?",
                            [rating_id, Kind.RATING]).fetchone()
    if row is None:
        raise RatingError(RatingProblem.UNKNOWN_VISIT, rating_id)
    event = writer.new(Kind.RATING_FOLLOWED_UP, row[0], ref_id=rating_id,
                       body={"status": str(status), "note": note})
    writer.commit([event])
    return event


def unhappy_note(db: sqlite_utils.Database, customer_id: str) -> str | None:
    """'last visit: unhappy about speed' when the customer's latest visit was rated low, else None.

    Runs at every scan: the unary ``+`` keeps SQLite on the customer index, so it reads one
    customer's newest events rather than walking every sale of the shop in time order.
    """
    row = db.execute(
        "SELECT r.body FROM events r WHERE r.kind = 'rating' AND r.ref_id = ("
        "  SELECT s.id FROM events s WHERE s.customer_id = ? AND +s.kind = 'sale' ORDER BY s.ts DESC, s.seq DESC "
        "  LIMIT 1) LIMIT 1", [customer_id]).fetchone()
    if row is None:
        return None
    body = json.loads(row[0])
    if not is_low(int(body["score"]), body["scale"]):
        return None
    about = body.get("reason") or "the visit"
    comment = body.get("comment")
    note = f"last visit: unhappy about {about} ({body['score']}/{SCORE_RANGE[Scale(body['scale'])][1]})"
    return f'{note}: "{comment}"' if comment else note


@dataclass(frozen=True)
class LowRating:
    """One unhappy visit, for the owner's list: every such case, newest first."""

    rating_id: str
    ts: str
    score: int
    scale: Scale
    reason: str
    comment: str
    receipt_no: str
    customer_id: str | None
    customer_name: str


def low_ratings(db: sqlite_utils.Database, since_ts: str = "", limit: int = 200) -> list[LowRating]:
    rows = db.execute(
        "SELECT r.id, r.ts, r.body, r.customer_id, COALESCE(c.name, '') FROM events r "
        "LEFT JOIN customers c ON c.id = r.customer_id WHERE r.kind = 'rating' AND r.ts >= ? "
        "AND CAST(json_extract(r.body, '$.score') AS INTEGER) <= "
        "CASE json_extract(r.body, '$.scale') WHEN 'csat' THEN 2 ELSE 6 END ORDER BY r.ts DESC LIMIT ?",
        [since_ts, limit])
    found = []
    for rating_id, ts, body_text, customer_id, name in rows:
        body = json.loads(body_text)
        found.append(LowRating(rating_id, ts, int(body["score"]), Scale(body["scale"]), body.get("reason", ""),
                               body.get("comment", ""), body.get("receipt_no", ""), customer_id, name))
    return found


def last_visit(counter: Counter, customer_id: str) -> VisitPrompt | None:
    """The customer's latest visit, or None if they have none."""
    row = counter.db.execute("SELECT id FROM events WHERE customer_id = ? AND +kind = 'sale' "
                             "ORDER BY ts DESC, seq DESC LIMIT 1", [customer_id]).fetchone()
    return visit_prompt(counter, row[0]) if row else None

"""Ratings of one period: NPS (0–10) and CSAT (1–5), one rating per visit.

A rating is an event of kind ``rating`` with body {"score", "scale", "reason", "comment"} and
``ref_id`` the sale it rates. When a visit was rated more than once (a tap at the counter and the
receipt's QR code later), only the earliest rating counts, wherever it falls; a rating without a
``ref_id`` counts on its own.
"""

from __future__ import annotations

from collections import Counter as Tally
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from terminal.clock import parse_iso
from terminal.staff import members as staff_members
from terminal.stats.confidence import Interval, nps_interval, wilson
from terminal.stats.period import Period

# The counted ratings of [:start, :end): the earliest of each visit, kept by the ``first_ratings``
# projection (terminal/hourly.py), with what the event's body says.
_COUNTED = """
SELECT f.ts, f.score, f.scale, COALESCE(json_extract(r.body, '$.reason'), '') AS reason,
       COALESCE(json_extract(r.body, '$.comment'), '') AS comment, r.customer_id
FROM first_ratings f JOIN events r ON r.id = f.id
WHERE f.ts >= :start AND f.ts < :end
"""

# The same from the events alone: the definition the projection follows (and its test's reference).
COUNTED_FROM_EVENTS = """
SELECT r.ts, CAST(json_extract(r.body, '$.score') AS INTEGER) AS score, json_extract(r.body, '$.scale') AS scale,
       COALESCE(json_extract(r.body, '$.reason'), '') AS reason, COALESCE(json_extract(r.body, '$.comment'), '') AS
       comment, r.customer_id
FROM events r
WHERE r.kind = 'rating' AND r.ts >= :start AND r.ts < :end
  AND (r.ref_id IS NULL OR NOT EXISTS (
        SELECT 1 FROM events o WHERE o.ref_id = r.ref_id AND o.kind = 'rating'
          AND (o.ts < r.ts OR (o.ts = r.ts AND o.id < r.id))))
"""


@dataclass(frozen=True)
class RatingNumbers:
    nps_scores: Tally  # score 0..10 -> count
    csat_scores: Tally  # score 1..5 -> count

    @property
    def promoters(self) -> int:
        return sum(n for s, n in self.nps_scores.items() if s >= 9)

    @property
    def passives(self) -> int:
        return sum(n for s, n in self.nps_scores.items() if 7 <= s <= 8)

    @property
    def detractors(self) -> int:
        return sum(n for s, n in self.nps_scores.items() if s <= 6)

    @property
    def nps_count(self) -> int:
        return sum(self.nps_scores.values())

    @property
    def csat_count(self) -> int:
        return sum(self.csat_scores.values())

    @property
    def satisfied(self) -> int:
        return sum(n for s, n in self.csat_scores.items() if s >= 4)

    @property
    def count(self) -> int:
        return self.nps_count + self.csat_count

    @property
    def nps(self) -> float | None:
        """Promoters' share minus detractors' share, from −1 to 1 (the screen shows ×100)."""
        return (self.promoters - self.detractors) / self.nps_count if self.nps_count else None

    @property
    def nps_ci(self) -> Interval | None:
        return nps_interval(self.promoters, self.passives, self.detractors)

    @property
    def csat(self) -> float | None:
        return self.satisfied / self.csat_count if self.csat_count else None

    @property
    def csat_ci(self) -> Interval | None:
        return wilson(self.satisfied, self.csat_count)


# Every score that counts (others are out of scale and ignored), each counted by its own range of the
# (scale, score, ts) index.
_SCORES = [("nps", score) for score in range(11)] + [("csat", score) for score in range(1, 6)]
_COUNT_SCORES = " UNION ALL ".join(
    f"SELECT '{scale}', {score}, COUNT(*) FROM first_ratings WHERE scale = '{scale}' AND score = {score} "
    "AND ts >= :start AND ts < :end" for scale, score in _SCORES)


def rating_numbers(db: sqlite_utils.Database, period: Period) -> RatingNumbers:
    start, end = period.bounds()
    nps: Tally[int] = Tally()
    csat: Tally[int] = Tally()
    for scale, score, count in db.execute(_COUNT_SCORES, {"start": start, "end": end}):
        if count:
            (nps if scale == "nps" else csat)[score] += count
    return RatingNumbers(nps, csat)


@dataclass(frozen=True)
class LowRating:
    ts: datetime
    score: int
    scale: str
    reason: str
    comment: str
    rating_id: str = ""
    customer_id: str | None = None
    customer_name: str = ""  # "" when the visit had no card, or the customer was erased
    receipt_no: str = ""
    staff: str = ""  # who served the rated sale (the staff member's name), where the sale records it
    status: str = "open"  # open, contacted, resolved: the owner's latest follow-up
    note: str = ""


# The latest follow-up of a rating (by time, then id): one of its fields.
def _latest_follow_up(field: str) -> str:
    return (f"(SELECT json_extract(u.body, '$.{field}') FROM events u WHERE u.kind = 'rating_followed_up' "
            "AND u.ref_id = f.id ORDER BY u.ts DESC, u.id DESC LIMIT 1)")


def low_ratings(db: sqlite_utils.Database, period: Period, limit: int = 20,
                include_resolved: bool = False) -> list[LowRating]:
    """The latest detractor (0–6) and unsatisfied (1–3) ratings of the period, newest first, with the
    customer, the receipt and the owner's follow-up; resolved ones only when asked for."""
    start, end = period.bounds()
    rows = db.execute(
        f"""SELECT * FROM (
              SELECT f.ts, f.score, f.scale, COALESCE(json_extract(r.body, '$.reason'), ''),
                     COALESCE(json_extract(r.body, '$.comment'), ''), f.id, r.customer_id, COALESCE(c.name, ''),
                     COALESCE(NULLIF(json_extract(r.body, '$.receipt_no'), ''), json_extract(s.body, '$.receipt_no'),
                              ''),
                     COALESCE(json_extract(s.body, '$.by'), json_extract(s.body, '$.staff'), ''),
                     COALESCE({_latest_follow_up("status")}, 'open') AS status,
                     COALESCE({_latest_follow_up("note")}, '')
              FROM first_ratings f JOIN events r ON r.id = f.id
              LEFT JOIN customers c ON c.id = r.customer_id AND c.erased = 0
              LEFT JOIN events s ON s.id = r.ref_id
              WHERE f.ts >= :start AND f.ts < :end
                AND ((f.scale = 'nps' AND f.score <= 6) OR (f.scale = 'csat' AND f.score <= 3)))
            WHERE :all OR status != 'resolved' ORDER BY 1 DESC LIMIT :limit""",
        {"start": start, "end": end, "limit": limit, "all": include_resolved},
    ).fetchall()
    names = {member.id: member.name for member in staff_members(db)}  # a sale names its maker by id
    return [LowRating(parse_iso(row[0]), row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
                      names.get(row[9], row[9]), row[10], row[11]) for row in rows]


@dataclass(frozen=True)
class FollowUpNumbers:
    """How the period's low ratings were answered."""

    low: int  # low ratings in the period
    answered_48h: int  # with a follow-up (contacted or resolved) within 48 hours of the rating
    came_back: int  # of the answered ones whose customer is known: with a sale after the follow-up

    @property
    def answered_share(self) -> float | None:
        return self.answered_48h / self.low if self.low else None


def follow_up_numbers(db: sqlite_utils.Database, period: Period) -> FollowUpNumbers:
    start, end = period.bounds()
    row = db.execute(
        """WITH low AS (
             SELECT f.id, f.ts, r.customer_id,
                    (SELECT MIN(u.ts) FROM events u WHERE u.kind = 'rating_followed_up' AND u.ref_id = f.id) AS first_up
             FROM first_ratings f JOIN events r ON r.id = f.id
             WHERE f.ts >= :start AND f.ts < :end
               AND ((f.scale = 'nps' AND f.score <= 6) OR (f.scale = 'csat' AND f.score <= 3)))
           SELECT COUNT(*),
                  COALESCE(SUM(first_up IS NOT NULL
                               AND unixepoch(substr(first_up, 1, 19)) - unixepoch(substr(ts, 1, 19)) <= 172800), 0),
                  COALESCE(SUM(first_up IS NOT NULL AND customer_id IS NOT NULL AND EXISTS (
                      SELECT 1 FROM events s WHERE s.customer_id = low.customer_id AND +s.kind = 'sale'
                        AND s.ts > low.first_up)), 0)
           FROM low""", {"start": start, "end": end}).fetchone()
    return FollowUpNumbers(*row)


def weekly_nps(db: sqlite_utils.Database, period: Period) -> list[tuple[Period, float | None, int]]:
    """(week, NPS or None, NPS ratings) per Monday-to-Sunday piece of the period."""
    out = []
    for week in period.weeks():
        numbers = rating_numbers(db, week)
        out.append((week, numbers.nps, numbers.nps_count))
    return out

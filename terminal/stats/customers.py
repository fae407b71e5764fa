"""Customers as of a moment: silence since the last visit, their own rhythm, and the segments.

A visit is a sale (a refunded sale still shows the customer came in). The last visit before the
period's end comes from the balances when nothing was sold to the customer since; otherwise from
the ledger's (customer, time) index. Erased customers count in the shop's numbers but not here:
they can no longer be won back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

import sqlite_utils

from terminal.clock import iso, parse_iso
from terminal.stats.period import Period

DAY_MS = 86_400_000.0


class Segment(StrEnum):
    NEW = "new"
    VIP = "vip"
    REGULAR = "regular"
    AT_RISK = "at_risk"
    LAPSED = "lapsed"


class ListName(StrEnum):
    AT_RISK = "at_risk"
    LAPSED = "lapsed"
    OVERDUE = "overdue"
    OVERDRAWN = "overdrawn"


@dataclass(frozen=True)
class Thresholds:
    at_risk_days: int = 60
    lapsed_days: int = 90
    vip_share: float = 0.10  # top share of customers by 12-month spend


@dataclass(frozen=True)
class CustomerRow:
    """One line of a win-back list; contact details only when the customer consented."""

    customer_id: str
    name: str
    phone: str
    email: str
    consent: bool
    last_visit: datetime | None
    days_silent: float | None
    usual_gap_days: float | None
    visits: int
    spend: int
    points: int


_STATE_SQL = """
CREATE TEMP TABLE IF NOT EXISTS stats_state (
    customer_id TEXT PRIMARY KEY, last_ts TEXT, first_ts TEXT, visits INTEGER, spend INTEGER, points INTEGER,
    stamps INTEGER);
DELETE FROM stats_state;
"""


def load_state(db: sqlite_utils.Database, end: str) -> None:
    """Fill the temporary table ``stats_state`` with every live customer's state as of ``end``."""
    db.conn.executescript(_STATE_SQL)
    db.execute(
        """WITH later AS (
             SELECT customer_id, SUM(CASE WHEN kind = 'sale' THEN 1 WHEN kind = 'refund' THEN -1 ELSE 0 END) AS visits,
                    SUM(CASE WHEN kind IN ('sale', 'refund') THEN amount ELSE 0 END) AS spend,
                    SUM(points) AS points, SUM(stamps) AS stamps, MAX(kind = 'sale') AS sold
             FROM events WHERE ts >= :end AND customer_id IS NOT NULL GROUP BY customer_id)
           INSERT INTO stats_state
           SELECT b.customer_id,
                  CASE WHEN COALESCE(l.sold, 0) = 0 THEN b.last_visit_ts
                       ELSE (SELECT MAX(e.ts) FROM events e WHERE e.customer_id = b.customer_id AND e.ts < :end
                             AND e.kind = 'sale') END,
                  b.first_visit_ts, b.visits - COALESCE(l.visits, 0), b.spend - COALESCE(l.spend, 0),
                  b.points - COALESCE(l.points, 0), b.stamps - COALESCE(l.stamps, 0)
           FROM balances b JOIN customers c ON c.id = b.customer_id AND c.erased = 0
           LEFT JOIN later l ON l.customer_id = b.customer_id""",
        {"end": end},
    )


def _silence_bounds(end: datetime, thresholds: Thresholds) -> tuple[str, str]:
    """Last-visit cut-offs: before the first is lapsed, from it up to the second is at risk."""
    return iso(end - timedelta(days=thresholds.lapsed_days)), iso(end - timedelta(days=thresholds.at_risk_days))


def _overdue_where(end: datetime) -> str:
    # Silence more than twice the usual gap, (last − first) / (visits − 1), measured in days.
    end_jd = f"julianday('{iso(end)[:-1]}')"
    return (f"s.visits >= 2 AND s.last_ts > s.first_ts AND s.last_ts >= :lapsed_before "
            f"AND ({end_jd} - julianday(substr(s.last_ts, 1, 23))) > "
            f"2 * (julianday(substr(s.last_ts, 1, 23)) - julianday(substr(s.first_ts, 1, 23))) / (s.visits - 1)")


def list_counts(db: sqlite_utils.Database, end: datetime, thresholds: Thresholds) -> dict[str, int]:
    """Sizes of the lists, from ``stats_state`` (load it first)."""
    lapsed_before, risk_before = _silence_bounds(end, thresholds)
    row = db.execute(
        f"""SELECT COALESCE(SUM(s.last_ts < :risk_before AND s.last_ts >= :lapsed_before), 0),
                   COALESCE(SUM(s.last_ts < :lapsed_before), 0),
                   COALESCE(SUM({_overdue_where(end)}), 0),
                   COALESCE(SUM(s.points < 0 OR s.stamps < 0), 0)
            FROM stats_state s""",
        {"risk_before": risk_before, "lapsed_before": lapsed_before},
    ).fetchone()
    return dict(zip(ListName, row, strict=True))


def list_rows(db: sqlite_utils.Database, which: ListName, end: datetime, thresholds: Thresholds,
              limit: int | None = 200) -> list[CustomerRow]:
    """The customers of one list, longest silent first (overdrawn: most overdrawn first)."""
    lapsed_before, risk_before = _silence_bounds(end, thresholds)
    where = {
        ListName.AT_RISK: "s.last_ts < :risk_before AND s.last_ts >= :lapsed_before",
        ListName.LAPSED: "s.last_ts < :lapsed_before",
        ListName.OVERDUE: _overdue_where(end),
        ListName.OVERDRAWN: "s.points < 0 OR s.stamps < 0",
    }[which]
    order = "MIN(s.points, s.stamps), s.customer_id" if which is ListName.OVERDRAWN else "s.last_ts, s.customer_id"
    rows = db.execute(
        f"""SELECT s.customer_id, c.name, c.phone, c.email, c.consent, s.last_ts, s.first_ts, s.visits, s.spend,
                   s.points FROM stats_state s JOIN customers c ON c.id = s.customer_id
            WHERE {where} ORDER BY {order} LIMIT :limit""",
        {"risk_before": risk_before, "lapsed_before": lapsed_before, "limit": -1 if limit is None else limit},
    ).fetchall()
    return [_row(r, end) for r in rows]


def _row(r: tuple, end: datetime) -> CustomerRow:
    customer_id, name, phone, email, consent, last_ts, first_ts, visits, spend, points = r
    last = parse_iso(last_ts) if last_ts else None
    silent = (end - last).total_seconds() / 86400 if last else None
    gap = None
    if last and first_ts and visits >= 2:
        gap = (last - parse_iso(first_ts)).total_seconds() / 86400 / (visits - 1)
    return CustomerRow(customer_id, name or "", phone or "" if consent else "", email or "" if consent else "",
                       bool(consent), last, silent, gap, visits, spend, points)


def segment_counts(db: sqlite_utils.Database, period: Period, thresholds: Thresholds) -> dict[str, int]:
    """Each live customer with a visit before the period's end in exactly one segment, first match wins:
    lapsed, at risk (by silence), new (first visit in the period), VIP (top share by 12-month net spend,
    ties included), regular (everyone else with a visit)."""
    end = period.end()
    start_iso, end_iso = period.bounds()
    lapsed_before, risk_before = _silence_bounds(end, thresholds)
    year_before = iso(end - timedelta(days=365))
    row = db.execute(
        """WITH spend AS (
             SELECT e.customer_id, SUM(e.amount) AS spend FROM events e
             WHERE e.kind IN ('sale', 'refund') AND e.ts >= :year_before AND e.ts < :end
               AND e.customer_id IN (SELECT customer_id FROM stats_state)
             GROUP BY e.customer_id HAVING SUM(e.amount) > 0),
           ranked AS (SELECT customer_id, spend FROM spend ORDER BY spend DESC
                      LIMIT MAX(1, CAST(ROUND((SELECT COUNT(*) FROM spend) * :share) AS INTEGER))),
           cut AS (SELECT MIN(spend) AS spend FROM ranked),
           classified AS (
             SELECT CASE WHEN s.last_ts < :lapsed_before THEN 'lapsed'
                         WHEN s.last_ts < :risk_before THEN 'at_risk'
                         WHEN s.first_ts >= :start THEN 'new'
                         WHEN sp.spend >= (SELECT spend FROM cut) THEN 'vip'
                         ELSE 'regular' END AS segment
             FROM stats_state s LEFT JOIN spend sp ON sp.customer_id = s.customer_id
             WHERE s.last_ts IS NOT NULL)
           SELECT segment, COUNT(*) FROM classified GROUP BY segment""",
        {"year_before": year_before, "end": end_iso, "start": start_iso, "share": thresholds.vip_share,
         "lapsed_before": lapsed_before, "risk_before": risk_before},
    ).fetchall()
    counts = {segment.value: 0 for segment in Segment}
    counts.update(dict(row))
    return counts

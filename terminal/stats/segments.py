"""Segments: new, VIP, regular, at risk, lapsed — counts and members, as of the period's end.

VIP needs every customer's 12-month spend, the one figure here that reads a year of sales; the
dashboard computes it after the period's numbers are on screen.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta

import sqlite_utils

from terminal.clock import iso
from terminal.hourly import hour_of
from terminal.stats.customers import (
    SILENCE_LISTS,
    CustomerRow,
    ListName,
    Segment,
    Thresholds,
    _asof,
    _row,
    _silence_params,
    hourly_later,
    list_rows,
)
from terminal.stats.period import Period


def twelve_month_spend(db: sqlite_utils.Database, end: datetime) -> dict[str, int]:
    """Net spend per customer over the 365 days before ``end`` (customers with none may map to 0).

    The (kind, customer, time, amount) index hands the sales over grouped by customer already, so
    SQLite needs no sort; refunds (few) are added on top.
    """
    start = end - timedelta(days=365)
    hours = [hour_of(start), hour_of(end)]
    if None not in hours:  # whole UTC hours: the hourly projection has it (refunds included), in customer order
        return dict(db.execute("SELECT customer_id, SUM(spend) FROM customer_hours WHERE +hour >= ? AND +hour < ? "
                               "GROUP BY customer_id", hours))
    bounds = [iso(start), iso(end)]
    sql = ("SELECT customer_id, SUM(amount) FROM events {hint} WHERE kind = 'sale' AND customer_id IS NOT NULL "
           "AND ts >= ? AND ts < ? GROUP BY customer_id")
    try:
        spend = dict(db.execute(sql.format(hint="INDEXED BY events_kind_customer_ts"), bounds))
    except sqlite3.OperationalError:  # the index is missing (a hand-made database): slower, same answer
        spend = dict(db.execute(sql.format(hint=""), bounds))
    for customer_id, amount in db.execute(
            "SELECT customer_id, amount FROM events WHERE kind = 'refund' AND ts >= ? AND ts < ? "
            "AND customer_id IS NOT NULL", bounds):
        spend[customer_id] = spend.get(customer_id, 0) + amount
    return spend


def vip_threshold(spend: dict[str, int], thresholds: Thresholds) -> int | None:
    """The 12-month spend that makes a VIP: the top ``vip_share`` (at least one customer, ties
    included) of the customers with a positive spend, or the top tier's spend if lower."""
    positive = sorted((value for value in spend.values() if value > 0), reverse=True)
    if not positive:
        return None
    count = max(1, int(len(positive) * thresholds.vip_share + 0.5))
    cut = positive[min(count, len(positive)) - 1]
    return min(cut, thresholds.top_tier_spend) if thresholds.top_tier_spend else cut


def segment_members(db: sqlite_utils.Database, period: Period,
                    thresholds: Thresholds) -> tuple[dict[str, int], dict[ListName, list[str]]]:
    """Each live customer with a visit before the period's end in exactly one segment, first match wins:
    lapsed, at risk (by silence), new (first visit in the period), VIP (top share by 12-month net spend,
    ties included, or 12-month spend reaching the top tier's), regular (everyone else with a visit).

    Returns the counts, and the VIP (highest 12-month spend first) and new (latest first) members.
    """
    end = period.end()
    counts = {segment.value: 0 for segment in Segment}
    erased = {row[0] for row in db.execute("SELECT customer_id FROM events WHERE kind = 'customer_erased'")}
    spend = twelve_month_spend(db, end)
    for customer_id in erased:
        spend.pop(customer_id, None)
    threshold = vip_threshold(spend, thresholds)
    rows = db.execute(
        f"""WITH {_asof(hourly=hourly_later(db, end))}
            SELECT CASE WHEN s.last_ts < :lapsed_before THEN 'lapsed'
                        WHEN s.last_ts < :risk_before THEN 'at_risk'
                        WHEN s.first_ts >= :start THEN 'new' END AS segment,
                   CASE WHEN s.last_ts >= :risk_before THEN s.customer_id END, s.first_ts
            FROM asof s WHERE s.last_ts IS NOT NULL AND NOT s.erased""",
        {**_silence_params(end, thresholds), "start": period.bounds()[0]},
    )
    vip, new = [], []
    for segment, customer_id, first_ts in rows:
        if segment == Segment.NEW:
            new.append((first_ts, customer_id))
        if segment is not None:
            counts[segment] += 1
        elif threshold is not None and spend.get(customer_id, 0) >= threshold:
            counts[Segment.VIP.value] += 1
            vip.append(customer_id)
        else:
            counts[Segment.REGULAR.value] += 1
    vip.sort(key=lambda c: (-spend.get(c, 0), c))
    new.sort(reverse=True)
    return counts, {ListName.VIP: vip, ListName.NEW: [c for _, c in new]}


def segment_counts(db: sqlite_utils.Database, period: Period, thresholds: Thresholds) -> dict[str, int]:
    return segment_members(db, period, thresholds)[0]


def member_rows(db: sqlite_utils.Database, ids: list[str], end: datetime, thresholds: Thresholds,
                limit: int | None = 200) -> list[CustomerRow]:
    """Rows for the given customers, in the order given (a segment's members)."""
    chosen = ids if limit is None else ids[:limit]
    found = {r[0]: r for r in db.execute(
        f"""WITH {_asof(hourly=hourly_later(db, end))}
            SELECT s.customer_id, c.name, c.phone, c.email, c.consent, s.last_ts, s.first_ts, s.visits, s.spend,
                   s.points FROM asof s JOIN customers c ON c.id = s.customer_id
            WHERE s.customer_id IN (SELECT value FROM json_each(:ids))""",
        {**_silence_params(end, thresholds), "ids": json.dumps(chosen)})}
    return [_row(found[c], end) for c in chosen if c in found]


def export_rows(db: sqlite_utils.Database, which: ListName, period: Period,
                thresholds: Thresholds) -> list[CustomerRow]:
    """Every customer of one list or segment, for its CSV (a win-back or thank-you campaign)."""
    if which in SILENCE_LISTS:
        return list_rows(db, which, period.end(), thresholds, None)
    return member_rows(db, segment_members(db, period, thresholds)[1][which], period.end(), thresholds, None)

"""Everything the owner's dashboard shows for a period, beside the previous period of the same length.

``period_numbers`` gives the numbers under the key names of docs/stats.md; ``refresh`` adds the
segments, charts and lists. Plain SQL over one connection: the dashboard calls it from a worker
with its own read connection.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from terminal.campaigns import campaigns as all_campaigns
from terminal.counter import RULES_KEY, SHOP_KEY
from terminal.db import connect
from terminal.loyalty import Rules
from terminal.shop import Shop
from terminal.stats import campaigns as campaign_stats
from terminal.stats import customers, ratings, sales
from terminal.stats.confidence import csat_change_within_noise, nps_change_within_noise
from terminal.stats.customers import CustomerRow, ListName, Thresholds
from terminal.stats.period import Period
from terminal.stats.ratings import FollowUpNumbers, LowRating, RatingNumbers
from terminal.stats.segments import member_rows, segment_counts, segment_members

MMAP_BYTES = 1 << 31  # SQLite caps it at its compile-time maximum (2 GiB by default)


def tune_for_reading(db: sqlite_utils.Database) -> None:
    """Sorting and grouping in memory, with a bigger page cache: the stats group tens of thousands of
    rows per period, and SQLite's default puts those temporary b-trees in files."""
    if db.execute("PRAGMA temp_store").fetchone()[0] != 2:
        db.execute("PRAGMA temp_store = MEMORY")
    if db.execute("PRAGMA cache_size").fetchone()[0] != -65536:  # setting it again would drop the cache
        db.execute("PRAGMA cache_size = -65536")  # 64 MiB
    # Read the file through memory mapping: the refresh walks the hourly projection (a hundred MB on a
    # big shop), and mapped pages come straight from the OS cache, without a copy (10-20% faster).
    if db.execute("PRAGMA mmap_size").fetchone()[0] < MMAP_BYTES:
        db.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")


def read_shop(db: sqlite_utils.Database) -> Shop:
    """The shop's settings, read directly (a Counter would scan the ledger for its clock)."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [SHOP_KEY]).fetchone()
    return Shop.from_json(json.loads(row[0]) if row else {})


def thresholds_for(shop: Shop, rules: Rules | None = None) -> Thresholds:
    """At-risk and lapsed thresholds are shop settings, kept in ``Shop.extra`` so they sync; the top
    tier's spend comes from the loyalty rules."""
    extra = shop.extra or {}
    top = max(rules.tiers, key=lambda t: t.min_spend) if rules and rules.tiers else None
    return Thresholds(at_risk_days=int(extra.get("at_risk_days", 60)),
                      lapsed_days=int(extra.get("lapsed_days", 90)),
                      vip_share=float(extra.get("vip_share", 0.10)),
                      top_tier_spend=top.min_spend if top and top.min_spend > 0 else None)


def read_rules(db: sqlite_utils.Database) -> Rules:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [RULES_KEY]).fetchone()
    return Rules.from_json(json.loads(row[0]) if row else {})


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def period_numbers(db: sqlite_utils.Database, period: Period, thresholds: Thresholds, sold: sales.SalesNumbers,
                   later_sales: str | None = None,
                   totals: customers.CustomerTotals | None = None) -> tuple[dict[str, Any], RatingNumbers]:
    """The numbers of one period, given its sales numbers (``sales.scan_sales``) and, if the caller has
    them, its customer totals."""
    rated = ratings.rating_numbers(db, period)
    flow = sales.loyalty_flow(db, period, sold)
    totals = totals or customers.customer_totals(db, period.end(), thresholds, later_sales)
    retention = sold.retention_rate
    nps_ci, csat_ci = rated.nps_ci, rated.csat_ci
    numbers = {
        "from": period.first.isoformat(), "to": period.last.isoformat(),
        "sales": sold.sales, "revenue": sold.revenue, "average_sale": sold.average_sale,
        "identified_sales": sold.identified_sales,
        "active_customers": sold.active_customers, "new_customers": sold.new_customers,
        "visits_per_customer": sold.visits_per_customer, "repeat_purchase_rate": sold.repeat_purchase_rate,
        "previous_active_customers": sold.previous_active, "retained_customers": sold.retained,
        "retention_rate": retention, "churn_rate": None if retention is None else 1 - retention,
        "nps": rated.nps, "nps_promoters": rated.promoters, "nps_passives": rated.passives,
        "nps_detractors": rated.detractors, "nps_ratings": rated.nps_count,
        "nps_ci_low": nps_ci.low if nps_ci else None, "nps_ci_high": nps_ci.high if nps_ci else None,
        "csat": rated.csat, "csat_satisfied": rated.satisfied, "csat_ratings": rated.csat_count,
        "csat_ci_low": csat_ci.low if csat_ci else None, "csat_ci_high": csat_ci.high if csat_ci else None,
        "ratings": rated.count, "response_rate": _rate(rated.count, sold.identified_sales),
        "historical_clv": totals.clv_spend / totals.clv_customers if totals.clv_customers else None,
        "clv_customers": totals.clv_customers,
        "at_risk": totals.at_risk, "lapsed": totals.lapsed, "overdue": totals.overdue,
        "overdrawn_customers": totals.overdrawn,
        "points_issued": flow.points_issued, "stamps_issued": flow.stamps_issued,
        "rewards_redeemed": flow.rewards_redeemed, "points_redeemed": flow.points_redeemed,
        "stamps_redeemed": flow.stamps_redeemed, "outstanding_points": totals.outstanding_points,
    }
    return numbers, rated


def noise_verdicts(now: RatingNumbers, before: RatingNumbers) -> dict[str, bool | None]:
    """True: the change from the previous period is within the noise; None: nothing to compare."""
    return {
        "nps": nps_change_within_noise((now.promoters, now.passives, now.detractors),
                                       (before.promoters, before.passives, before.detractors)),
        "csat": csat_change_within_noise((now.satisfied, now.csat_count), (before.satisfied, before.csat_count)),
    }


def stats_summary(db: sqlite_utils.Database, period: Period, thresholds: Thresholds,
                  segments: bool = True) -> dict[str, Any]:
    """The numbers of the period with ``previous``, the noise verdicts and (unless told not to, as the
    dashboard's first quick pass does) the segment counts, which need every customer's 12-month spend."""
    tune_for_reading(db)
    previous = period.previous()
    ends = [(previous.end(), sales.later_sales_sql(1)), (period.end(), sales.later_sales_sql(2))]
    path = _file_path(db)
    if path and not sales.EVENTS_ONLY and not db.conn.in_transaction:
        # The two biggest reads (who was active: a walk of customer_hours; the customers as of the previous
        # period's end: another) are independent (the events-only reference shares a temporary table
        # between them, so it runs them in turn), so the sales run on a second
        # connection beside the totals: SQLite computes while Python waits, on another core.
        with ThreadPoolExecutor(max_workers=1) as pool:
            sold = pool.submit(_scan_sales_beside, path, period)
            before_totals, now_totals = customers.customer_totals_at(db, ends, thresholds)
            before_sold, now_sold = sold.result()
    else:
        before_sold, now_sold = sales.scan_sales(db, period)
        before_totals, now_totals = customers.customer_totals_at(db, ends, thresholds)
    before, before_rated = period_numbers(db, previous, thresholds, before_sold, totals=before_totals)
    now, now_rated = period_numbers(db, period, thresholds, now_sold, totals=now_totals)
    if segments:
        now["segments"] = segment_counts(db, period, thresholds)
    now["within_noise"] = noise_verdicts(now_rated, before_rated)
    now["previous"] = before
    return now


def _file_path(db: sqlite_utils.Database) -> str:
    """The main database's file, or "" for an in-memory one."""
    for _, name, path in db.execute("PRAGMA database_list"):
        if name == "main":
            return path or ""
    return ""


def _scan_sales_beside(path: str, period: Period) -> list[sales.SalesNumbers]:
    """``sales.scan_sales`` on a connection of its own (opened and closed in the calling thread)."""
    side = connect(path, migrate=False)
    try:
        tune_for_reading(side)
        return sales.scan_sales(side, period)
    finally:
        side.close()


@dataclass(frozen=True)
class Dashboard:
    period: Period
    currency: str
    thresholds: Thresholds
    numbers: dict[str, Any]  # with "previous", "segments" and "within_noise"
    weekly_sales: list[tuple[Period, int, int]]
    weekly_nps: list[tuple[Period, float | None, int]]
    nps_distribution: dict[int, int]
    csat_distribution: dict[int, int]
    lists: dict[ListName, list[CustomerRow]] = field(default_factory=dict)
    low_ratings: list[LowRating] = field(default_factory=list)
    follow_ups: FollowUpNumbers | None = None
    campaigns: list[campaign_stats.Report] = field(default_factory=list)  # newest first


def quick_numbers(db: sqlite_utils.Database, period: Period) -> tuple[dict[str, Any], str, Thresholds]:
    """The dashboard's first pass: the numbers of the period and its previous, without the segments."""
    shop = read_shop(db)
    thresholds = thresholds_for(shop, read_rules(db))
    return stats_summary(db, period, thresholds, segments=False), shop.currency, thresholds


def refresh(db: sqlite_utils.Database, period: Period, thresholds: Thresholds | None = None,
            list_limit: int | None = 200, numbers: dict[str, Any] | None = None) -> Dashboard:
    """All the dashboard's data for the period and its previous; ``numbers`` from ``quick_numbers``
    are reused (the segments are added to them)."""
    shop, rules = read_shop(db), read_rules(db)
    thresholds = thresholds or thresholds_for(shop, rules)
    if numbers is None:
        numbers = stats_summary(db, period, thresholds, segments=False)
    counts, members = segment_members(db, period, thresholds, list_limit)
    numbers = {**numbers, "segments": counts}
    lists = customers.all_lists(db, period.end(), thresholds, list_limit)
    for which, ids in members.items():
        lists[which] = member_rows(db, ids, period.end(), thresholds, list_limit)
    rated = ratings.rating_numbers(db, period)
    return Dashboard(
        period=period, currency=shop.currency, thresholds=thresholds, numbers=numbers,
        weekly_sales=sales.weekly_sales(db, period), weekly_nps=ratings.weekly_nps(db, period),
        nps_distribution={s: rated.nps_scores.get(s, 0) for s in range(11)},
        csat_distribution={s: rated.csat_scores.get(s, 0) for s in range(1, 6)},
        lists=lists,
        low_ratings=ratings.low_ratings(db, period),
        follow_ups=ratings.follow_up_numbers(db, period),
        campaigns=[campaign_stats.report(db, made.id, rules, period.end()) for made in all_campaigns(db)],
    )

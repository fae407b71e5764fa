"""Everything the owner's dashboard shows for a period, beside the previous period of the same length.

``period_numbers`` gives the numbers under the key names of docs/stats.md; ``refresh`` adds the
segments, charts and lists. Plain SQL over one connection: the dashboard calls it from a worker
with its own read connection.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from terminal.counter import SHOP_KEY
from terminal.shop import Shop
from terminal.stats import customers, ratings, sales
from terminal.stats.confidence import csat_change_within_noise, nps_change_within_noise
from terminal.stats.customers import CustomerRow, ListName, Thresholds
from terminal.stats.period import Period
from terminal.stats.ratings import LowRating, RatingNumbers


def read_shop(db: sqlite_utils.Database) -> Shop:
    """The shop's settings, read directly (a Counter would scan the ledger for its clock)."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [SHOP_KEY]).fetchone()
    return Shop.from_json(json.loads(row[0]) if row else {})


def thresholds_for(shop: Shop) -> Thresholds:
    """At-risk and lapsed thresholds are shop settings, kept in ``Shop.extra`` so they sync."""
    extra = shop.extra or {}
    return Thresholds(at_risk_days=int(extra.get("at_risk_days", 60)),
                      lapsed_days=int(extra.get("lapsed_days", 90)),
                      vip_share=float(extra.get("vip_share", 0.10)))


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def period_numbers(db: sqlite_utils.Database, period: Period, thresholds: Thresholds,
                   before_active: frozenset[str] | None = None) -> tuple[dict[str, Any], sales.SalesNumbers,
                                                                         RatingNumbers]:
    """The numbers of one period; ``before_active`` are the customers active in the period before it."""
    sold = sales.sales_numbers(db, period)
    if before_active is None:
        before_active = sales.sales_numbers(db, period.previous()).active_ids
    rated = ratings.rating_numbers(db, period)
    flow = sales.loyalty_flow(db, period)
    totals = customers.customer_totals(db, period.end(), thresholds)
    retained = len(before_active & sold.active_ids)
    retention = _rate(retained, len(before_active))
    nps_ci, csat_ci = rated.nps_ci, rated.csat_ci
    numbers = {
        "from": period.first.isoformat(), "to": period.last.isoformat(),
        "sales": sold.sales, "revenue": sold.revenue, "average_sale": sold.average_sale,
        "identified_sales": sold.identified_sales,
        "active_customers": sold.active_customers, "new_customers": sold.new_customers,
        "visits_per_customer": sold.visits_per_customer, "repeat_purchase_rate": sold.repeat_purchase_rate,
        "previous_active_customers": len(before_active), "retained_customers": retained,
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
    return numbers, sold, rated


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
    previous = period.previous()
    before_previous_active = sales.sales_numbers(db, previous.previous()).active_ids
    before, before_sold, before_rated = period_numbers(db, previous, thresholds, before_previous_active)
    now, _, now_rated = period_numbers(db, period, thresholds, before_sold.active_ids)
    if segments:
        now["segments"] = customers.segment_counts(db, period, thresholds)
    now["within_noise"] = noise_verdicts(now_rated, before_rated)
    now["previous"] = before
    return now


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


def refresh(db: sqlite_utils.Database, period: Period, thresholds: Thresholds | None = None,
            list_limit: int | None = 200) -> Dashboard:
    """All the dashboard's data for the period and its previous."""
    shop = read_shop(db)
    thresholds = thresholds or thresholds_for(shop)
    numbers = stats_summary(db, period, thresholds)
    rated = ratings.rating_numbers(db, period)
    end = period.end()
    lists = {which: customers.list_rows(db, which, end, thresholds, list_limit) for which in ListName}
    return Dashboard(
        period=period, currency=shop.currency, thresholds=thresholds, numbers=numbers,
        weekly_sales=sales.weekly_sales(db, period), weekly_nps=ratings.weekly_nps(db, period),
        nps_distribution={s: rated.nps_scores.get(s, 0) for s in range(11)},
        csat_distribution={s: rated.csat_scores.get(s, 0) for s in range(1, 6)},
        lists=lists, low_ratings=ratings.low_ratings(db, period),
    )

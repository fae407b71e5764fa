"""Sales-side numbers of one period, as SQL over the ledger.

Net of refunds, as booked: a refund counts in the period it was made, as minus one sale and minus
its amount (a refund always compensates one whole sale). A customer is active in a period when
their net sales there are one or more.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from terminal.stats.period import Period

_NET = "CASE kind WHEN 'sale' THEN 1 ELSE -1 END"


@dataclass(frozen=True)
class SalesNumbers:
    sales: int
    revenue: int  # minor units
    identified_sales: int
    active_customers: int
    repeat_customers: int  # active customers with two or more net sales
    new_customers: int
    active_ids: frozenset[str]

    @property
    def average_sale(self) -> float | None:
        return self.revenue / self.sales if self.sales > 0 else None

    @property
    def visits_per_customer(self) -> float | None:
        return self.identified_sales / self.active_customers if self.active_customers else None

    @property
    def repeat_purchase_rate(self) -> float | None:
        return self.repeat_customers / self.active_customers if self.active_customers else None


def sales_numbers(db: sqlite_utils.Database, period: Period) -> SalesNumbers:
    start, end = period.bounds()
    sales = revenue = identified = repeat = 0
    active: set[str] = set()
    for customer_id, net, amount in db.execute(
        f"SELECT customer_id, SUM({_NET}), SUM(amount) FROM events "
        "WHERE kind IN ('sale', 'refund') AND ts >= ? AND ts < ? GROUP BY customer_id", [start, end],
    ):
        sales += net
        revenue += amount
        if customer_id is None:
            continue
        identified += net
        if net >= 1:
            active.add(customer_id)
        if net >= 2:
            repeat += 1
    new = db.execute("SELECT COUNT(*) FROM balances WHERE first_visit_ts >= ? AND first_visit_ts < ?",
                     [start, end]).fetchone()[0]
    return SalesNumbers(sales, revenue, identified, len(active), repeat, new, frozenset(active))


def weekly_sales(db: sqlite_utils.Database, period: Period) -> list[tuple[Period, int, int]]:
    """(week, net sales, revenue) for each Monday-to-Sunday piece of the period."""
    rows = []
    for week in period.weeks():
        start, end = week.bounds()
        net, amount = db.execute(
            f"SELECT COALESCE(SUM({_NET}), 0), COALESCE(SUM(amount), 0) FROM events "
            "WHERE kind IN ('sale', 'refund') AND ts >= ? AND ts < ?", [start, end]).fetchone()
        rows.append((week, net, amount))
    return rows


@dataclass(frozen=True)
class LoyaltyFlow:
    points_issued: int  # credited by sales, bonuses and positive adjustments, net of refunds and reversals
    stamps_issued: int
    rewards_redeemed: int  # redemptions, net of reversed ones
    points_redeemed: int
    stamps_redeemed: int


def loyalty_flow(db: sqlite_utils.Database, period: Period) -> LoyaltyFlow:
    start, end = period.bounds()
    row = db.execute(
        """SELECT
             COALESCE(SUM(CASE WHEN kind IN ('sale', 'refund', 'welcome_bonus', 'birthday_bonus')
                                 OR (kind = 'points_adjusted' AND points > 0)
                                 OR (kind = 'reversal' AND json_extract(body, '$.reverses') != 'reward_redeemed')
                               THEN points END), 0),
             COALESCE(SUM(CASE WHEN kind IN ('sale', 'refund') THEN stamps END), 0),
             COALESCE(SUM(CASE WHEN kind = 'reward_redeemed' THEN 1
                               WHEN kind = 'reversal' AND json_extract(body, '$.reverses') = 'reward_redeemed'
                               THEN -1 END), 0),
             COALESCE(-SUM(CASE WHEN kind = 'reward_redeemed' OR (kind = 'reversal'
                                 AND json_extract(body, '$.reverses') = 'reward_redeemed') THEN points END), 0),
             COALESCE(-SUM(CASE WHEN kind = 'reward_redeemed' OR (kind = 'reversal'
                                 AND json_extract(body, '$.reverses') = 'reward_redeemed') THEN stamps END), 0)
           FROM events WHERE ts >= ? AND ts < ? AND kind IN ('sale', 'refund', 'welcome_bonus', 'birthday_bonus',
             'points_adjusted', 'reversal', 'reward_redeemed')""",
        [start, end],
    ).fetchone()
    return LoyaltyFlow(*row)

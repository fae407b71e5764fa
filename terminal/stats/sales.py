"""Sales-side numbers of one period, as SQL over the ledger.

Net of refunds, as booked: a refund counts in the period it was made, as minus one sale and minus
its amount (a refund always compensates one whole sale). A customer is active in a period when
their net sales there are one or more.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

import sqlite_utils

from terminal.hourly import INDEX_SHARE, hour_of, recent_share
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
    points: int  # points and stamps that the period's sales earned, net of refunds
    stamps: int
    previous_active: int  # customers active in the period before (same length)
    retained: int  # of those, the ones active in this period too

    @property
    def average_sale(self) -> float | None:
        return self.revenue / self.sales if self.sales > 0 else None

    @property
    def visits_per_customer(self) -> float | None:
        return self.identified_sales / self.active_customers if self.active_customers else None

    @property
    def repeat_purchase_rate(self) -> float | None:
        return self.repeat_customers / self.active_customers if self.active_customers else None

    @property
    def retention_rate(self) -> float | None:
        return self.retained / self.previous_active if self.previous_active else None


_V, _A, _P, _S, _N, _SOLD = range(6)  # per bucket: net sales, amount, points, stamps, events, any sale


# How many customers were active (net sales >= 1) in each of three buckets of hours, and in two at once.
# FILTER rather than CASE: a skipped row costs no aggregate step (a fifth less on a 12-month walk). A
# customer without rows in a bucket gets NULL there, which the outer sums count as not active.
_ACTIVE_BY_HOURS = """
SELECT COALESCE(SUM(v0 >= 1), 0), COALESCE(SUM(v0 >= 1 AND v1 >= 1), 0), COALESCE(SUM(v1 >= 1), 0),
       COALESCE(SUM(v1 >= 2), 0), COALESCE(SUM(v1 >= 1 AND v2 >= 1), 0), COALESCE(SUM(v2 >= 1), 0),
       COALESCE(SUM(v2 >= 2), 0)
FROM (SELECT SUM(visits) FILTER (WHERE hour < :h1) AS v0, SUM(visits) FILTER (WHERE hour >= :h1 AND hour < :h2) AS v1,
             SUM(visits) FILTER (WHERE hour >= :h2) AS v2
      FROM customer_hours {hint} WHERE {hour} >= :h0 AND {hour} < :h3 GROUP BY customer_key)"""


def on_grid(period: Period) -> bool:
    """Whether every bound ``scan_sales`` needs is a whole UTC hour (then it reads the hourly projections)."""
    previous = period.previous()
    return all(hour_of(moment) is not None
               for moment in (previous.previous().start(), previous.start(), period.start(), period.end()))


def scan_sales(db: sqlite_utils.Database, period: Period) -> list[SalesNumbers]:
    """Sales numbers of the period and its previous: from the hourly projections when every bound is a
    whole UTC hour (terminal/hourly.py), otherwise from the events. Returns [previous, this]."""
    previous = period.previous()
    periods = [previous.previous(), previous, period]
    hours = [hour_of(p.start()) for p in periods] + [hour_of(period.end())]
    if None in hours:
        return scan_sales_events(db, period)
    h0, h1, h2, h3 = cast(list[int], hours)  # none is None: every bound is a whole hour
    short = recent_share(db, h0) < INDEX_SHARE  # see terminal/hourly.py
    sql = _ACTIVE_BY_HOURS.format(hint="INDEXED BY customer_hours_hour" if short else "",
                                  hour="hour" if short else "+hour")
    (before_active, before_retained, previous_active, previous_repeat, retained, active,
     repeat) = db.execute(sql, {"h0": h0, "h1": h1, "h2": h2, "h3": h3}).fetchone()
    out = []
    for p, start, end, counts in ((previous, h1, h2, (previous_active, previous_repeat, before_active,
                                                      before_retained)),
                                  (period, h2, h3, (active, repeat, previous_active, retained))):
        sales, identified, revenue, points, stamps = db.execute(
            "SELECT COALESCE(SUM(sales), 0), COALESCE(SUM(identified_sales), 0), COALESCE(SUM(revenue), 0), "
            "COALESCE(SUM(sale_points), 0), COALESCE(SUM(sale_stamps), 0) FROM shop_hours WHERE hour >= ? AND hour < ?",
            [start, end]).fetchone()
        first, last = p.bounds()
        new = db.execute("SELECT COUNT(*) FROM balances WHERE first_visit_ts >= ? AND first_visit_ts < ?",
                         [first, last]).fetchone()[0]
        active_now, repeat_now, active_before, retained_now = counts
        out.append(SalesNumbers(sales, revenue, identified, active_now, repeat_now, new, points, stamps, active_before,
                                retained_now))
    return out


def scan_sales_events(db: sqlite_utils.Database, period: Period) -> list[SalesNumbers]:
    """Sales numbers of the period and its previous, in one pass over the sales of three periods.

    Buckets: 0 the period before the previous one (only for the previous period's retention), 1 the
    previous period, 2 this one, 3 anything after it. Summed per customer in Python (SQLite's GROUP
    BY sorter copies every row and is slower here than fetching the rows from the covering index).
    What happened after the previous period (buckets 2 and 3) goes to the temporary table
    ``stats_sales``, which ``customers`` reads to take those sales back out of the balances.
    Returns [previous, this].
    """
    previous = period.previous()
    periods = [previous.previous(), previous, period]
    cuts = [p.bounds()[0] for p in periods] + [period.bounds()[1]]
    # Bucket 0 only decides who was active before the previous period: customer and sign suffice.
    before_previous: dict[str, int] = {}
    for customer_id, net in db.execute(
        f"SELECT customer_id, {_NET} FROM events WHERE kind IN ('sale', 'refund') AND ts >= ? AND ts < ? "
        "AND customer_id IS NOT NULL", [cuts[0], cuts[1]],
    ):
        before_previous[customer_id] = before_previous.get(customer_id, 0) + net
    sums: dict[str | None, list[int]] = {}
    for customer_id, bucket, net, amount, points, stamps in db.execute(
        f"""SELECT customer_id, CASE WHEN ts < :c2 THEN 6 WHEN ts < :c3 THEN 12 ELSE 18 END,
                   {_NET}, amount, points, stamps
            FROM events WHERE kind IN ('sale', 'refund') AND ts >= :c1""",
        {f"c{i}": cut for i, cut in enumerate(cuts)},
    ):
        row = sums.get(customer_id)
        if row is None:
            row = sums[customer_id] = [0] * 24
        row[bucket + _V] += net
        row[bucket + _A] += amount
        row[bucket + _P] += points
        row[bucket + _S] += stamps
        row[bucket + _N] += 1
        if net > 0:
            row[bucket + _SOLD] = 1
    for customer_id, net in before_previous.items():
        row = sums.get(customer_id)
        if row is None:
            row = sums[customer_id] = [0] * 24
        row[_V] = net
    out = []
    for bucket, p in ((1, periods[1]), (2, periods[2])):
        o, before = bucket * 6, (bucket - 1) * 6
        totals = [0] * 9  # sales, revenue, identified, active, repeat, points, stamps, previous active, retained
        for customer_id, row in sums.items():
            totals[0] += row[o + _V]
            totals[1] += row[o + _A]
            totals[5] += row[o + _P]
            totals[6] += row[o + _S]
            if customer_id is None:
                continue
            totals[2] += row[o + _V]
            totals[3] += row[o + _V] >= 1
            totals[4] += row[o + _V] >= 2
            if row[before + _V] >= 1:
                totals[7] += 1
                totals[8] += row[o + _V] >= 1
        start, end = p.bounds()
        new = db.execute("SELECT COUNT(*) FROM balances WHERE first_visit_ts >= ? AND first_visit_ts < ?",
                         [start, end]).fetchone()[0]
        sales, revenue, identified, active, repeat, points, stamps, previous_active, retained = totals
        out.append(SalesNumbers(sales, revenue, identified, active, repeat, new, points, stamps, previous_active,
                                retained))
    # The temp table's writes get their own committed transaction: a reader left inside an open one
    # would hold back WAL checkpoints and swallow a later write's commit into a savepoint.
    with db.atomic():
        db.execute("DROP TABLE IF EXISTS temp.stats_sales")
        db.execute("CREATE TEMP TABLE stats_sales (customer_id TEXT, b INTEGER, v INTEGER, a INTEGER, p INTEGER, "
                   "s INTEGER, sold INTEGER)")
        db.conn.executemany(
            "INSERT INTO temp.stats_sales VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(customer_id, bucket, *row[bucket * 6 + _V:bucket * 6 + _N], row[bucket * 6 + _SOLD])
             for customer_id, row in sums.items() if customer_id is not None
             for bucket in (2, 3) if row[bucket * 6 + _N]])
    return out


def later_sales_sql(bucket: int) -> str:
    """Per customer, the sales and refunds after ``bucket`` (see ``scan_sales``): what happened after the
    end of the previous period (1) or of this one (2)."""
    return ("SELECT customer_id, v AS visits, a AS spend, p AS points, s AS stamps, sold FROM temp.stats_sales "
            f"WHERE customer_id IS NOT NULL AND b > {int(bucket)}")


def weekly_sales(db: sqlite_utils.Database, period: Period) -> list[tuple[Period, int, int]]:
    """(week, net sales, revenue) for each Monday-to-Sunday piece of the period."""
    rows = []
    for week in period.weeks():
        start_hour, end_hour = hour_of(week.start()), hour_of(week.end())
        if start_hour is not None and end_hour is not None:
            net, amount = db.execute("SELECT COALESCE(SUM(sales), 0), COALESCE(SUM(revenue), 0) FROM shop_hours "
                                     "WHERE hour >= ? AND hour < ?", [start_hour, end_hour]).fetchone()
            rows.append((week, net, amount))
            continue
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


def loyalty_flow(db: sqlite_utils.Database, period: Period, sold: SalesNumbers) -> LoyaltyFlow:
    """Points and stamps handed out and redeemed; the sales' share comes from ``sold``."""
    start_hour, end_hour = hour_of(period.start()), hour_of(period.end())
    if start_hour is not None and end_hour is not None:
        bonus_points, redeemed, points_redeemed, stamps_redeemed = db.execute(
            "SELECT COALESCE(SUM(bonus_points), 0), COALESCE(SUM(redemptions), 0), COALESCE(SUM(redeemed_points), 0), "
            "COALESCE(SUM(redeemed_stamps), 0) FROM shop_hours WHERE hour >= ? AND hour < ?",
            [start_hour, end_hour]).fetchone()
        return LoyaltyFlow(sold.points + bonus_points, sold.stamps, redeemed, points_redeemed, stamps_redeemed)
    start, end = period.bounds()
    reversed_redemption = "(kind = 'reversal' AND json_extract(body, '$.reverses') = 'reward_redeemed')"
    row = db.execute(
        f"""SELECT
             COALESCE(SUM(CASE WHEN kind IN ('welcome_bonus', 'birthday_bonus', 'offer_used')
                                 OR (kind = 'points_adjusted' AND points > 0)
                                 OR (kind = 'reversal' AND NOT {reversed_redemption}) THEN points END), 0),
             COALESCE(SUM(CASE WHEN kind = 'reward_redeemed' THEN 1 WHEN {reversed_redemption} THEN -1 END), 0),
             COALESCE(-SUM(CASE WHEN kind = 'reward_redeemed' OR {reversed_redemption} THEN points END), 0),
             COALESCE(-SUM(CASE WHEN kind = 'reward_redeemed' OR {reversed_redemption} THEN stamps END), 0)
           FROM events WHERE ts >= ? AND ts < ? AND kind IN ('welcome_bonus', 'birthday_bonus',
             'offer_used', 'points_adjusted', 'reversal', 'reward_redeemed')""",
        [start, end],
    ).fetchone()
    bonus_points, redeemed, points_redeemed, stamps_redeemed = row
    return LoyaltyFlow(sold.points + bonus_points, sold.stamps, redeemed, points_redeemed, stamps_redeemed)

"""Sales-side numbers of one period, as SQL over the ledger.

Net of refunds, as booked: a refund counts in the period it was made, as minus one sale and minus
its amount (a refund always compensates one whole sale). A customer is active in a period when
their net sales there are one or more.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from terminal.clock import iso
from terminal.hourly import INDEX_SHARE, ceil_hour, floor_hour, hour_of, hour_start, recent_share
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


# Tests set this to read every number from the events alone: the reference the hourly numbers must equal.
EVENTS_ONLY = False

# How many customers were active (net sales >= 1) in each of three buckets, and in two at once, from their
# net sales per bucket (``_BY_CUSTOMER``).
_ACTIVE_COUNTS = """
SELECT COALESCE(SUM(v0 >= 1), 0), COALESCE(SUM(v0 >= 1 AND v1 >= 1), 0), COALESCE(SUM(v1 >= 1), 0),
       COALESCE(SUM(v1 >= 2), 0), COALESCE(SUM(v1 >= 1 AND v2 >= 1), 0), COALESCE(SUM(v2 >= 1), 0),
       COALESCE(SUM(v2 >= 2), 0)
FROM ({per_customer})"""
# Each customer's net sales in three buckets of hours. FILTER rather than CASE: a skipped row costs no
# aggregate step (a fifth less on a 12-month walk). A customer without rows in a bucket gets NULL there,
# which the outer sums count as not active.
_BY_CUSTOMER = """SELECT {key}SUM(visits) FILTER (WHERE hour < :h1) AS v0,
             SUM(visits) FILTER (WHERE hour >= :h1 AND hour < :h2) AS v1, SUM(visits) FILTER (WHERE hour >= :h2) AS v2
      FROM customer_hours {hint} WHERE {hour} >= :h0 AND {hour} < :h3 {only} GROUP BY customer_key"""


def _active_counts(v0: int, v1: int, v2: int) -> tuple[int, ...]:
    """One customer's share of ``_ACTIVE_COUNTS``, from their net sales in the three buckets."""
    return tuple(int(flag) for flag in (v0 >= 1, v0 >= 1 and v1 >= 1, v1 >= 1, v1 >= 2, v1 >= 1 and v2 >= 1,
                                        v2 >= 1, v2 >= 2))


_SALES_EVENTS = (f"SELECT customer_id, {_NET}, amount, points, stamps FROM events "
                 "WHERE kind IN ('sale', 'refund') AND ts >= ? AND ts < ?")


def _split_sales(db: sqlite_utils.Database, bounds: list[datetime],
                 cuts: list[int]) -> tuple[dict[str, list[int]], list[list[int]]]:
    """What reading the buckets between ``bounds`` as the whole hours between ``cuts`` (each bound's hour, or
    the next for the last bound) gets wrong: the sales and refunds between a bound and its cut lie in the
    bucket on the other side of the cut. Returns, per customer, the net sales to add to each of the three
    buckets, and per bucket the shop's (net sales, identified net sales, revenue, points, stamps) to add."""
    per_customer: dict[str, list[int]] = {}
    shop = [[0] * 5 for _ in range(3)]
    for index, (bound, cut) in enumerate(zip(bounds, cuts, strict=True)):
        if cut * 3600 == bound.timestamp():
            continue
        # Before the bound (its hour's start up to it): read in bucket ``index``, belongs to the one before.
        # After it (up to the next hour): read in the bucket before, belongs to ``index``.
        low, high, read, belongs = (hour_start(cut), iso(bound), index, index - 1) if cut * 3600 < bound.timestamp() \
            else (iso(bound), hour_start(cut), index - 1, index)
        for customer_id, net, amount, points, stamps in db.execute(_SALES_EVENTS, [low, high]):
            for bucket, sign in ((read, -1), (belongs, 1)):
                if not 0 <= bucket <= 2:
                    continue
                totals = shop[bucket]
                totals[0] += sign * net
                totals[2] += sign * amount
                totals[3] += sign * points
                totals[4] += sign * stamps
                if customer_id is not None:
                    totals[1] += sign * net
                    per_customer.setdefault(customer_id, [0, 0, 0])[bucket] += sign * net
    return per_customer, shop


def scan_sales(db: sqlite_utils.Database, period: Period) -> list[SalesNumbers]:
    """Sales numbers of the period and its previous, from the hourly projections (terminal/hourly.py).
    A bound that is not a whole UTC hour (India's +5:30) is read as the hour it lies in (the period's end:
    the next hour), and the sales between the bound and that hour moved to their side from the events
    (``_split_sales``): a few hours of events. Returns [previous, this]."""
    if EVENTS_ONLY:
        return scan_sales_events(db, period)
    previous = period.previous()
    periods = [previous.previous(), previous, period]
    bounds = [p.start() for p in periods] + [period.end()]
    # The last cut is the hour after the end, so that every sale of the three periods is in an hour read.
    h0, h1, h2, h3 = cuts = [floor_hour(moment) for moment in bounds[:3]] + [ceil_hour(bounds[3])]
    edge, shop_edge = _split_sales(db, bounds, cuts)
    short = recent_share(db, h0) < INDEX_SHARE  # see terminal/hourly.py
    access = {"hint": "INDEXED BY customer_hours_hour" if short else "", "hour": "hour" if short else "+hour"}
    params: dict[str, int | str] = {"h0": h0, "h1": h1, "h2": h2, "h3": h3}
    totals = list(db.execute(_ACTIVE_COUNTS.format(per_customer=_BY_CUSTOMER.format(key="", only="", **access)),
                             params).fetchone())
    if edge:
        # The customers with sales in a split hour counted again, with those sales moved to their side (the
        # only place the hours' and the events' sales meet per customer here): their hours are a seek each.
        for customer_id, *read in db.execute(
                _BY_CUSTOMER.format(key="(SELECT b.customer_id FROM balances b WHERE b.key = customer_key), ",
                                    hint="", hour="hour",
                                    only="AND customer_key IN (SELECT b.key FROM balances b WHERE b.customer_id IN "
                                         "(SELECT value FROM json_each(:ids)))"),
                {**params, "ids": json.dumps(list(edge))}):
            hours = [v or 0 for v in read]
            moved = [v + e for v, e in zip(hours, edge[customer_id], strict=True)]
            totals = [n - a + b for n, a, b in zip(totals, _active_counts(*hours), _active_counts(*moved),
                                                    strict=True)]
    before_active, before_retained, previous_active, previous_repeat, retained, active, repeat = totals
    out = []
    for p, start, end, moved, counts in ((previous, h1, h2, shop_edge[1], (previous_active, previous_repeat,
                                                                           before_active, before_retained)),
                                         (period, h2, h3, shop_edge[2], (active, repeat, previous_active, retained))):
        row = db.execute(
            "SELECT COALESCE(SUM(sales), 0), COALESCE(SUM(identified_sales), 0), COALESCE(SUM(revenue), 0), "
            "COALESCE(SUM(sale_points), 0), COALESCE(SUM(sale_stamps), 0) FROM shop_hours WHERE hour >= ? AND hour < ?",
            [start, end]).fetchone()
        sales, identified, revenue, points, stamps = (a + b for a, b in zip(row, moved, strict=True))
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
    previous period, 2 this one, 3 anything after it. The reference the hourly numbers must equal (tests,
    ``EVENTS_ONLY``). Summed per customer in Python (SQLite's GROUP
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


def _split_sums(db: sqlite_utils.Database, period: Period, hours_sql: str, events_sql: str) -> tuple[int, ...]:
    """Sums over the period: ``hours_sql`` over ``shop_hours`` from the hour its start lies in up to the hour
    its end lies in, the events of a split hour (``events_sql`` from one time up to another) added at the end
    and taken back out at the start. ``EVENTS_ONLY``: all from the events."""
    start, end = period.start(), period.end()
    if EVENTS_ONLY:
        return tuple(db.execute(events_sql, [iso(start), iso(end)]).fetchone())
    sums = list(db.execute(hours_sql, [floor_hour(start), floor_hour(end)]).fetchone())
    for moment, sign in ((start, -1), (end, 1)):
        if hour_of(moment) is None:
            part = db.execute(events_sql, [hour_start(floor_hour(moment)), iso(moment)]).fetchone()
            sums = [a + sign * b for a, b in zip(sums, part, strict=True)]
    return tuple(sums)


def weekly_sales(db: sqlite_utils.Database, period: Period) -> list[tuple[Period, int, int]]:
    """(week, net sales, revenue) for each Monday-to-Sunday piece of the period."""
    rows = []
    for week in period.weeks():
        net, amount = _split_sums(
            db, week, "SELECT COALESCE(SUM(sales), 0), COALESCE(SUM(revenue), 0) FROM shop_hours "
                      "WHERE hour >= ? AND hour < ?",
            f"SELECT COALESCE(SUM({_NET}), 0), COALESCE(SUM(amount), 0) FROM events "
            "WHERE kind IN ('sale', 'refund') AND ts >= ? AND ts < ?")
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
    reversed_redemption = "(kind = 'reversal' AND json_extract(body, '$.reverses') = 'reward_redeemed')"
    bonus_points, redeemed, points_redeemed, stamps_redeemed = _split_sums(
        db, period,
        "SELECT COALESCE(SUM(bonus_points), 0), COALESCE(SUM(redemptions), 0), COALESCE(SUM(redeemed_points), 0), "
        "COALESCE(SUM(redeemed_stamps), 0) FROM shop_hours WHERE hour >= ? AND hour < ?",
        f"""SELECT
             COALESCE(SUM(CASE WHEN kind IN ('welcome_bonus', 'birthday_bonus', 'offer_used')
                                 OR (kind = 'points_adjusted' AND points > 0)
                                 OR (kind = 'reversal' AND NOT {reversed_redemption}) THEN points END), 0),
             COALESCE(SUM(CASE WHEN kind = 'reward_redeemed' THEN 1 WHEN {reversed_redemption} THEN -1 END), 0),
             COALESCE(-SUM(CASE WHEN kind = 'reward_redeemed' OR {reversed_redemption} THEN points END), 0),
             COALESCE(-SUM(CASE WHEN kind = 'reward_redeemed' OR {reversed_redemption} THEN stamps END), 0)
           FROM events WHERE ts >= ? AND ts < ? AND kind IN ('welcome_bonus', 'birthday_bonus',
             'offer_used', 'points_adjusted', 'reversal', 'reward_redeemed')""")
    return LoyaltyFlow(sold.points + bonus_points, sold.stamps, redeemed, points_redeemed, stamps_redeemed)

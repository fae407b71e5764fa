"""Hourly projections of the ledger for the owner's numbers, kept in the same transaction as the events.

- ``customer_hours``: per customer and UTC hour, what moved their balance: net sales (sales − refunds),
  their amounts, all points and stamps, and the latest sale's time (``last_sale``, see ``sale_ts``). Keyed
  by the customer's key (``balances.key``, the balance's row number: a balance is projected before its
  hours), with an index by hour: the long reads walk it in key order, the short ones read a range of the
  hour index.
- ``shop_hours``: per UTC hour, the shop's sales (anonymous ones included) and its loyalty flow.
- ``first_ratings``: per rated visit (a rating without ``ref_id`` is its own visit) the earliest
  rating, by time then id: the one that counts.

Why hours: a period runs between local midnights of the shop's zone, and local midnight is a whole
UTC hour in every zone whose offset is a whole number of hours (Budapest, in winter and summer). So
a period's sums are exact sums of whole hours. A bound that is not a whole hour (India's +5:30, say)
is read as the whole hours up to the hour it lies in, with that hour's events before the bound.

Every change is a sum or a minimum, so the tables do not depend on the order events arrive in, and
the same SQL serves one appended event, a bulk import and a rebuild: it projects the events selected
by a condition on ``events``.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlite_utils

from terminal.clock import iso

TABLES = ("customer_hours", "shop_hours", "first_ratings")

_HOUR = "CAST(unixepoch(substr(ts, 1, 19)) / 3600 AS INTEGER)"
_REVERSED_REDEMPTION = "(kind = 'reversal' AND json_extract(body, '$.reverses') = 'reward_redeemed')"


def sale_ts(hour: str, value: str) -> str:
    """SQL for the time a ``customer_hours.last_sale`` stands for, in its hour ``hour`` (SQL expressions).

    A time as the ledger writes it (``clock.iso``, 24 characters) is kept as the milliseconds since the
    start of its hour, an integer of 3 bytes; any other text (a time synced in another valid form) is kept
    as it is. Either way this gives back the text the events hold."""
    return (f"CASE WHEN typeof({value}) = 'integer' THEN strftime('%Y-%m-%dT%H:', {hour} * 3600, 'unixepoch') "
            f"|| printf('%02d:%02d.%03dZ', {value} / 60000, {value} / 1000 % 60, {value} % 1000) ELSE {value} END")


def last_sale(ts: str, hour: str) -> str:
    """SQL for what ``customer_hours.last_sale`` keeps of the sale time ``ts`` in hour ``hour``: the
    milliseconds into the hour when ``sale_ts`` gives ``ts`` back from them exactly, else ``ts``."""
    offset = (f"((CAST(substr({ts}, 15, 2) AS INTEGER) * 60 + CAST(substr({ts}, 18, 2) AS INTEGER)) * 1000 "
              f"+ CAST(substr({ts}, 21, 3) AS INTEGER))")
    return f"CASE WHEN {sale_ts(hour, offset)} = {ts} THEN {offset} ELSE {ts} END"


def latest_sale_ts() -> str:
    """SQL, in a query grouping ``customer_hours`` rows by customer, for the group's latest sale time (text,
    NULL without a sale). A later hour's times sort after an earlier hour's, so the latest is the one of the
    latest hour with a sale: the row SQLite takes a bare column from for the query's one MAX()."""
    return sale_ts("MAX(CASE WHEN last_sale IS NOT NULL THEN hour END)", "last_sale")


def hour_of(moment: datetime) -> int | None:
    """The UTC hour number of an instant, or None when it is not a whole hour."""
    seconds = moment.timestamp()
    return int(seconds // 3600) if seconds % 3600 == 0 else None


def floor_hour(moment: datetime) -> int:
    """The UTC hour number of the whole hour an instant lies in (the instant itself when it is one)."""
    return int(moment.timestamp() // 3600)


def ceil_hour(moment: datetime) -> int:
    """The UTC hour number of the first whole hour at or after an instant."""
    return -int(-moment.timestamp() // 3600)


def hour_start(hour: int) -> str:
    """A whole hour's instant as the ledger writes times, for comparing with ``events.ts``."""
    return iso(datetime.fromtimestamp(hour * 3600, UTC))


# Below this share of the rows, reading them through the hour index (a seek into the table for each, then a
# sort) beats walking the whole table in customer order, which costs little per row it passes over. Measured
# on tests/bench/bench_stats.py's shop (two years, 1.4M rows, CPU): 14 days (1.8%) 70 ms either way, 30 days
# (3.9%) 150 ms through the index, 60 ms walking. Walking needs ``+hour`` in the WHERE clause: NOT INDEXED
# does not keep SQLite 3.40 off a WITHOUT ROWID table's index.
INDEX_SHARE = 0.02


def recent_share(db: sqlite_utils.Database, since_hour: int) -> float:
    """Roughly which share of the customer rows lies at or after ``since_hour`` (by hours with sales):
    a small share is best read through the hour index, a big one by walking the table."""
    return range_share(db, since_hour, None)


def range_share(db: sqlite_utils.Database, low: int, high: int | None) -> float:
    """Roughly which share of the customer rows lies in the hours from ``low`` up to ``high`` (None: no end)."""
    inside, total = db.execute("SELECT COALESCE(SUM(hour >= :low AND (:high IS NULL OR hour < :high)), 0), COUNT(*) "
                               "FROM shop_hours", {"low": low, "high": high}).fetchone()
    return inside / total if total else 0.0


def hours_in(db: sqlite_utils.Database, low: int, high: int | None) -> tuple[str, str]:
    """How to read the rows from hour ``low`` up to ``high``: (what follows ``FROM customer_hours``, the hour
    column to compare), through the hour index for a small share, else by walking the table."""
    if range_share(db, low, high) < INDEX_SHARE:
        return "INDEXED BY customer_hours_hour", "hour"
    return "", "+hour"


def project(db: sqlite_utils.Database, where: str, params: list | dict) -> None:
    """Add the events matching ``where`` (SQL on ``events``) to the three tables; each event once.

    ``where`` is a condition on ``seq`` (one event, an import's chunk) or ``true``: NOT INDEXED keeps SQLite
    on that rowid range, where the kind or customer index (chosen to save a sort) would walk every event
    for each chunk."""
    db.execute(
        f"""INSERT INTO customer_hours (customer_key, hour, visits, spend, points, stamps, last_sale)
            SELECT b.key, g.h, g.visits, g.spend, g.points, g.stamps, {last_sale("g.ts", "g.h")}
            FROM (SELECT customer_id, {_HOUR} AS h,
                         SUM(CASE kind WHEN 'sale' THEN 1 WHEN 'refund' THEN -1 ELSE 0 END) AS visits,
                         SUM(CASE WHEN kind IN ('sale', 'refund') THEN amount ELSE 0 END) AS spend,
                         SUM(points) AS points, SUM(stamps) AS stamps, MAX(CASE WHEN kind = 'sale' THEN ts END) AS ts
                  FROM events NOT INDEXED WHERE ({where}) AND customer_id IS NOT NULL
                    AND (kind IN ('sale', 'refund') OR points != 0 OR stamps != 0)
                  GROUP BY customer_id, h) g
            JOIN balances b ON b.customer_id = g.customer_id
            WHERE true ORDER BY b.key, g.h
            ON CONFLICT (customer_key, hour) DO UPDATE SET
              visits = visits + excluded.visits, spend = spend + excluded.spend, points = points + excluded.points,
              stamps = stamps + excluded.stamps,
              last_sale = CASE WHEN excluded.last_sale IS NULL THEN last_sale
                               WHEN last_sale IS NULL
                                 OR {sale_ts("excluded.hour", "excluded.last_sale")} > {sale_ts("hour", "last_sale")}
                               THEN excluded.last_sale ELSE last_sale END""", params)
    # The flow as ``sales.loyalty_flow`` reads it from the events (NULLs included: a reversal without
    # ``reverses`` counts nowhere there, nor here): bonuses, positive adjustments and reversals other than
    # of redemptions are issued; redemptions net of reversed ones.
    db.execute(
        f"""INSERT INTO shop_hours (hour, sales, identified_sales, revenue, sale_points, sale_stamps, bonus_points,
                                   redemptions, redeemed_points, redeemed_stamps)
            SELECT {_HOUR} AS h, SUM(net), SUM(CASE WHEN customer_id IS NOT NULL THEN net ELSE 0 END),
                   SUM(CASE WHEN net != 0 THEN amount ELSE 0 END), SUM(CASE WHEN net != 0 THEN points ELSE 0 END),
                   SUM(CASE WHEN net != 0 THEN stamps ELSE 0 END),
                   SUM(CASE WHEN kind IN ('welcome_bonus', 'birthday_bonus', 'offer_used')
                              OR (kind = 'points_adjusted' AND points > 0)
                              OR (kind = 'reversal' AND NOT rr) THEN points ELSE 0 END),
                   SUM(CASE WHEN kind = 'reward_redeemed' THEN 1 WHEN rr THEN -1 ELSE 0 END),
                   -SUM(CASE WHEN kind = 'reward_redeemed' OR rr THEN points ELSE 0 END),
                   -SUM(CASE WHEN kind = 'reward_redeemed' OR rr THEN stamps ELSE 0 END)
            FROM (SELECT *, CASE kind WHEN 'sale' THEN 1 WHEN 'refund' THEN -1 ELSE 0 END AS net,
                         {_REVERSED_REDEMPTION} AS rr
                  FROM events NOT INDEXED WHERE ({where}) AND kind IN ('sale', 'refund', 'welcome_bonus',
                                                  'birthday_bonus', 'offer_used', 'points_adjusted', 'reversal',
                                                  'reward_redeemed'))
            WHERE true GROUP BY h
            ON CONFLICT (hour) DO UPDATE SET
              sales = sales + excluded.sales, identified_sales = identified_sales + excluded.identified_sales,
              revenue = revenue + excluded.revenue, sale_points = sale_points + excluded.sale_points,
              sale_stamps = sale_stamps + excluded.sale_stamps, bonus_points = bonus_points + excluded.bonus_points,
              redemptions = redemptions + excluded.redemptions,
              redeemed_points = redeemed_points + excluded.redeemed_points,
              redeemed_stamps = redeemed_stamps + excluded.redeemed_stamps""", params)
    # One rating per visit: the earliest by (time, id) wins, whatever order they arrive in. The score is
    # cast here as the events-based query casts it; out-of-scale scores are filtered when counting.
    db.execute(
        f"""INSERT INTO first_ratings (ref_key, ts, id, scale, score)
            SELECT COALESCE('sale:' || ref_id, 'self:' || id), ts, id, json_extract(body, '$.scale'),
                   CAST(json_extract(body, '$.score') AS INTEGER)
            FROM events NOT INDEXED WHERE ({where}) AND kind = 'rating'
            ON CONFLICT (ref_key) DO UPDATE SET ts = excluded.ts, id = excluded.id, scale = excluded.scale,
              score = excluded.score
            WHERE excluded.ts < first_ratings.ts
               OR (excluded.ts = first_ratings.ts AND excluded.id < first_ratings.id)""",
        params)


def project_all(db: sqlite_utils.Database) -> None:
    """Recompute the tables from every event (migration and ``ledger.rebuild``)."""
    for table in TABLES:
        db.execute(f"DELETE FROM {table}")
    project(db, "true", [])


# ``customer_hours`` with each row's customer by their id (a customer's key is their balance's row number: two
# databases with the same events in another order number them differently).
_BY_ID = """SELECT b.customer_id, h.hour, h.visits, h.spend, h.points, h.stamps, h.last_sale
            FROM customer_hours h LEFT JOIN balances b ON b.key = h.customer_key"""


def snapshot(db: sqlite_utils.Database) -> list[list[tuple]]:
    """Every row of the three tables, sorted, customers by their id: what a rebuild must reproduce."""
    return [[tuple(row) for row in db.execute(f"SELECT * FROM ({_BY_ID if table == 'customer_hours' else table}) "
                                              "ORDER BY 1, 2")] for table in TABLES]

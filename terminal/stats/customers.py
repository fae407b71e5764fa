"""Customers as of a moment: silence since the last visit, their own rhythm, and the segments.

A visit is a sale (a refunded sale still shows the customer came in). The last visit before the
period's end comes from the balances when nothing was sold to the customer since; otherwise from
the ledger's (customer, time) index. Erased customers count in the shop's numbers but not here:
they can no longer be won back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import cast

import sqlite_utils

from terminal import marks
from terminal.clock import iso, parse_iso
from terminal.hourly import floor_hour, hour_of, hour_start, hours_in, latest_sale_ts, recent_share, sale_ts
from terminal.ledger import Kind
from terminal.stats.silence import DaySql, as_of_day, day_number, days_silent, silent_since, usual_gap, zone_of

# Kinds besides sales and refunds that move a balance; the rest never carry points or stamps.
_NO_BALANCE = {Kind.ENROLLED, Kind.PROFILE_CHANGED, Kind.RATING, Kind.CARD_ISSUED, Kind.CARD_BOUND, Kind.CARD_REVOKED,
               Kind.CUSTOMER_ERASED, Kind.SETTINGS_CHANGED, Kind.SALE, Kind.REFUND}
_OTHER_BALANCE_KINDS = ", ".join(f"'{kind.value}'" for kind in Kind if kind not in _NO_BALANCE)


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
    VIP = "vip"  # segment lists: members of the segment
    NEW = "new"


SILENCE_LISTS = (ListName.AT_RISK, ListName.LAPSED, ListName.OVERDUE, ListName.OVERDRAWN)


@dataclass(frozen=True)
class Thresholds:
    at_risk_days: int = 60
    lapsed_days: int = 90
    vip_share: float = 0.10  # top share of customers by 12-month spend
    top_tier_spend: int | None = None  # 12-month spend of the loyalty rules' top tier: VIP as well


@dataclass(frozen=True)
class CustomerRow:
    """One line of a win-back list; contact details only when the customer consented."""

    customer_id: str
    name: str
    phone: str
    email: str
    consent: bool
    last_visit: datetime | None
    days_silent: int | None  # calendar days of the shop's zone (terminal/stats/silence.py)
    usual_gap_days: float | None  # calendar days per gap between the first and last visits
    visits: int
    spend: int
    points: int


_EVENTS_LATER_SALES = """SELECT customer_id, CASE kind WHEN 'sale' THEN 1 ELSE -1 END AS visits, amount AS spend,
                              points, stamps, kind = 'sale' AS sold
                       FROM events WHERE kind IN ('sale', 'refund') AND ts >= :end AND customer_id IS NOT NULL"""


def hours_between(low: str, high: str, access: tuple[str, str] = ("INDEXED BY customer_hours_hour", "hour")) -> str:
    """Per customer, what changed their balance from the hour ``low`` up to ``high`` (SQL parameters), and
    the latest sale then: a few days of ``customer_hours`` between a mark and an end, read as ``access``
    (``hourly.hours_in``) says. ``sold`` counts the hours with a sale. Customers by their key: ``customer_key``
    (``balances.key``)."""
    hint, hour = access
    return f"""SELECT customer_key, SUM(visits) AS visits, SUM(spend) AS spend, SUM(points) AS points,
                      SUM(stamps) AS stamps, {latest_sale_ts()} AS last_sale_ts, COUNT(last_sale) AS sold
               FROM customer_hours {hint} WHERE {hour} >= {low} AND {hour} < {high}
               GROUP BY customer_key"""


# The events that moved a customer's balance, as ``customer_hours`` projects them (terminal/hourly.py).
_BALANCE_KINDS = ", ".join(f"'{kind.value}'" for kind in Kind if kind not in _NO_BALANCE or kind in (Kind.SALE,
                                                                                                       Kind.REFUND))


def with_split_hour(hours: str, low: str, high: str, sign: int, latest: bool = False) -> str:
    """Per customer (``customer_key``), the sums ``hours`` gives (``hours_between``'s columns, or
    ``hourly_later``'s) with the balance changes of the events from ``low`` up to ``high`` (SQL parameters,
    times as the ledger's text: a part of one hour) added (``sign`` 1) or taken back out (-1). The one place
    where a customer's state combines hour rows and event rows (the sales' active counts have their own,
    ``sales._split_sales``): a bound that is not a whole UTC hour (India's +5:30) reads the whole hours from
    ``customer_hours`` and the split hour at the bound from the events.

    ``sold`` adds the events' sales, and is left as the hours give it when taking back out: a flag that may
    say a sale where none is left, which only makes the caller look the latest sale up. ``latest``: keep
    ``last_sale_ts`` (the latest of both; with ``sign`` 1 only)."""
    net = "CASE kind WHEN 'sale' THEN 1 WHEN 'refund' THEN -1 ELSE 0 END"
    last = ("last_sale_ts", "CASE WHEN kind = 'sale' THEN ts END", ", MAX(last_sale_ts) AS last_sale_ts") \
        if latest else ("NULL", "NULL", "")
    return f"""SELECT customer_key, SUM(visits) AS visits, SUM(spend) AS spend, SUM(points) AS points,
                      SUM(stamps) AS stamps{last[2]}, SUM(sold) AS sold
               FROM (SELECT customer_key, visits, spend, points, stamps, {last[0]} AS last_sale_ts, sold FROM ({hours})
                     UNION ALL
                     SELECT k.key, {sign} * {net}, {sign} * CASE WHEN kind IN ('sale', 'refund') THEN amount
                                                          ELSE 0 END,
                            {sign} * e.points, {sign} * e.stamps, {last[1]}, {int(sign > 0)} * (kind = 'sale')
                     FROM events e JOIN balances k ON k.customer_id = e.customer_id
                     WHERE kind IN ({_BALANCE_KINDS}) AND ts >= {low} AND ts < {high}
                       AND e.customer_id IS NOT NULL AND (kind IN ('sale', 'refund') OR e.points != 0 OR e.stamps != 0))
               GROUP BY customer_key"""


def hourly_later(db: sqlite_utils.Database, end: datetime, until_mark: int | None = None) -> str | None:
    """Per customer, what changed their balance at or after ``end``, from the hourly projection: the hours
    from ``:end_hour`` on (the hour ``end`` lies in), less the events of that hour before ``end``
    (``:end_floor`` up to ``:end``) when ``end`` is not a whole UTC hour. ``until_mark``: only what changed
    before that mark (``:mark``). Customers by their key: ``customer_key``."""
    end_hour = floor_hour(end)
    if until_mark is not None:
        sql = hours_between(":end_hour", ":mark", hours_in(db, end_hour, until_mark))
    else:
        hint, hour = hours_in(db, end_hour, None)
        # ``sold`` counts the hours with a sale, read as a flag: cheaper than MAX(last_sale IS NOT NULL).
        sql = f"""SELECT customer_key, SUM(visits) AS visits, SUM(spend) AS spend, SUM(points) AS points,
                      SUM(stamps) AS stamps, COUNT(last_sale) AS sold
               FROM customer_hours {hint} WHERE {hour} >= :end_hour GROUP BY customer_key"""
    return sql if hour_of(end) is not None else with_split_hour(sql, ":end_floor", ":end", -1)


def _later(later_sales: str | None, hourly: str | None = None) -> str:
    """CTEs ``later`` (per customer, what changed their balance at or after ``:end``) and ``erased``, both
    naming customers by their key (``customer_key``, ``balances.key``).

    ``hourly`` (from ``hourly_later``) gives ``later`` whole. Otherwise ``later_sales`` selects
    (customer_id, visits, spend, points, stamps, sold) for sales and refunds; by default from the ledger,
    or from ``sales.scan_sales_events``'s table when the caller has it.
    """
    if hourly:
        return f"""
    later AS MATERIALIZED ({hourly}),{_ERASED}"""
    return f"""
    later AS MATERIALIZED (
      SELECT k.key AS customer_key, SUM(x.visits) AS visits, SUM(x.spend) AS spend, SUM(x.points) AS points,
             SUM(x.stamps) AS stamps, MAX(x.sold) AS sold
      FROM (SELECT customer_id, visits, spend, points, stamps, sold FROM ({later_sales or _EVENTS_LATER_SALES})
            UNION ALL
            SELECT customer_id, 0, 0, points, stamps, 0
            FROM events WHERE kind IN ({_OTHER_BALANCE_KINDS}) AND ts >= :end AND customer_id IS NOT NULL) x
      JOIN balances k ON k.customer_id = x.customer_id
      GROUP BY k.key),{_ERASED}"""


# The erased customers' keys (an erasure is an event with its customer: it has a balance).
_ERASED = """
    erased AS MATERIALIZED (SELECT k.key AS customer_key FROM events e JOIN balances k ON k.customer_id = e.customer_id
                            WHERE e.kind = 'customer_erased')"""


# A customer's balance as of :end, for a customer in ``later``: the later changes taken back out, the
# last visit from the ledger's (customer, kind, time) index when they bought something since.
_LAST_SALE_EVENTS = ("SELECT MAX(e.ts) FROM events e WHERE e.customer_id = b.customer_id AND e.kind = 'sale' "
                     "AND e.ts < :end")
# The same from the hourly projection (the hours before :end_hour, the hour :end lies in): one seek, where
# the events' index walks all the customer's earlier sales.
_LAST_SALE_HOURLY = f"""SELECT {sale_ts("h.hour", "h.last_sale")} FROM customer_hours h
                          WHERE h.customer_key = b.key AND h.hour < :end_hour AND h.last_sale IS NOT NULL
                          ORDER BY h.hour DESC LIMIT 1"""
# When :end is not a whole hour: the latest sale of its hour before it, else the hours' (a range of the
# ledger's (customer, time) index).
_LAST_SALE_SPLIT = f"""COALESCE((SELECT MAX(e.ts) FROM events e WHERE e.customer_id = b.customer_id
                                   AND e.ts >= :end_floor AND e.ts < :end AND e.kind = 'sale'),
                                ({_LAST_SALE_HOURLY}))"""


def _adjusted(hourly: bool, named: bool = False, split: bool = False) -> str:
    """The columns of a customer's state at ``:end`` (balances ``b``, later changes ``l``); ``split``: the
    end is not a whole hour."""
    last = (_LAST_SALE_SPLIT if split else _LAST_SALE_HOURLY) if hourly else _LAST_SALE_EVENTS
    names = (" AS a_last", " AS a_first", " AS a_visits", " AS a_spend", " AS a_points", " AS a_stamps") if named \
        else ("",) * 6
    return f"""CASE WHEN COALESCE(l.sold, 0) THEN ({last}) ELSE b.last_visit_ts END{names[0]},
               b.first_visit_ts{names[1]}, b.visits - COALESCE(l.visits, 0){names[2]},
               b.spend - COALESCE(l.spend, 0){names[3]}, b.points - COALESCE(l.points, 0){names[4]},
               b.stamps - COALESCE(l.stamps, 0){names[5]}"""


def asof_at(db: sqlite_utils.Database, end: datetime, only: str = "", materialized: bool = False) -> str:
    """``_asof`` for ``end`` from the hourly projection (with the events of a split hour at ``end``)."""
    return _asof(hourly=hourly_later(db, end), only=only, materialized=materialized, split=hour_of(end) is None)


def _asof(later_sales: str | None = None, hourly: str | None = None, only: str = "",
          materialized: bool = False, split: bool = False) -> str:
    """CTEs ending in ``asof``: every customer with a balance, as of the instant ``:end``.

    The balances hold the all-time sums. Customers untouched since the end are taken as they are; the
    few touched since (``later``) are adjusted. ``erased`` is the customer's state now: an erased
    customer can no longer be contacted, whatever the period. ``only``: a condition on ``b`` that picks
    a few customers (``AND b.customer_id IN ...``), so the others' state is never computed.
    ``materialized``: for a caller that reads ``asof`` more than once.
    """
    # One SELECT, not the untouched UNION ALL the touched: a UNION ALL hands every row over through a
    # co-routine, which costs more than the lookup in ``later`` (untouched customers find nothing there).
    return f"""{_later(later_sales, hourly)},
    asof (customer_key, customer_id, erased, last_ts, first_ts, visits, spend, points, stamps) AS {
        "MATERIALIZED" * materialized} (
      SELECT b.key, b.customer_id, b.key IN erased, {_adjusted(bool(hourly), split=split)}
      FROM balances b LEFT JOIN later l ON l.customer_key = b.key WHERE true {only})"""


def _silence_params(end: datetime, thresholds: Thresholds) -> dict[str, str | int | None]:
    """Last-visit cut-offs in calendar days of the shop's zone (terminal/stats/silence.py): before
    ``lapsed_before`` is silent more than ``lapsed_days`` (lapsed), from it up to ``risk_before`` more
    than ``at_risk_days`` (at risk). ``silence_day``: the period's last day as a day number."""
    return {"end": iso(end), "end_hour": floor_hour(end), "end_floor": hour_start(floor_hour(end)),
            "silence_day": day_number(as_of_day(end)),
            "lapsed_before": iso(silent_since(end, thresholds.lapsed_days + 1)),
            "risk_before": iso(silent_since(end, thresholds.at_risk_days + 1))}


def shop_days(db: sqlite_utils.Database, end: datetime) -> DaySql:
    """The shop-zone day of a visit in SQL, exact from the shop's first visit to ``end``."""
    return DaySql(end, db.execute("SELECT MIN(first_visit_ts) FROM balances").fetchone()[0])


def _overdue(day: DaySql) -> str:
    """Silence more than twice the usual gap, (day of last visit − day of first) / (visits − 1), all in
    calendar days; two visits on one day show no rhythm yet; lapsed customers are on their own list.

    In whole numbers, with L the last day, l and f the visits' days, v the visits and g = l − f:
    (L − l)(v − 1) > 2g, that is g(v + 1) < (L − f)(v − 1), so g lies between 1 and
    ((L − f)(v − 1) − 1) / (v + 1). BETWEEN computes g once: three day numbers per customer, not five."""
    last, first = day("s.last_ts"), day("s.first_ts")
    return f"""CASE WHEN s.visits >= 2 AND s.last_ts >= :lapsed_before
     THEN ({last} - {first}) BETWEEN 1 AND ((:silence_day - {first}) * (s.visits - 1) - 1) / (s.visits + 1)
     ELSE 0 END"""


_AT_RISK = "s.last_ts < :risk_before AND s.last_ts >= :lapsed_before"
_LAPSED = "s.last_ts < :lapsed_before"
_OVERDRAWN = "(s.points < 0 OR s.stamps < 0)"


@dataclass(frozen=True)
class CustomerTotals:
    clv_spend: int  # net spend of customers with a net sale, erased ones included
    clv_customers: int
    outstanding_points: int  # positive point balances of customers not erased: what the shop owes
    overdrawn: int  # points or stamps below zero, after offline redemptions on two terminals synced
    at_risk: int
    lapsed: int
    overdue: int


def _measures(day: DaySql) -> tuple[str, ...]:
    return ("CASE WHEN s.visits > 0 THEN s.spend ELSE 0 END", "s.visits > 0",
            "CASE WHEN NOT s.erased AND s.points > 0 THEN s.points ELSE 0 END",
            f"NOT s.erased AND {_OVERDRAWN}", f"NOT s.erased AND {_AT_RISK}", f"NOT s.erased AND {_LAPSED}",
            f"CASE WHEN s.erased THEN 0 ELSE {_overdue(day)} END")


# Above this share of recent rows (see ``hourly.recent_share``) the one pass beats the correction
# (measured on tests/bench/bench_stats.py's shop: a previous period ending 90 days ago or more).
_ONE_PASS_SHARE = 0.07


class Start(StrEnum):
    """Where a customer's state at an end is computed from (see ``start_for``)."""

    BALANCES = "balances"  # now, with what changed since the end taken back out
    MARK_BEFORE = "mark_before"  # the latest mark before the end, with what changed in between added
    MARK_AFTER = "mark_after"  # the first mark after the end, with what changed in between taken back out


def start_for(db: sqlite_utils.Database, end_hour: int) -> tuple[Start, int | None]:
    """The start nearest to the end, counted in hours with sales between them (terminal/marks.py): the
    balances for a recent end, a mark for one long ago."""
    before = marks.latest_before(db, end_hour)
    after = marks.earliest_after(db, end_hour)
    added, taken, since = db.execute(
        "SELECT COALESCE(SUM(hour < :end), 0), COALESCE(SUM(hour >= :end AND hour < :after), 0), "
        "COALESCE(SUM(hour >= :end), 0) FROM shop_hours WHERE hour >= :before",
        {"end": end_hour, "before": end_hour if before is None else before,
         "after": end_hour if after is None else after}).fetchone()
    choices: list[tuple[int, int, Start, int | None]] = [(since, 2, Start.BALANCES, None)]
    if before is not None:
        choices.append((added, 0, Start.MARK_BEFORE, before))
    if after is not None:
        choices.append((taken, 1, Start.MARK_AFTER, after))
    _, _, start, mark = min(choices, key=lambda choice: choice[:2])
    return start, mark


# A mark's rows under the balances' column names (``:mark``, its instant ``:mark_ts``). The first sale before
# the mark is the customer's first sale ever when that lies before it (terminal/marks.py): a join in key
# order, read once a row (a lookup in the overdue measure would run once for each use of the day there).
_MARK_AS_BALANCES = f"""(SELECT m.customer_key AS key, f.customer_id,
                               CASE WHEN f.first_visit_ts < :mark_ts THEN f.first_visit_ts END AS first_visit_ts,
                               m.last_sale_ts AS last_visit_ts, m.visits, m.spend, m.points, m.stamps
                        FROM customer_marks m LEFT JOIN balances f ON f.key = m.customer_key
                        WHERE {marks.AT_MARK})"""


def _totals_from_mark(db: sqlite_utils.Database, mark: int, params: dict, day: DaySql,
                      split: bool) -> CustomerTotals:
    """The totals at ``:end`` from the mark's rows as they are (one range of ``customer_marks``), corrected
    for the customers whose balance moved between the mark and the end (the hours up to the end's hour and,
    ``split``, that hour's events before the end), and for the erased."""
    measures = ", ".join(f"COALESCE(SUM(s.sign * ({m})), 0)" for m in _measures(day))
    mark_ts = marks.mark_ts(mark)
    delta = hours_between(":mark", ":end_hour", hours_in(db, mark, params["end_hour"]))
    if split:
        delta = with_split_hour(delta, ":end_floor", ":end", 1, latest=True)
    correction = db.execute(
        f"""WITH {_ERASED},
            delta AS MATERIALIZED ({delta}),
            touched AS MATERIALIZED (SELECT customer_key FROM delta UNION SELECT customer_key FROM erased),
            pairs AS MATERIALIZED (
              SELECT m.customer_key IS NOT NULL AS marked, t.customer_key IN erased AS erased,
                     CASE WHEN f.first_visit_ts < :mark_ts THEN f.first_visit_ts END AS first_ts,
                     m.last_sale_ts AS last_ts, m.visits, m.spend, m.points, m.stamps,
                     CASE WHEN f.first_visit_ts < :mark_ts OR d.last_sale_ts IS NOT NULL THEN f.first_visit_ts END
                       AS a_first,
                     CASE WHEN m.last_sale_ts IS NULL OR d.last_sale_ts > m.last_sale_ts
                          THEN COALESCE(d.last_sale_ts, m.last_sale_ts) ELSE m.last_sale_ts END AS a_last,
                     COALESCE(m.visits, 0) + COALESCE(d.visits, 0) AS a_visits,
                     COALESCE(m.spend, 0) + COALESCE(d.spend, 0) AS a_spend,
                     COALESCE(m.points, 0) + COALESCE(d.points, 0) AS a_points,
                     COALESCE(m.stamps, 0) + COALESCE(d.stamps, 0) AS a_stamps
              FROM touched t LEFT JOIN customer_marks m ON m.customer_key = t.customer_key AND {marks.AT_MARK}
                   LEFT JOIN delta d ON d.customer_key = t.customer_key
                   LEFT JOIN balances f ON f.key = t.customer_key),
            signed AS (
              SELECT -1 AS sign, 0 AS erased, first_ts, last_ts, visits, spend, points, stamps FROM pairs WHERE marked
              UNION ALL
              SELECT 1, erased, a_first, a_last, a_visits, a_spend, a_points, a_stamps FROM pairs)
            SELECT {measures} FROM signed s""", {**params, "mark": mark, "mark_ts": mark_ts}).fetchone()
    # The plain sums in a statement of their own: through the UNION ALL above, each of the mark's rows
    # would cost a co-routine hand-over (a third more time).
    sums = ", ".join(f"COALESCE(SUM({m}), 0)" for m in _measures(day))
    plain = db.execute(f"SELECT {sums} FROM (SELECT 0 AS erased, first_visit_ts AS first_ts, last_visit_ts AS last_ts, "
                       f"visits, spend, points, stamps FROM {_MARK_AS_BALANCES}) s",
                       {**params, "mark": mark, "mark_ts": mark_ts}).fetchone()
    return CustomerTotals(*(a + b for a, b in zip(plain, correction, strict=True)))


def customer_totals(db: sqlite_utils.Database, end: datetime, thresholds: Thresholds,
                    later_sales: str | None = None) -> CustomerTotals:
    """Lifetime value, liability and the list sizes as of ``end``."""
    return customer_totals_at(db, [(end, later_sales)], thresholds)[0]


def customer_totals_at(db: sqlite_utils.Database, ends: Sequence[tuple[datetime, str | None]],
                       thresholds: Thresholds) -> list[CustomerTotals]:
    """``customer_totals`` for several ends (each with its ``later_sales``).

    Each end starts from what ``start_for`` finds nearest. From the balances (a recent end): every sum
    runs over the balances as they are (one plain scan, shared by all such ends), then the customers
    touched since and the erased are taken out as they are and put back in as they were at the end (a
    small correction). From a mark: the same over the mark's rows, with the hours between the mark and
    the end added or taken back out. Without marks and with many customers touched since (an end long
    ago), one pass over the balances with the touched adjusted costs less than the correction.
    """
    out: list[CustomerTotals | None] = [None] * len(ends)
    corrected = []
    for index, (end, later_sales) in enumerate(ends):
        params = _silence_params(end, thresholds)
        measures = _measures(shop_days(db, end))
        sums = ", ".join(f"COALESCE(SUM({m}), 0)" for m in measures)
        hourly = hourly_later(db, end)
        split = hour_of(end) is None  # then the end's hour is read from the events up to the end
        start, mark = start_for(db, cast(int, params["end_hour"])) if hourly else (Start.BALANCES, None)
        if start is Start.MARK_BEFORE and mark is not None:
            out[index] = _totals_from_mark(db, mark, params, shop_days(db, end), split)
            continue
        base = "balances"
        if start is Start.MARK_AFTER:
            params["mark"] = mark
            params["mark_ts"] = marks.mark_ts(cast(int, mark))
            hourly = hourly_later(db, end, until_mark=cast(int, mark))
            base = _MARK_AS_BALANCES
        touched = f"""{_later(later_sales, hourly)},
            touched AS MATERIALIZED (
              SELECT customer_key, visits, spend, points, stamps, sold FROM later
              UNION ALL
              SELECT DISTINCT customer_key, 0, 0, 0, 0, 0 FROM erased
              WHERE customer_key NOT IN (SELECT customer_key FROM later))"""
        if start is Start.BALANCES and hourly and recent_share(db, cast(int, params["end_hour"])) >= _ONE_PASS_SHARE:
            out[index] = CustomerTotals(*db.execute(
                f"""WITH {touched},
                    s AS (
                      SELECT 0 AS erased, last_visit_ts AS last_ts, first_visit_ts AS first_ts, visits, spend, points,
                             stamps
                      FROM balances WHERE key NOT IN (SELECT customer_key FROM touched)
                      UNION ALL
                      SELECT l.customer_key IN erased, {_adjusted(True, split=split)}
                      FROM touched l JOIN balances b ON b.key = l.customer_key)
                    SELECT {sums} FROM s""", params).fetchone())
            continue
        correction = db.execute(
            f"""WITH {touched},
                pairs AS MATERIALIZED (
                  SELECT l.customer_key IN erased AS erased, b.last_visit_ts AS last_ts, b.first_visit_ts AS first_ts,
                         b.visits, b.spend, b.points, b.stamps, {_adjusted(bool(hourly), named=True, split=split)}
                  FROM touched l JOIN {base} b ON b.key = l.customer_key),
                signed AS (
                  SELECT -1 AS sign, 0 AS erased, last_ts, first_ts, visits, spend, points, stamps FROM pairs
                  UNION ALL
                  SELECT 1, erased, a_last, a_first, a_visits, a_spend, a_points, a_stamps FROM pairs)
                SELECT {", ".join(f"COALESCE(SUM(s.sign * ({m})), 0)" for m in measures)} FROM signed s""",
            params).fetchone()
        if start is Start.MARK_AFTER:
            plain = db.execute(f"SELECT {sums} FROM (SELECT 0 AS erased, last_visit_ts AS last_ts, "
                               f"first_visit_ts AS first_ts, visits, spend, points, stamps FROM {base}) s",
                               params).fetchone()
            out[index] = CustomerTotals(*(a + b for a, b in zip(plain, correction, strict=True)))
            continue
        corrected.append((index, params, measures, correction))
    if corrected:
        # One plain scan for every corrected end: each end's measures with its own parameters (renamed
        # by name only: the measures hold time literals whose colons are no parameters).
        columns, params = [], {}
        for index, end_params, measures, _ in corrected:
            def rename(found: re.Match[str], index: int = index, names: dict = end_params) -> str:
                return f":{found[1]}_{index}" if found[1] in names else found[0]

            columns += [re.sub(r":(\w+)", rename, f"COALESCE(SUM({m}), 0)") for m in measures]
            params |= {f"{name}_{index}": value for name, value in end_params.items()}
        plain = db.execute(
            f"""SELECT {", ".join(columns)}
                FROM (SELECT 0 AS erased, last_visit_ts AS last_ts, first_visit_ts AS first_ts, visits, spend, points,
                             stamps FROM balances) s""", params).fetchone()
        width = len(corrected[0][2])
        for number, (index, _, _, correction) in enumerate(corrected):
            mine = plain[number * width:(number + 1) * width]
            out[index] = CustomerTotals(*(a + b for a, b in zip(mine, correction, strict=True)))
    return [totals for totals in out if totals is not None]


def _list_where(which: ListName, day: DaySql) -> str:
    return {ListName.AT_RISK: _AT_RISK, ListName.LAPSED: _LAPSED, ListName.OVERDRAWN: _OVERDRAWN}.get(which) \
        or _overdue(day)


def _list_select(which: ListName, day: DaySql) -> str:
    order = "MIN(s.points, s.stamps), s.customer_id" if which is ListName.OVERDRAWN else "s.last_ts, s.customer_id"
    return f"""SELECT * FROM (
                 SELECT '{which.value}', s.customer_id, c.name, c.phone, c.email, c.consent, s.last_ts, s.first_ts,
                        s.visits, s.spend, s.points FROM asof s JOIN customers c ON c.id = s.customer_id
                 WHERE NOT s.erased AND ({_list_where(which, day)}) ORDER BY {order} LIMIT :limit)"""


def all_lists(db: sqlite_utils.Database, end: datetime, thresholds: Thresholds,
              limit: int | None = 200) -> dict[ListName, list[CustomerRow]]:
    """Every list at once, over one computation of the customers' state: longest silent first
    (overdrawn: most overdrawn first)."""
    asof = asof_at(db, end, materialized=True)
    day = shop_days(db, end)
    sql = f"WITH {asof} " + " UNION ALL ".join(
        _list_select(which, day) for which in SILENCE_LISTS)
    lists: dict[ListName, list[CustomerRow]] = {which: [] for which in SILENCE_LISTS}
    for row in db.execute(sql, {**_silence_params(end, thresholds), "limit": -1 if limit is None else limit}):
        lists[ListName(row[0])].append(_row(row[1:], end))
    return lists


def list_rows(db: sqlite_utils.Database, which: ListName, end: datetime, thresholds: Thresholds,
              limit: int | None = 200) -> list[CustomerRow]:
    """The customers of one list (for its CSV export, usually without a limit)."""
    rows = db.execute(f"WITH {asof_at(db, end)} {_list_select(which, shop_days(db, end))}",
                      {**_silence_params(end, thresholds), "limit": -1 if limit is None else limit}).fetchall()
    return [_row(r[1:], end) for r in rows]


def _row(r: tuple, end: datetime) -> CustomerRow:
    """A list's line, with the silence and the usual gap in calendar days of the shop's zone."""
    customer_id, name, phone, email, consent, last_ts, first_ts, visits, spend, points = r
    last = parse_iso(last_ts) if last_ts else None
    silent = days_silent(last, end) if last else None
    gap = usual_gap(parse_iso(first_ts), last, visits, zone_of(end)) if last and first_ts and visits >= 2 else None
    return CustomerRow(customer_id, name or "", phone or "" if consent else "", email or "" if consent else "",
                       bool(consent), last, silent, gap, visits, spend, points)

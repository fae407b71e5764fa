"""Segments: new, VIP, regular, at risk, lapsed — counts and members, as of the period's end.

VIP needs every customer's 12-month spend: their spend at the end less their spend at the year's
start, which the mark nearest that start holds (terminal/marks.py); without one, a year of sales is
summed. The dashboard computes the segments after the period's numbers are on screen.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import cast

import sqlite_utils

from terminal.clock import iso
from terminal.hourly import floor_hour, hour_of, hour_start, hours_in
from terminal.stats.customers import (
    SILENCE_LISTS,
    CustomerRow,
    ListName,
    Segment,
    Start,
    Thresholds,
    _row,
    _silence_params,
    asof_at,
    hourly_later,
    hours_between,
    list_rows,
    start_for,
    with_split_hour,
)
from terminal.stats.period import Period


def _year_spend_walked(end: datetime, hourly: bool) -> tuple[str, str, dict]:
    """Each customer's net spend in the 365 days before ``end``, summed from the hourly projection
    (in customer order; a bound that is not a whole UTC hour with its hour's events before it taken
    back out at the start and added at the end) or, not ``hourly`` (tests), from the events: (column,
    CTE, parameters) as ``_year_spend_from_mark`` gives them."""
    start = end - timedelta(days=365)
    hours = [hour_of(start), hour_of(end)]
    bounds: dict[str, int | str | None]
    if hourly and None not in hours:
        cte = """,
    year AS MATERIALIZED (SELECT customer_key, SUM(spend) AS spend FROM customer_hours
                          WHERE +hour >= :year_low AND +hour < :year_high GROUP BY customer_key)"""
        bounds = {"year_low": hours[0], "year_high": hours[1]}
    elif hourly:
        year = hours_between(":year_low", ":year_high", ("", "+hour"))
        if hours[0] is None:
            year = with_split_hour(year, ":year_low_floor", ":year_low_ts", -1)
        if hours[1] is None:
            year = with_split_hour(year, ":year_high_floor", ":year_high_ts", 1)
        cte = f""",
    year AS MATERIALIZED ({year})"""
        bounds = {"year_low": floor_hour(start), "year_high": floor_hour(end),
                  "year_low_floor": hour_start(floor_hour(start)), "year_low_ts": iso(start),
                  "year_high_floor": hour_start(floor_hour(end)), "year_high_ts": iso(end)}
    else:
        cte = """,
    year AS MATERIALIZED (SELECT customer_id, SUM(amount) AS spend FROM events
                          WHERE kind IN ('sale', 'refund') AND customer_id IS NOT NULL
                            AND ts >= :year_low AND ts < :year_high GROUP BY customer_id)"""
        bounds = {"year_low": iso(start), "year_high": iso(end)}
        return "COALESCE((SELECT y.spend FROM year y WHERE y.customer_id = s.customer_id), 0)", cte, bounds
    return "COALESCE((SELECT y.spend FROM year y WHERE y.customer_key = s.customer_key), 0)", cte, bounds


def _year_spend_from_mark(db: sqlite_utils.Database, end: datetime) -> tuple[str, str, dict] | None:
    """Each customer's net spend in the 365 days before ``end`` as their spend at ``end`` (``asof``'s
    ``s.spend``) less their spend at the year's start, read from the mark nearest that start (one
    seek per customer, where summing a year of ``customer_hours`` walks it all). Returns (column, CTE,
    parameters); None before the first mark.

    A year's start that is not a whole UTC hour is the hour it lies in (``year_start``) with that hour's
    events before it: added to the hours after a mark before it, taken back out of the hours before a
    mark after it."""
    moment = end - timedelta(days=365)
    year_start = floor_hour(moment)
    start, mark = start_for(db, year_start)
    if start is Start.BALANCES:
        return None
    # The hours between the mark and the year's start: added after a mark before it, taken back out
    # of a mark after it.
    sign, low, high = (1, mark, year_start) if start is Start.MARK_BEFORE else (-1, year_start, mark)
    gap = hours_between(":year_low", ":year_high", hours_in(db, cast(int, low), high))
    if hour_of(moment) is None:
        gap = with_split_hour(gap, ":year_floor", ":year_ts", sign)
    cte = f""",
    year_gap AS MATERIALIZED ({gap})"""
    # The customer's first stretch ending after the mark holds at it if it began by then (stretches follow
    # each other without a gap): one row read, where a customer new since would have their every row read.
    column = """s.spend
      - COALESCE((SELECT CASE WHEN m.since <= :year_mark THEN m.spend END FROM customer_marks m
                  WHERE m.customer_key = s.customer_key AND m.until > :year_mark ORDER BY m.until LIMIT 1), 0)
      - :year_sign * COALESCE((SELECT g.spend FROM year_gap g WHERE g.customer_key = s.customer_key), 0)"""
    return column, cte, {"year_mark": mark, "year_sign": sign, "year_low": low, "year_high": high,
                         "year_floor": hour_start(year_start), "year_ts": iso(moment)}


def segment_members(db: sqlite_utils.Database, period: Period, thresholds: Thresholds,
                    limit: int | None = None) -> tuple[dict[str, int], dict[ListName, list[str]]]:
    """Each live customer with a visit before the period's end in exactly one segment, first match wins:
    lapsed, at risk (by silence), new (first visit in the period), VIP (top share by 12-month net spend,
    ties included, or 12-month spend reaching the top tier's), regular (everyone else with a visit).

    Returns the counts, and the VIP (highest 12-month spend first) and new (latest first) members, at
    most ``limit`` of each.
    """
    end = period.end()
    hourly = hourly_later(db, end) is not None  # (not in tests that read the events alone)
    column, cte, year_params = (hourly and _year_spend_from_mark(db, end)) or _year_spend_walked(end, hourly)
    # The live customers with their segment by silence and first visit (NULL: VIP or regular) and their
    # 12-month spend, in a temporary table that the counts and lists below read. Its writes get their
    # own committed transaction (see ``sales.scan_sales_events``).
    with db.atomic():
        db.execute("DROP TABLE IF EXISTS temp.stats_live")
        db.execute(
            f"""CREATE TEMP TABLE stats_live AS
                WITH {asof_at(db, end)}{cte}
                SELECT CASE WHEN s.last_ts < :lapsed_before THEN 'lapsed'
                            WHEN s.last_ts < :risk_before THEN 'at_risk'
                            WHEN s.first_ts >= :start THEN 'new' END AS segment,
                       s.customer_id, s.first_ts, {column} AS spend
                FROM asof s WHERE s.last_ts IS NOT NULL AND NOT s.erased""",
            {**_silence_params(end, thresholds), "start": period.bounds()[0], **year_params})
    threshold = _vip_threshold(db, thresholds)
    counts = {segment.value: 0 for segment in Segment}
    for segment, count in db.execute(
            "SELECT COALESCE(segment, CASE WHEN spend >= :t THEN 'vip' ELSE 'regular' END), COUNT(*) "
            "FROM temp.stats_live GROUP BY 1", {"t": threshold}):
        counts[segment] = count
    wanted = -1 if limit is None else limit
    vip = [row[0] for row in db.execute(
        "SELECT customer_id FROM temp.stats_live WHERE segment IS NULL AND spend >= ? "
        "ORDER BY spend DESC, customer_id LIMIT ?", [threshold, wanted])]
    new = [row[0] for row in db.execute(
        "SELECT customer_id FROM temp.stats_live WHERE segment = 'new' ORDER BY first_ts DESC, customer_id DESC "
        "LIMIT ?", [wanted])]
    return counts, {ListName.VIP: vip, ListName.NEW: new}


def _vip_threshold(db: sqlite_utils.Database, thresholds: Thresholds) -> int | None:
    """The 12-month spend that makes a VIP: that of the customer at the top ``vip_share`` (at least one,
    ties included) of those with a positive spend, or the top tier's spend if lower."""
    positive = db.execute("SELECT COUNT(*) FROM temp.stats_live WHERE spend > 0").fetchone()[0]
    if not positive:
        return None
    place = min(max(1, int(positive * thresholds.vip_share + 0.5)), positive)
    cut = db.execute("SELECT spend FROM temp.stats_live WHERE spend > 0 ORDER BY spend DESC LIMIT 1 OFFSET ?",
                     [place - 1]).fetchone()[0]
    return min(cut, thresholds.top_tier_spend) if thresholds.top_tier_spend else cut


def segment_counts(db: sqlite_utils.Database, period: Period, thresholds: Thresholds) -> dict[str, int]:
    return segment_members(db, period, thresholds, limit=0)[0]


def member_rows(db: sqlite_utils.Database, ids: list[str], end: datetime, thresholds: Thresholds,
                limit: int | None = 200) -> list[CustomerRow]:
    """Rows for the given customers, in the order given (a segment's members)."""
    chosen = ids if limit is None else ids[:limit]
    found = {r[0]: r for r in db.execute(
        f"""WITH {asof_at(db, end, only="AND b.customer_id IN (SELECT value FROM json_each(:ids))")}
            SELECT s.customer_id, c.name, c.phone, c.email, c.consent, s.last_ts, s.first_ts, s.visits, s.spend,
                   s.points FROM asof s JOIN customers c ON c.id = s.customer_id""",
        {**_silence_params(end, thresholds), "ids": json.dumps(chosen)})}
    return [_row(found[c], end) for c in chosen if c in found]


def export_rows(db: sqlite_utils.Database, which: ListName, period: Period,
                thresholds: Thresholds) -> list[CustomerRow]:
    """Every customer of one list or segment, for its CSV (a win-back or thank-you campaign)."""
    if which in SILENCE_LISTS:
        return list_rows(db, which, period.end(), thresholds, None)
    return member_rows(db, segment_members(db, period, thresholds)[1][which], period.end(), thresholds, None)

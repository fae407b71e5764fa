"""The end-of-shift report: per staff member and for the day, what was sold, given, taken back and corrected.

Read from the ledger alone: each event's ``by`` (see :class:`terminal.writer.EventWriter`) says who
made it; events made with no one signed in (single-PIN mode, imports, the hub's feedback page) fall
under "no one signed in". For each person and for the whole day: sales (count and amount), stamps and
points given (sales and bonuses), rewards redeemed, refunds (count and amount), every manual
adjustment with its reason, and the anomalies an owner looks for:

- the same customer sold to several times within ``repeat_minutes`` (a card scanned again and again);
- stamps given by anything other than a sale;
- a manual adjustment of ``big_adjustment`` points or more, either way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlite_utils

from terminal.clock import iso, parse_iso
from terminal.ledger import Kind
from terminal.staff import members

NOBODY = ""  # the key of events made with no one signed in
REPEAT_MINUTES = 10
BIG_ADJUSTMENT = 100


@dataclass
class Adjustment:
    time: str
    customer_id: str | None
    points: int
    reason: str


@dataclass
class Anomaly:
    time: str
    what: str  # "repeat_sale", "stamps_without_sale", "big_adjustment"
    customer_id: str | None
    detail: str  # in English, for the JSON and the log; paper and screen say it from the fields below
    count: int = 0  # minutes since the last sale, points adjusted, or stamps given
    cause: str = ""  # stamps without a sale: the event kind that gave them


@dataclass
class ShiftFigures:
    staff_id: str
    name: str
    sales: int = 0
    sales_amount: int = 0  # minor units
    stamps_given: int = 0
    points_given: int = 0
    rewards_redeemed: int = 0
    refunds: int = 0
    refunds_amount: int = 0  # minor units, positive
    adjustments: list[Adjustment] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Nothing for the report (a member who only changed settings, say)."""
        return not (self.sales or self.refunds or self.stamps_given or self.points_given or self.rewards_redeemed
                    or self.adjustments or self.anomalies)

    def add(self, other: ShiftFigures) -> None:
        for name in ("sales", "sales_amount", "stamps_given", "points_given", "rewards_redeemed", "refunds",
                     "refunds_amount"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.adjustments += other.adjustments
        self.anomalies += other.anomalies


@dataclass
class ShiftReport:
    day: date
    time_zone: str
    people: list[ShiftFigures]
    total: ShiftFigures

    def to_json(self) -> dict[str, Any]:
        from dataclasses import asdict

        return {"day": self.day.isoformat(), "time_zone": self.time_zone,
                "people": [asdict(p) for p in self.people], "total": asdict(self.total)}


def shift_report(db: sqlite_utils.Database, day: date, time_zone: str, *, repeat_minutes: int = REPEAT_MINUTES,
                 big_adjustment: int = BIG_ADJUSTMENT) -> ShiftReport:
    zone = ZoneInfo(time_zone)
    start, end = (iso(datetime.combine(d, time(0), tzinfo=zone)) for d in (day, day + timedelta(days=1)))
    names = {m.id: m.name for m in members(db)}
    people: dict[str, ShiftFigures] = {}
    last_sale: dict[str, str] = {}  # customer -> time of their previous sale today
    rows = db.execute("SELECT ts, kind, customer_id, stamps, points, amount, body FROM events "
                      "WHERE ts >= ? AND ts < ? ORDER BY ts, seq", [start, end])
    for ts, kind, customer_id, stamps, points, amount, body_text in rows:
        body = json.loads(body_text)
        who = str(body.get("by") or NOBODY)
        figures = people.get(who)
        if figures is None:
            figures = people[who] = ShiftFigures(who, names.get(who, "") if who else "")
        if kind == Kind.SALE:
            figures.sales += 1
            figures.sales_amount += amount
            if customer_id:
                previous = last_sale.get(customer_id)
                if previous and (parse_iso(ts) - parse_iso(previous)).total_seconds() < repeat_minutes * 60:
                    figures.anomalies.append(Anomaly(ts, "repeat_sale", customer_id,
                                                     f"another sale {_minutes(previous, ts)} min after the last",
                                                     _minutes(previous, ts)))
                last_sale[customer_id] = ts
        elif kind == Kind.REFUND:
            figures.refunds += 1
            figures.refunds_amount += -amount
        elif kind == Kind.REWARD_REDEEMED:
            figures.rewards_redeemed += 1
        elif kind == Kind.POINTS_ADJUSTED:
            figures.adjustments.append(Adjustment(ts, customer_id, points, str(body.get("reason", ""))))
            if abs(points) >= big_adjustment:
                figures.anomalies.append(Anomaly(ts, "big_adjustment", customer_id, f"{points:+d} points",
                                                     points))
        if kind in (Kind.SALE, Kind.WELCOME_BONUS, Kind.BIRTHDAY_BONUS):
            figures.stamps_given += max(stamps, 0)
            figures.points_given += max(points, 0)
        if stamps > 0 and kind != Kind.SALE:
            figures.anomalies.append(Anomaly(ts, "stamps_without_sale", customer_id, f"{stamps} stamps by {kind}",
                                                 stamps, kind))
    ordered = sorted((f for f in people.values() if not f.empty),
                     key=lambda f: (f.staff_id == NOBODY, f.name, f.staff_id))
    total = ShiftFigures("", "")
    for figures in ordered:
        total.add(figures)
    total.anomalies.sort(key=lambda a: a.time)
    total.adjustments.sort(key=lambda a: a.time)
    return ShiftReport(day, time_zone, ordered, total)


def _minutes(earlier: str, later: str) -> int:
    return int((parse_iso(later) - parse_iso(earlier)).total_seconds() // 60)

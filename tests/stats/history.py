"""A small shop history whose numbers are worked out by hand in test_numbers.py.

Shop time zone Europe/Budapest (UTC+1 until 29 March 2026). Amounts in cents.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import sqlite_utils

from terminal.clock import FixedClock, iso, to_ms
from terminal.counter import Counter
from terminal.ids import uuid7
from terminal.ledger import Event, Kind, append

ZONE = ZoneInfo("Europe/Budapest")


def local(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=ZONE).astimezone(UTC)


@dataclass
class History:
    counter: Counter
    clock: FixedClock
    ids: dict[str, str]

    def at(self, moment: datetime) -> Counter:
        self.clock.current = moment
        return self.counter

    def sale(self, who: str | None, amount: int, moment: datetime) -> str:
        return self.at(moment).record_sale(self.ids[who] if who else None, amount).sale.id

    def rate(self, sale_id: str, scale: str, score: int, moment: datetime, comment: str = "",
             who: str | None = None) -> None:
        self.clock.current = moment
        event = Event(id=uuid7(to_ms(moment)), terminal_id="T", ts=iso(moment), hlc=self.counter.hlc.tick(),
                      kind=Kind.RATING, customer_id=self.ids[who] if who else None, ref_id=sale_id,
                      body={"score": score, "scale": scale, "reason": "service", "comment": comment})
        with self.counter.db.atomic():
            append(self.counter.db, event)


def build(db: sqlite_utils.Database) -> History:
    clock = FixedClock(local(2025, 11, 20, 9))
    h = History(Counter(db, clock=clock), clock, {})
    enrol = {"cili": (local(2025, 11, 20, 9), "Cili Cukor", "+36 1 111 1111", True),
             "dora": (local(2025, 12, 20, 9), "Dora Dio", "+36 1 222 2222", False),
             "anna": (local(2026, 1, 10, 9), "Anna Alma", "+36 1 333 3333", True),
             "bela": (local(2026, 2, 25, 9), "Bela Barack", "+36 1 444 4444", True),
             "ede": (local(2026, 3, 6, 9), "Ede Eper", "+36 1 555 5555", True)}
    for key, (moment, name, phone, consent) in enrol.items():
        h.ids[key] = h.at(moment).enrol(name, phone=phone, consent=consent).customer.id
    h.sale("cili", 800, local(2025, 11, 20))
    h.sale("cili", 800, local(2025, 12, 1))
    h.sale("dora", 700, local(2025, 12, 20))
    h.sale("dora", 900, local(2026, 1, 5))
    h.sale("anna", 500, local(2026, 1, 10))
    h.sale("anna", 400, local(2026, 2, 20))
    bela_feb = h.sale("bela", 1000, local(2026, 2, 25))
    h.rate(bela_feb, "nps", 10, local(2026, 2, 26), who="bela")
    h.rate(bela_feb, "nps", 0, local(2026, 3, 1), "second rating of the same visit: ignored", who="bela")
    anna_mar2 = h.sale("anna", 300, local(2026, 3, 2))
    h.rate(anna_mar2, "nps", 9, local(2026, 3, 2, 11), who="anna")
    h.rate(anna_mar2, "nps", 2, local(2026, 3, 2, 12), "duplicate: ignored", who="anna")
    bela_mar3 = h.sale("bela", 200, local(2026, 3, 3))
    h.rate(bela_mar3, "csat", 2, local(2026, 3, 3, 11), "cold coffee", who="bela")
    h.at(local(2026, 3, 4)).undo(bela_mar3)
    anna_mar5 = h.sale("anna", 600, local(2026, 3, 5))
    h.rate(anna_mar5, "nps", 6, local(2026, 3, 5, 11), "too slow", who="anna")
    ede_mar6 = h.sale("ede", 500, local(2026, 3, 6))
    h.rate(ede_mar6, "csat", 5, local(2026, 3, 6, 11), "lovely", who="ede")
    h.at(local(2026, 3, 7)).erase_customer(h.ids["ede"])
    h.sale(None, 150, local(2026, 3, 8))
    h.at(local(2026, 3, 9)).adjust_points(h.ids["anna"], 100, "goodwill")
    h.at(local(2026, 3, 9, 11)).redeem(h.ids["anna"], "pastry")
    h.at(local(2026, 3, 9, 12)).adjust_points(h.ids["cili"], -100, "correction", allow_below_zero=True)
    return h

"""A few months of a small café, for the owner's screenshot and UI tests: regulars, occasional
customers, some who stopped coming, ratings with comments, a refund, an overdrawn balance.

Deterministic (seeded), built through the counter service so every projection is the real one.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import sqlite_utils

from terminal.clock import FixedClock, iso, to_ms
from terminal.counter import Counter
from terminal.ids import uuid7
from terminal.ledger import Event, Kind, append

FIRST_NAMES = ("Anna", "Bence", "Csilla", "Dávid", "Eszter", "Ferenc", "Gabi", "Hanna", "István", "Judit",
               "Kata", "László", "Márta", "Noémi", "Olivér", "Péter", "Réka", "Sándor", "Tímea", "Zoltán")
LAST_NAMES = ("Kovács", "Szabó", "Tóth", "Nagy", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas")
COMMENTS = ("Coffee was cold", "Long queue this morning", "Croissants sold out again", "Music too loud",
            "Waited 10 minutes for a latte", "")
REASONS = ("taste", "speed", "friendliness", "price", "cleanliness")


def build_sample(db: sqlite_utils.Database, today: datetime, customers: int = 90, days: int = 120,
                 seed: int = 11) -> Counter:
    rng = random.Random(seed)
    db.execute("PRAGMA synchronous = OFF")  # sample data: durability does not matter, speed does
    start = today - timedelta(days=days)
    clock = FixedClock(start)
    counter = Counter(db, clock=clock)
    plans = []
    for number in range(customers):
        clock.current = start + timedelta(days=rng.uniform(0, days * 0.95), hours=8)
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        consent = rng.random() < 0.7
        who = counter.enrol(name, phone=f"+36 30 {rng.randrange(1000000, 9999999)}",
                            email=f"guest{number}@example.com" if consent else "", consent=consent).customer.id
        gap = rng.choice((2, 3, 5, 7, 10, 14, 21))
        stops = clock.current + timedelta(days=rng.uniform(20, days)) if rng.random() < 0.3 else today
        plans.append((who, clock.current, gap, stops))
    visits = []
    for who, joined, gap, stops in plans:
        moment = joined + timedelta(hours=1)
        while moment < min(stops, today):
            visits.append((moment.replace(hour=rng.randrange(7, 18), minute=rng.randrange(60)), who))
            moment += timedelta(days=max(1.0, rng.gauss(gap, gap / 3)))
    for day in range(days):
        for _ in range(rng.randrange(3, 9)):
            visits.append((start + timedelta(days=day, hours=rng.randrange(7, 18), minutes=rng.randrange(60)), None))
    visits.sort(key=lambda v: (v[0], v[1] or ""))
    sales = []
    for moment, who in visits:
        clock.current = moment
        sale = counter.record_sale(who, rng.randrange(90, 1800, 10)).sale
        sales.append(sale)
        if rng.random() < 0.3:
            nps = rng.random() < 0.75
            score = (min(10, max(0, int(rng.gauss(8.3, 1.8)))) if nps else min(5, max(1, int(rng.gauss(4.2, 0.9)))))
            low = score <= (6 if nps else 3)
            _rate(counter, clock, sale, "nps" if nps else "csat", score, rng.choice(REASONS),
                  rng.choice(COMMENTS) if low else "")
    clock.current = today - timedelta(days=3)
    counter.undo(sales[-40].id)
    overdrawn = plans[1][0]
    counter.adjust_points(overdrawn, -(counter.customer(overdrawn).points + 40), "two terminals redeemed offline")
    clock.current = today
    return counter


def _rate(counter: Counter, clock: FixedClock, sale: Event, scale: str, score: int, reason: str,
          comment: str) -> None:
    moment = clock.current + timedelta(minutes=2)
    event = Event(id=uuid7(to_ms(moment)), terminal_id=counter.terminal_id, ts=iso(moment), hlc=counter.hlc.tick(),
                  kind=Kind.RATING, customer_id=sale.customer_id, ref_id=sale.id,
                  body={"score": score, "scale": scale, "reason": reason, "comment": comment})
    with counter.db.atomic():
        append(counter.db, event)

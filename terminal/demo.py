"""Realistic demo history: a few hundred customers, months of visits, sales, rewards and ratings.

Deterministic for a given seed, written through the real counter service (so every balance is
what the rules give), in one transaction so it takes seconds, not minutes.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from terminal import campaigns, marks
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect, writing
from terminal.ledger import Kind
from terminal.shop import Shop

FIRST = ["Anna", "Bence", "Zsófia", "Dávid", "Réka", "Márton", "Olena", "Taras", "Iryna", "Emma", "Liam", "Noah",
         "Mia", "Léa", "Jonas", "Ágnes", "Péter", "Ödön", "Chloé", "Mateo", "Sofia", "Lukas", "Hanna", "Viktor"]
LAST = ["Kovács", "Nagy", "Szabó", "Tóth", "Horváth", "Шевченко", "Бондаренко", "Коваленко", "Smith", "Müller",
        "Dubois", "García", "Rossi", "Novák", "Őrsi", "Fekete", "Papp", "Weber", "Martin", "Bianchi"]
REASONS = ["service", "speed", "quality", "price", "atmosphere", "cleanliness"]
COMMENTS = {"low": ["Had to wait a long time", "Coffee was cold", "Table was sticky"],
            "high": ["Lovely staff!", "Best croissant in town", ""]}


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    sales: int
    redemptions: int
    ratings: int


def generate(folder: Path, customers: int = 300, months: int = 6, seed: int = 7,
             now: datetime | None = None, progress: Callable[[int, int], None] | None = None) -> DemoSummary:
    """Fill `folder`'s database with demo history ending at `now` (default: the present)."""
    rng = random.Random(seed)
    end = (now or datetime.now(UTC)).replace(microsecond=0)
    start = end - timedelta(days=30 * months)
    clock = FixedClock(start)
    db = connect(folder / "terminal.db")
    counter = Counter(db, clock=clock)
    db.execute("PRAGMA synchronous = OFF")  # demo data: speed over durability, restored below
    counter.save_settings(shop=Shop(name="Café Demo", address="Fő utca 1, Budapest", currency="EUR"))
    sales = redemptions = ratings = 0
    # Each customer: an enrolment day and a rhythm; some drift away (lapsed, at risk) on purpose.
    plans = []
    for index in range(customers):
        joined = start + timedelta(days=rng.uniform(0, 30 * months * 0.8))
        gap_days = rng.choice([1, 2, 3, 5, 7, 10, 14, 21, 30])
        stops = end - timedelta(days=rng.choice([0, 0, 0, 0, 30, 70, 100])) if index % 3 == 0 else end
        plans.append((joined, gap_days, stops))
    # Walk time forward, so every event is written at its own moment.
    moments = []
    for customer_index, (joined, gap_days, stops) in enumerate(plans):
        moments.append((joined, customer_index, "enrol"))
        visit = joined + timedelta(hours=rng.uniform(0.1, 2))
        while visit < stops:
            moments.append((visit, customer_index, "visit"))
            visit += timedelta(days=max(0.5, rng.gauss(gap_days, gap_days / 3)), minutes=rng.uniform(0, 600))
    moments += _win_back_plan(rng, moments, end)
    moments.sort()
    ids: dict[int, str] = {}
    with writing(db):
        for done, (moment, customer_index, what) in enumerate(moments, start=1):
            clock.current = moment
            if what == "enrol":
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                birthday = f"{rng.randint(1950, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                phone = f"+36 {rng.choice([20, 30, 70])} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
                email = f"{name.split()[0].lower()}.{customer_index}@example.com"
                ids[customer_index] = counter.enrol(name, phone=phone, email=email, birthday=birthday,
                                                    consent=rng.random() < 0.7).customer.id
                continue
            if what == "campaign":
                _start_win_back(counter, [ids[i] for i in sorted(WIN_BACK_AUDIENCE) if i in ids], moment)
                continue
            customer_id = ids[customer_index]
            amount = rng.choice([250, 320, 350, 420, 480, 560, 690, 850, 1200, 1850])
            result = counter.record_sale(customer_id, amount)
            sales += 1
            view = result.customer
            for offer in view.offers if view is not None else ():
                counter.apply_offer(customer_id, offer.campaign_id)  # the cashier applies it at once
            if view is not None and view.rewards_available and rng.random() < 0.6:
                counter.redeem(customer_id, rng.choice(view.rewards_available).id)
                redemptions += 1
            if rng.random() < 0.25:
                score = rng.choices(range(11), weights=[1, 1, 1, 1, 1, 2, 3, 6, 10, 14, 14])[0]
                low = score <= 6
                clock.current = moment + timedelta(minutes=1)
                counter.writer.commit([counter.writer.new(Kind.RATING, customer_id, ref_id=result.sale.id, body={
                    "score": score, "scale": "nps", "reason": rng.choice(REASONS),
                    "comment": rng.choice(COMMENTS["low" if low else "high"]),
                    "receipt_no": result.receipt_no, "source": "screen"})])
                ratings += 1
            if progress and done % 200 == 0:
                progress(done, len(moments))
        # A few walk-in sales without a card, for honest revenue numbers.
        for _ in range(customers // 2):
            clock.current = start + timedelta(days=rng.uniform(0, 30 * months))
            counter.record_sale(None, rng.choice([180, 250, 390]))
            sales += 1
    marks.extend(db)  # the owner's dashboard is as quick at once as after months of use
    db.execute("PRAGMA synchronous = FULL")
    db.close()
    if progress:
        progress(len(moments), len(moments))
    return DemoSummary(customers=customers, sales=sales, redemptions=redemptions, ratings=ratings)


WIN_BACK_SEED = 2026
WIN_BACK_AUDIENCE: set[int] = set()  # the customer indexes chosen, filled by _win_back_plan


def _win_back_plan(rng: random.Random, moments: list[tuple[datetime, int, str]],
                   end: datetime) -> list[tuple[datetime, int, str]]:
    """A finished win-back campaign: 50 days before the end, 50 bonus points for three weeks to those
    silent for 21 days, 20 % kept as a control group. Offered customers come back a little more often
    than the control group (extra visits in the window), so the report has something to show."""
    launch = end - timedelta(days=50)
    last_seen: dict[int, datetime] = {}
    for moment, index, what in moments:
        if moment < launch and what in ("visit", "enrol"):
            last_seen[index] = max(last_seen.get(index, moment), moment)
    WIN_BACK_AUDIENCE.clear()
    WIN_BACK_AUDIENCE.update(i for i, seen in last_seen.items() if seen < launch - timedelta(days=21))
    extra = [(launch, -1, "campaign")]
    for index in sorted(WIN_BACK_AUDIENCE):
        chance = 0.45 if rng.random() >= 0.2 else 0.2  # the offer's pull, roughly
        if rng.random() < chance:
            extra.append((launch + timedelta(days=rng.uniform(1, 20), minutes=rng.uniform(0, 600)), index, "visit"))
    return extra


def _start_win_back(counter: Counter, members: list[str], moment: datetime) -> None:
    if not members:  # a short demo history has nobody silent yet
        return
    made = campaigns.new_campaign("We miss you: 50 points", campaigns.Audience.SILENT_DAYS,
                                  campaigns.Offer(campaigns.OfferKind.BONUS_POINTS, points=50), moment,
                                  moment + timedelta(days=21), control_share=0.2, audience_days=21,
                                  seed=WIN_BACK_SEED)
    campaigns.create(counter.writer, made, members, counter.rules())


def showcase_customer(folder: Path) -> str | None:
    """The demo's most regular customer: the one screenshots and first looks open."""
    db = connect(folder / "terminal.db")
    try:
        row = db.execute("SELECT customer_id FROM balances ORDER BY visits DESC, customer_id LIMIT 1").fetchone()
    finally:
        db.close()
    return row[0] if row else None

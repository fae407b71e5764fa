"""A random shop history written through the real counter service, for property tests.

Enrolments (with birthdays, so bonuses happen), sales with and without a card, ratings (some visits rated
twice, some ratings of no visit), redemptions, undos and refunds, adjustments, expiries, erasures and,
when asked, merges of two records (later operations on a merged record land on the one kept).
What the rules refuse is simply not written.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from terminal.clock import FixedClock
from terminal.counter import Counter, CounterError
from terminal.ledger import Kind

SPARSE_GAPS = (1, 5, 31, 60 * 24, 60 * 24 * 40)  # minutes between operations: visits windows to lapses


def random_history(counter: Counter, clock: FixedClock, rng: random.Random, operations: int,
                   gaps_minutes: Sequence[int] = SPARSE_GAPS, merges: bool = False) -> None:
    """``merges`` adds merges of two records (off by default, so the histories other tests were tuned on stay
    the same)."""
    customers: list[str] = []
    sales: list[str] = []
    for _ in range(operations):
        clock.advance(minutes=rng.choice(gaps_minutes))
        action = rng.random()
        try:
            if action < 0.12 or not customers:
                birthday = f"1990-{clock.current.month:02d}-{min(clock.current.day, 28):02d}"
                customers.append(counter.enrol(f"C{len(customers)}", birthday=birthday).customer.id)
            elif action < 0.65:
                customer = rng.choice([*customers, None])
                sales.append(counter.record_sale(customer, rng.randint(1, 5000)).sale.id)
                for _ in range(rng.choice([0, 0, 1, 2])):
                    rated = rng.choice([sales[-1], rng.choice(sales), None])
                    body = {"scale": rng.choice(["nps", "csat"]), "score": rng.randint(0, 10), "comment": "hm"}
                    counter._commit([counter._event(Kind.RATING, customer, ref_id=rated, body=body)])
            elif action < 0.75:
                counter.redeem(rng.choice(customers), rng.choice(counter.rules().rewards).id)
            elif action < 0.85 and sales:
                counter.undo(rng.choice(sales))
            elif action < 0.9:
                counter.adjust_points(rng.choice(customers), rng.randint(-50, 50), "goodwill")
            elif action < 0.95:
                counter.expire_points()
            elif merges and action >= 0.98:
                counter.merge_customers(rng.choice(customers), rng.choice(customers))
            else:
                counter.erase_customer(rng.choice(customers))
        except CounterError:
            pass  # refused by the rules (already refunded, not enough points, erased): nothing written

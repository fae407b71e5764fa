"""A random shop history written through the real counter service, for property tests.

Enrolments (with birthdays, so bonuses happen), sales with and without a card, ratings (some visits rated
twice, some ratings of no visit), redemptions, undos and refunds, adjustments, expiries, erasures and,
when asked, merges of two records (later operations on a merged record land on the one kept).
What the rules refuse is simply not written.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence

import sqlite_utils

from terminal.clock import FixedClock
from terminal.counter import Counter, CounterError
from terminal.db import writing
from terminal.ids import uuid7
from terminal.ledger import Event, Kind, append

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


# Times another terminal may send, valid on the wire (terminal/sync/schema.py): as this one writes them (24
# characters, milliseconds; the counter's test clocks keep whole seconds, these not), and in other forms:
# whole seconds, a tenth, microseconds.
SYNCED_TIME_FORMS = (lambda ts: ts[:20] + "789Z", lambda ts: ts[:19] + "Z", lambda ts: ts[:21] + "Z",
                     lambda ts: ts[:23] + "456Z")


def synced_sales(db: sqlite_utils.Database, rng: random.Random, count: int,
                 receipt_of: Callable[[dict], str | None] = lambda sale: None) -> list[Event]:
    """``count`` sales as another terminal's sync brings them: copies of random sales of customers, in the
    same hour but at a time written in one of the valid forms (``SYNCED_TIME_FORMS``), under
    ``receipt_of(sale)`` (None: the copy's own number)."""
    rows = db.execute("SELECT * FROM events WHERE kind = 'sale' AND customer_id IS NOT NULL").fetchall()
    names = [d[0] for d in db.execute("SELECT * FROM events LIMIT 0").description]
    added = []
    with writing(db):
        for number, row in enumerate(rng.sample(rows, count)):
            sale = dict(zip(names, row, strict=True))
            body = {**json.loads(sale["body"]), "receipt_no": receipt_of(sale) or f"S1-SYNC-{number + 1:06d}"}
            event = Event(id=uuid7(), terminal_id="synced-terminal", ts=rng.choice(SYNCED_TIME_FORMS)(sale["ts"]),
                          hlc=f"{sale['hlc'][:13]}-{number:05d}-synced-terminal", kind=Kind.SALE,
                          customer_id=sale["customer_id"], stamps=sale["stamps"], points=sale["points"],
                          amount=sale["amount"], body=body)
            assert append(db, event)
            added.append(event)
    return added

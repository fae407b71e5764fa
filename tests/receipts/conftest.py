"""A small shop with Hungarian and Ukrainian customers and a few sales, for printing tests."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from terminal.clock import FixedClock
from terminal.counter import Counter, SaleResult
from terminal.shop import Shop

SHOP = Shop(name="Kávézó a Sarkon", address="Fő utca 12.\n1011 Budapest", currency="EUR",
            receipt_footer="Köszönjük a látogatást!", feedback_base_url="https://shop.example/f")


@dataclass
class Visits:
    zsofia_id: str
    olena_id: str
    first: SaleResult  # Zsófia's first sale
    with_reward: SaleResult  # Zsófia's sale on the visit she redeemed a pastry
    olena: SaleResult
    anonymous: SaleResult


@pytest.fixture
def visits(counter: Counter, clock: FixedClock) -> Visits:
    counter.save_settings(shop=SHOP)
    zsofia = counter.enrol("Őrsi Zsófia").customer.id
    olena = counter.enrol("Олена Шевченко").customer.id
    first = counter.record_sale(zsofia, 1250)
    for _ in range(3):
        clock.advance(days=1)
        counter.record_sale(zsofia, 4000)
    clock.advance(days=1)
    counter.redeem(zsofia, "pastry")
    clock.advance(minutes=2)
    with_reward = counter.record_sale(zsofia, 2390)
    olena_sale = counter.record_sale(olena, 450)
    anonymous = counter.record_sale(None, 990)
    return Visits(zsofia, olena, first, with_reward, olena_sale, anonymous)

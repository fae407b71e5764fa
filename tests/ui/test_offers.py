"""The cashier's offer line: a scanned customer with a waiting offer sees it and applies it with one key."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from terminal import campaigns
from terminal.campaigns import Audience, Offer, OfferKind
from terminal.counter import Counter
from tests.ui.drive import sell, submit_code
from ui.main_window import MainWindow


def offer_to(counter: Counter, customer_id: str, offer: Offer) -> str:
    now = counter.clock.now()
    made = campaigns.new_campaign("We miss you", Audience.LIST, offer, now, now + timedelta(days=14),
                                  control_share=0)
    campaigns.create(counter.writer, made, [customer_id], counter.rules())
    return made.id


def test_a_waiting_offer_shows_in_one_line_and_ctrl_o_applies_it_once(qtbot, window: MainWindow,
                                                                     seed_counter: Counter) -> None:
    enrolment = seed_counter.enrol("Anna Rossi")
    offer_to(seed_counter, enrolment.customer.id, Offer(OfferKind.BONUS_POINTS, points=40))
    submit_code(qtbot, window, enrolment.card.grouped())
    panel = window.cashier.customer_panel
    assert panel.offer_button.isVisible()
    assert panel.offer_button.text().startswith("Welcome back, Anna — 40 bonus points are waiting")
    before = seed_counter.customer(enrolment.customer.id).points
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # a button's key: an animated click
    qtbot.waitUntil(lambda: not panel.offer_button.isVisible())
    assert seed_counter.customer(enrolment.customer.id).points == before + 40
    assert "Offer applied" in window.cashier.banner.text()


def test_double_stamps_asked_before_the_sale_are_added_to_it(qtbot, window: MainWindow,
                                                            seed_counter: Counter) -> None:
    enrolment = seed_counter.enrol("Bence Nagy")
    offer_to(seed_counter, enrolment.customer.id, Offer(OfferKind.DOUBLE_NEXT, multiplier=2))
    submit_code(qtbot, window, enrolment.card.grouped())
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "will be added to this visit's sale" in window.cashier.banner.text())
    sell(qtbot, window, "12.34")
    qtbot.waitUntil(window.tasks.is_idle)
    view = seed_counter.customer(enrolment.customer.id)
    assert view.stamps == 2 and view.offers == ()
    qtbot.waitUntil(lambda: window.cashier.customer_panel.stamps.filled == 2)

"""Writes announce what they changed: the open screens follow commits made by sync, an import or the
owner through the one writer, without the cashier doing anything."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from terminal.counter import SHOP_KEY, Counter
from terminal.ledger import Kind
from terminal.shop import Shop
from terminal.writer import Changes, EventWriter
from tests.ui.drive import sell, submit_code
from ui.main_window import MainWindow


def write_from_another_thread(window: MainWindow, job: Callable[[EventWriter], object]) -> None:
    """As the sync thread hands over a pulled page: the job runs on the writer, this thread waits."""
    failures: list[BaseException] = []

    def run() -> None:
        try:
            window.tasks.write(job)
        except BaseException as error:  # reported to the test below, never lost on the thread
            failures.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert failures == []


def test_a_sale_pulled_for_the_open_customer_shows_on_the_panel(qtbot, window: MainWindow,
                                                                 seed_counter: Counter) -> None:
    enrolment = seed_counter.enrol("Olena Kovalenko")
    submit_code(qtbot, window, enrolment.card.grouped())
    panel = window.cashier.customer_panel
    assert panel.stamps.filled == 0
    announced: list[Changes] = []
    window.tasks.changed.connect(announced.append)

    def other_counter_sold(writer: EventWriter) -> None:
        writer.commit([writer.new(Kind.SALE, enrolment.customer.id, stamps=1, points=3, amount=300,
                                  body={"receipt_no": "S1-T2-000001"})])

    write_from_another_thread(window, other_counter_sold)
    qtbot.waitUntil(lambda: panel.stamps.filled == 1)
    assert announced[0].customers == {enrolment.customer.id} and announced[0].projections


def test_settings_that_arrive_change_the_shop_name_and_currency_at_once(qtbot, window: MainWindow) -> None:
    assert window.cashier.sale_panel.quick_buttons[0].text() == "€2.50"
    shop = Shop(name="Kávézó a Sarkon", currency="HUF", timezone="Europe/Budapest")

    def owner_elsewhere_saved(writer: EventWriter) -> None:
        writer.commit([writer.new(Kind.SETTINGS_CHANGED, body={"settings": {SHOP_KEY: shop.to_json()}})])

    write_from_another_thread(window, owner_elsewhere_saved)
    qtbot.waitUntil(lambda: "Kávézó a Sarkon" in window.windowTitle())
    assert window.cashier.sale_panel.quick_buttons[0].text() == "HUF\xa03"  # forints: no decimals
    assert window.cashier.currency == "HUF"


def test_a_write_is_refused_on_the_gui_thread(window: MainWindow) -> None:
    with pytest.raises(RuntimeError, match="GUI thread"):
        window.tasks.write(lambda writer: None)


def test_the_cashiers_own_sale_is_not_read_again(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    """The sale's own result fills the panel; the writer's notification must not queue a second read."""
    enrolment = seed_counter.enrol("Bela Nagy")
    submit_code(qtbot, window, enrolment.card.grouped())
    announced: list[Changes] = []
    window.tasks.changed.connect(announced.append)
    refreshes: list[int] = []
    shown = window.cashier.refresh_customer
    window.cashier.refresh_customer = lambda: (refreshes.append(1), shown())  # type: ignore[method-assign]
    sell(qtbot, window, "4.50")
    qtbot.waitUntil(lambda: bool(announced))  # the notification came, for the dashboard and the status bar
    qtbot.waitUntil(window.tasks.is_idle)
    assert enrolment.customer.id in announced[0].customers
    assert refreshes == [] and window.cashier.customer_panel.stamps.filled == 1

"""Ctrl+Z undoes the visit's last action from anywhere; a field's own undo never brings old text back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from terminal.clock import FixedClock
from terminal.counter import Counter
from tests.ui.drive import sell, submit_code
from ui.main_window import MainWindow


def _live_sales(counter: Counter) -> list[int]:
    return [r[0] for r in counter.db.execute(
        "SELECT s.amount FROM events s WHERE s.kind = 'sale' AND NOT EXISTS "
        "(SELECT 1 FROM events r WHERE r.ref_id = s.id AND r.kind = 'refund') ORDER BY s.seq")]


def test_ctrl_z_in_the_amount_field_after_two_sales_undoes_the_second_sale(
        qtbot, window: MainWindow, seed_counter: Counter, clock: FixedClock) -> None:
    anna = seed_counter.enrol("Anna Kovács")
    submit_code(qtbot, window, anna.card.code)
    sell(qtbot, window, "4.50")
    clock.advance(minutes=40)
    sell(qtbot, window, "12.00")
    amount = window.cashier.sale_panel.amount
    assert amount.hasFocus()

    qtbot.keyClick(amount, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.tasks.is_idle)
    assert _live_sales(seed_counter) == [450]
    assert amount.text() == ""  # not "12.00" brought back by the field's own undo
    assert seed_counter.customer(anna.customer.id).stamps == 1
    assert "Undone" in window.cashier.banner.text()

    qtbot.keyClick(amount, Qt.Key.Key_Return)  # Enter on the empty field records nothing
    qtbot.waitUntil(window.tasks.is_idle)
    assert _live_sales(seed_counter) == [450]


def test_the_previous_customers_amount_never_comes_back(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    anna, bela = seed_counter.enrol("Anna"), seed_counter.enrol("Béla")
    submit_code(qtbot, window, anna.card.code)
    sell(qtbot, window, "8.00")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    submit_code(qtbot, window, bela.card.code)
    amount = window.cashier.sale_panel.amount
    amount.setFocus()
    qtbot.keyClick(amount, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.tasks.is_idle)
    assert amount.text() == ""
    assert not amount.isUndoAvailable()
    assert "Nothing to undo" in window.cashier.banner.text()  # Béla's visit has no action yet
    assert _live_sales(seed_counter) == [800]

"""A scan is a scan wherever the focus is: keystrokes at scanner speed, real widgets, real database."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from terminal.counter import Counter
from tests.ui.drive import sell, submit_code
from ui.main_window import MainWindow


def _stepping(step_ms: float) -> Callable[[], float]:
    """A clock that moves on by step_ms at each key: a scanner (a few ms) or a person (100+ ms)."""
    now = [0.0]

    def tick() -> float:
        now[0] += step_ms
        return now[0]

    return tick


def _wedge(qtbot, widget, text: str) -> None:
    """What a USB scanner sends: the code's characters and Enter, into whatever has the focus."""
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _events(counter: Counter, kind: str) -> int:
    return counter.db.execute("SELECT COUNT(*) FROM events WHERE kind = ?", [kind]).fetchone()[0]


def test_a_scan_into_the_amount_field_opens_the_next_customer(qtbot, window: MainWindow,
                                                              seed_counter: Counter) -> None:
    first = seed_counter.enrol("Anna Kovács")
    second = seed_counter.enrol("Béla Nagy")
    window.scan_catcher.now_ms = _stepping(4)
    submit_code(qtbot, window, first.card.grouped())
    sell(qtbot, window, "4.50")
    amount = window.cashier.sale_panel.amount
    assert amount.hasFocus()  # where the focus sits after a sale

    _wedge(qtbot, amount, second.card.grouped())
    qtbot.waitUntil(window.tasks.is_idle)
    assert window.cashier.customer_panel.name_label.text() == "Béla Nagy"
    assert amount.text() == ""
    assert "not an amount" not in window.cashier.banner.text()
    assert _events(seed_counter, "sale") == 1


def test_typed_amounts_at_scanner_speed_are_still_amounts(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    window.scan_catcher.now_ms = _stepping(4)
    amount = window.cashier.sale_panel.amount
    amount.setFocus()
    _wedge(qtbot, amount, "12345.50")  # eight characters, fast: still not a code
    qtbot.waitUntil(window.tasks.is_idle)
    assert seed_counter.db.execute("SELECT amount FROM events WHERE kind = 'sale'").fetchone()[0] == 1234550


def test_a_card_typed_by_hand_into_the_amount_field_opens_the_customer(qtbot, window: MainWindow,
                                                                         seed_counter: Counter) -> None:
    anna = seed_counter.enrol("Anna Kovács")
    window.scan_catcher.now_ms = _stepping(150)  # a person: every key well apart
    amount = window.cashier.sale_panel.amount
    amount.setFocus()
    qtbot.keyClicks(amount, anna.card.code)
    # Typed by hand, it lands in the field as typed: a last key that could begin a code on its own (an "H"
    # of "https") is held for the catcher's short wait first, as any such key is.
    qtbot.waitUntil(lambda: amount.text() == anna.card.code)
    qtbot.keyClick(amount, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle)
    assert window.cashier.customer_panel.name_label.text() == "Anna Kovács"
    assert _events(seed_counter, "sale") == 0


def test_a_slow_letter_is_typed_not_held(qtbot, window: MainWindow) -> None:
    """An "L" that begins a name in the search box is held for a moment, then typed, in order."""
    window.scan_catcher.now_ms = _stepping(150)
    dialog = window.cashier.open_search_dialog()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.query.hasFocus)
    qtbot.keyClicks(dialog.query, "Lu")
    assert dialog.query.text() == "Lu"
    qtbot.keyClicks(dialog.query, "L")
    qtbot.waitUntil(lambda: dialog.query.text() == "LuL")  # the catcher's short wait, then the letter
    dialog.reject()


def test_a_scan_while_the_customer_screen_has_the_focus_opens_the_customer(qtbot, window: MainWindow,
                                                                           seed_counter: Counter) -> None:
    anna = seed_counter.enrol("Anna Kovács")
    window.scan_catcher.now_ms = _stepping(4)
    screen = window.customer_screen.screen
    qtbot.keyClick(window, Qt.Key.Key_F11)  # one monitor: F11 shows the customer screen
    assert screen.isVisible()
    screen.activateWindow()
    screen.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen)

    _wedge(qtbot, screen, anna.card.code)  # its digits are never taken as a score
    qtbot.waitUntil(window.tasks.is_idle)
    assert window.cashier.customer_panel.name_label.text() == "Anna Kovács"
    assert _events(seed_counter, "rating") == 0

    qtbot.keyClick(screen, Qt.Key.Key_F11)  # F11 on the customer screen hides it again
    assert not screen.isVisible()


def test_a_scan_while_the_find_dialog_is_open_opens_the_customer(qtbot, window: MainWindow,
                                                                 seed_counter: Counter) -> None:
    anna = seed_counter.enrol("Anna Kovács")
    window.scan_catcher.now_ms = _stepping(3)
    dialog = window.cashier.open_search_dialog()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.query.hasFocus)
    _wedge(qtbot, dialog.query, anna.card.grouped())
    qtbot.waitUntil(window.tasks.is_idle)
    assert not dialog.isVisible()
    assert window.cashier.customer_panel.name_label.text() == "Anna Kovács"

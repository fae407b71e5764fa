"""Say what will happen before it happens: refunds, lost cards, balances below zero."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from terminal.clock import FixedClock
from terminal.counter import Counter
from tests.ui.drive import submit_code
from ui.cashier.refund_dialog import RefundDialog
from ui.main_window import MainWindow


def _count(counter: Counter, kind: str) -> int:
    return counter.db.execute("SELECT COUNT(*) FROM events WHERE kind = ?", [kind]).fetchone()[0]


def test_f9_shows_the_receipts_sale_and_refunds_only_when_asked(qtbot, window: MainWindow,
                                                                 seed_counter: Counter) -> None:
    anna = seed_counter.enrol("Anna Kovács")
    receipt = seed_counter.record_sale(anna.customer.id, 1250).receipt_no
    submit_code(qtbot, window, anna.card.code)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    dialog = window.cashier.findChild(RefundDialog)
    assert dialog.isVisible() and not dialog.refund_button.isEnabled()
    qtbot.keyClicks(dialog.number, receipt)
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle)
    text = dialog.details.text()
    for part in (receipt, "10/03/2026", "12.50", "Anna Kovács", "takes back: stamps 1, points 12"):
        assert part in text
    assert _count(seed_counter, "refund") == 0  # shown, not yet refunded

    qtbot.mouseClick(dialog.refund_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.tasks.is_idle)
    assert _count(seed_counter, "refund") == 1
    assert not dialog.isVisible()
    assert "1 stamps and 12 points taken back" in window.cashier.banner.text()
    qtbot.waitUntil(lambda: window.cashier.customer_panel.points_label.text() == "50 points")


def test_a_refund_below_zero_says_why_and_needs_the_owner(qtbot, window: MainWindow, seed_counter: Counter,
                                                          clock: FixedClock) -> None:
    anna = seed_counter.enrol("Anna")
    receipts = []
    for _ in range(5):
        receipts.append(seed_counter.record_sale(anna.customer.id, 300).receipt_no)
        clock.advance(minutes=31)
    seed_counter.redeem(anna.customer.id, "free-item")  # the five stamps are spent
    dialog = window.cashier.open_refund_dialog(receipts[-1])
    qtbot.waitUntil(lambda: dialog.sale is not None)
    assert "takes back stamps already spent on a reward (1): the stamp balance becomes -1" in dialog.warning.text()
    assert "owner" in dialog.refund_button.text()

    window.owner_confirmed = lambda: False
    qtbot.mouseClick(dialog.refund_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.tasks.is_idle)
    assert _count(seed_counter, "refund") == 0
    assert "needs the owner's PIN" in dialog.warning.text()

    window.owner_confirmed = lambda: True
    qtbot.mouseClick(dialog.refund_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.tasks.is_idle)
    assert _count(seed_counter, "refund") == 1
    submit_code(qtbot, window, anna.card.code)
    badge = window.cashier.customer_panel.overdrawn_label
    assert badge.isVisible()
    assert "-1 stamps" in badge.text() and "A refund took back" in badge.text()
    assert "after sync" not in badge.text()


def test_a_manual_adjustment_below_zero_is_refused_in_words(qtbot, window: MainWindow, seed_counter: Counter,
                                                            monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    anna = seed_counter.enrol("Anna")
    seed_counter.adjust_points(anna.customer.id, 5, "spilled")  # 55 points
    submit_code(qtbot, window, anna.card.code)
    window.owner_confirmed = lambda: True
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (-500, True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("typo", True))
    window.ask_adjustment()
    qtbot.waitUntil(window.tasks.is_idle)
    assert "Anna has 55 points, so taking away 500 would leave -445" in window.cashier.banner.text()
    assert seed_counter.customer(anna.customer.id).points == 55


def test_f7_asks_before_blocking_the_card_then_shows_the_new_one(qtbot, window: MainWindow,
                                                                 seed_counter: Counter) -> None:
    anna = seed_counter.enrol("Anna")
    submit_code(qtbot, window, anna.card.code)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    box = window.lost_card_box
    assert box.isVisible() and f"…{anna.card.hint}" in box.text()
    assert _count(seed_counter, "card_revoked") == 0  # nothing yet: it asks first
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(window.tasks.is_idle)
    assert _count(seed_counter, "card_revoked") == 0

    qtbot.keyClick(window, Qt.Key.Key_F7)
    window.lost_card_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(window.tasks.is_idle)
    assert _count(seed_counter, "card_revoked") == 1
    assert "New card for \u2068Anna\u2069" in window.cashier.banner.text()  # the name bidi-isolated

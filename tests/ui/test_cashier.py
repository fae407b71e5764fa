from __future__ import annotations

from PySide6.QtCore import Qt

from terminal.clock import FixedClock
from terminal.counter import Counter
from ui.main_window import MainWindow


def _submit(qtbot, window: MainWindow, text: str) -> None:
    window.cashier.code_entry.setFocus()
    qtbot.keyClicks(window.cashier.code_entry, text)
    qtbot.keyClick(window.cashier.code_entry, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle)


def _sell(qtbot, window: MainWindow, amount: str) -> None:
    field = window.cashier.sale_panel.amount
    field.clear()
    qtbot.keyClicks(field, amount)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle)


def _count(counter: Counter, kind: str) -> int:
    return counter.db.execute("SELECT COUNT(*) FROM events WHERE kind = ?", [kind]).fetchone()[0]


def test_scan_sell_stamp_redeem_and_undo_through_the_real_widgets(qtbot, window: MainWindow,
                                                                   seed_counter: Counter, clock: FixedClock) -> None:
    enrolment = seed_counter.enrol("Zsófia Őrsi")
    customer_id = enrolment.customer.id

    _submit(qtbot, window, enrolment.card.grouped())  # as a USB scanner types it
    panel = window.cashier.customer_panel
    assert panel.name_label.text() == "Zsófia Őrsi"
    assert panel.stamps.filled == 0

    _sell(qtbot, window, "4.50")
    assert seed_counter.customer(customer_id).stamps == 1
    assert seed_counter.db.execute("SELECT amount FROM events WHERE kind = 'sale'").fetchone()[0] == 450
    assert panel.stamps.filled == 1
    assert window.cashier.activity.count() == 1

    for _ in range(4):  # four more visits: the card fills up
        clock.advance(minutes=31)
        _sell(qtbot, window, "3")
    assert panel.stamps.filled == 5
    (coffee,) = [b for b in panel.reward_buttons() if "Free coffee" in b.text()]
    qtbot.mouseClick(coffee, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.tasks.is_idle)
    assert _count(seed_counter, "reward_redeemed") == 1
    assert seed_counter.customer(customer_id).stamps == 0
    assert panel.stamps.filled == 0

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the redemption
    qtbot.waitUntil(window.tasks.is_idle)
    qtbot.waitUntil(lambda: panel.stamps.filled == 5)
    assert _count(seed_counter, "reversal") == 1
    assert seed_counter.customer(customer_id).stamps == 5


def test_a_second_sale_within_the_visit_window_earns_no_stamp_and_says_so(qtbot, window: MainWindow,
                                                                          seed_counter: Counter) -> None:
    enrolment = seed_counter.enrol("Anna")
    _submit(qtbot, window, enrolment.card.code)
    _sell(qtbot, window, "3.00")
    _sell(qtbot, window, "3.00")
    assert seed_counter.customer(enrolment.customer.id).stamps == 1
    assert "already got one" in window.cashier.banner.text()


def test_bad_amounts_and_foreign_codes_give_a_message_and_no_event(qtbot, window: MainWindow,
                                                                   seed_counter: Counter) -> None:
    _sell(qtbot, window, "abc")
    assert "not an amount" in window.cashier.banner.text()
    _submit(qtbot, window, "https://example.com/not-ours")
    assert window.cashier.banner.text() == "Not one of our cards."
    _submit(qtbot, window, "LT1-0000-GARBLED")
    assert window.cashier.banner.text() == "Not one of our cards."
    assert seed_counter.db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0


def test_a_typo_in_a_card_code_is_caught(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    code = seed_counter.enrol("Anna").card.code
    typo = code[:10] + ("0" if code[10] != "0" else "1") + code[11:]
    _submit(qtbot, window, typo)
    assert "typing error" in window.cashier.banner.text()
    assert window.cashier.customer_panel.customer is None


def test_a_walk_in_sale_without_a_card(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    _sell(qtbot, window, "2,50")
    row = seed_counter.db.execute("SELECT customer_id, amount FROM events WHERE kind = 'sale'").fetchone()
    assert row == (None, 250)


def test_enrol_a_new_customer_on_a_preprinted_card(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    (card,) = seed_counter.issue_anonymous_cards(1)
    _submit(qtbot, window, card.code)
    assert window.cashier.anonymous_card == card
    dialog = window.cashier.open_enrol_dialog()
    dialog.name.setText("Olena Шевченко")  # QTest can only type ASCII keys
    qtbot.keyClicks(dialog.phone, "+380 44 123 4567")
    dialog.consent.setChecked(True)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle)
    assert window.cashier.customer_panel.name_label.text() == "Olena Шевченко"
    lookup = seed_counter.open_card(card.code)
    assert lookup.customer is not None and lookup.customer.consent and lookup.customer.points == 50


def test_enrolment_without_a_name_keeps_the_dialog_open_with_a_message(qtbot, window: MainWindow,
                                                                       seed_counter: Counter) -> None:
    dialog = window.cashier.open_enrol_dialog()
    qtbot.keyClicks(dialog.birthday, "1990-05-31")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.text() == "A name is needed."
    qtbot.keyClicks(dialog.name, "Anna")
    dialog.birthday.setText("31.05.1990")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle)
    assert dialog.isVisible() and "birthday" in dialog.error.text().lower()
    assert seed_counter.db.execute("SELECT COUNT(*) FROM customers").fetchone()[0] == 0


def test_search_by_name_opens_the_only_match(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    seed_counter.enrol("Őrsi Zsófia", phone="+36 30 111 2222")
    seed_counter.enrol("Anna Kovács")
    _submit(qtbot, window, "zsofia")
    assert window.cashier.customer_panel.name_label.text() == "Őrsi Zsófia"
    _submit(qtbot, window, "30 111")
    assert window.cashier.customer_panel.name_label.text() == "Őrsi Zsófia"


def test_refund_by_receipt_number_takes_back_the_points(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    enrolment = seed_counter.enrol("Anna")
    receipt = seed_counter.record_sale(enrolment.customer.id, 1000).receipt_no
    window.cashier.refund_receipt(receipt)
    qtbot.waitUntil(window.tasks.is_idle)
    assert seed_counter.customer(enrolment.customer.id).points == 50
    assert "refunded" in window.cashier.banner.text()

"""Enrolment that finds the existing customer, merging two records, a customer's history, finding people."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from terminal.clock import FixedClock
from terminal.counter import Counter
from tests.ui.drive import submit_code
from ui.cashier.refund_dialog import RefundDialog
from ui.main_window import MainWindow


def _customers(counter: Counter) -> int:
    return counter.db.execute("SELECT COUNT(*) FROM customers").fetchone()[0]


def _welcome_bonuses(counter: Counter) -> int:
    return counter.db.execute("SELECT COUNT(*) FROM events WHERE kind = 'welcome_bonus'").fetchone()[0]


def test_enrolling_with_an_existing_phone_offers_the_existing_customer(qtbot, window: MainWindow,
                                                                       seed_counter: Counter) -> None:
    anna = seed_counter.enrol("Anna Kovács", phone="+36 30 291 7735")
    dialog = window.cashier.open_enrol_dialog()
    qtbot.keyClicks(dialog.name, "Anna Rossi")
    qtbot.keyClicks(dialog.phone, "06 30 291 7735")  # the same number, as Hungarians write it
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle)
    assert dialog.isVisible()
    (offer,) = dialog.duplicate_buttons
    assert "Anna Kovács" in offer.text() and "same phone" in offer.text()
    assert (_customers(seed_counter), _welcome_bonuses(seed_counter)) == (1, 1)  # no second welcome bonus

    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.tasks.is_idle)
    assert not dialog.isVisible()
    assert window.cashier.customer_panel.customer.id == anna.customer.id
    assert (_customers(seed_counter), _welcome_bonuses(seed_counter)) == (1, 1)


def test_a_preprinted_card_goes_to_the_existing_customer_instead(qtbot, window: MainWindow,
                                                                 seed_counter: Counter) -> None:
    anna = seed_counter.enrol("Anna Kovács", email="anna@example.com")
    (card,) = seed_counter.issue_anonymous_cards(1)
    submit_code(qtbot, window, card.code)
    dialog = window.cashier.open_enrol_dialog()
    qtbot.keyClicks(dialog.name, "Anna K")
    qtbot.keyClicks(dialog.email, "ANNA@example.com")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle)
    qtbot.mouseClick(dialog.duplicate_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.tasks.is_idle)
    assert seed_counter.open_card(card.code).customer.id == anna.customer.id
    assert _customers(seed_counter) == 1


def test_enrol_anyway_after_the_offer_makes_a_new_customer(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    seed_counter.enrol("Anna Kovács")
    dialog = window.cashier.open_enrol_dialog()
    qtbot.keyClicks(dialog.name, "Anna Kovacs")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle)
    assert "same name" in dialog.duplicate_buttons[0].text()
    assert "anyway" in dialog.ok_button.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.tasks.is_idle)
    assert not dialog.isVisible() and _customers(seed_counter) == 2


def test_bad_email_phone_and_birthday_are_refused_in_words(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    dialog = window.cashier.open_enrol_dialog()
    qtbot.keyClicks(dialog.name, "Olena")
    qtbot.keyClicks(dialog.email, "olena@")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert "not an e-mail address" in dialog.error.text() and dialog.focusWidget() is dialog.email
    dialog.email.setText("olena@example.ua")
    qtbot.keyClicks(dialog.phone, "111")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert "not a phone number" in dialog.error.text()
    dialog.phone.setText("")
    qtbot.keyClicks(dialog.birthday, "2025.02.30.")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert "not a birthday" in dialog.error.text() and "YYYY.MM.DD." in dialog.error.text()
    qtbot.waitUntil(window.tasks.is_idle)
    assert _customers(seed_counter) == 0


def test_a_birthday_in_the_local_form_or_from_the_calendar(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    dialog = window.cashier.open_enrol_dialog()
    qtbot.keyClicks(dialog.name, "Olena")
    qtbot.keyClicks(dialog.birthday, "1990.04.01.")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle)
    olena = seed_counter.find_customers("olena")[0]
    assert seed_counter.customer(olena.id).birthday == date(1990, 4, 1)

    dialog = window.cashier.open_enrol_dialog()
    qtbot.keyClicks(dialog.name, "Petro")
    dialog.calendar.setSelectedDate(QDate(1985, 12, 24))
    dialog.calendar.activated.emit(dialog.calendar.selectedDate())  # what Enter or a tap on a day sends
    assert dialog.birthday.text() == "1985.12.24."
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle)
    petro = seed_counter.find_customers("petro")[0]
    assert seed_counter.customer(petro.id).birthday == date(1985, 12, 24)


def test_the_find_dialog_works_with_arrows_enter_and_a_single_tap(qtbot, window: MainWindow,
                                                                  seed_counter: Counter) -> None:
    first = seed_counter.enrol("Anna Kovács", phone="+36 30 291 7735").customer
    second = seed_counter.enrol("Anna Nagy").customer
    dialog = window.cashier.open_search_dialog("anna")
    qtbot.waitUntil(lambda: dialog.results.count() == 2)
    dialog.activateWindow()
    dialog.query.setFocus()
    assert dialog.results.currentRow() == 0
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert dialog.results.currentRow() == 1 and dialog.query.hasFocus()
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle)
    assert window.cashier.customer_panel.customer.id == second.id

    dialog = window.cashier.open_search_dialog("06 30 291 7735")  # the national form finds +36 30 …
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    rect = dialog.results.visualItemRect(dialog.results.item(0))
    qtbot.mouseClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(window.tasks.is_idle)
    assert not dialog.isVisible()
    assert window.cashier.customer_panel.customer.id == first.id


def test_history_shows_the_visits_and_refunds_a_sale_without_the_paper_receipt(
        qtbot, window: MainWindow, seed_counter: Counter, clock: FixedClock) -> None:
    anna = seed_counter.enrol("Anna")
    old = seed_counter.record_sale(anna.customer.id, 450)
    clock.advance(days=3)
    new = seed_counter.record_sale(anna.customer.id, 1200)
    submit_code(qtbot, window, anna.card.code)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.waitUntil(window.tasks.is_idle)
    history = window.cashier.history_dialog
    texts = [[history.table.item(r, c).text() for c in range(6)] for r in range(history.table.rowCount())]
    sales = [row for row in texts if row[1].startswith("Sale")]
    assert [row[2] for row in sales] == [new.receipt_no, old.receipt_no]
    assert history.selected().receipt_no == new.receipt_no  # the newest sale, ready to refund
    qtbot.keyClick(history.table, Qt.Key.Key_Down)
    assert history.selected().receipt_no == old.receipt_no
    qtbot.keyClick(history, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle)
    refund = window.cashier.findChild(RefundDialog)
    assert refund.number.text() == old.receipt_no and "4.50" in refund.details.text()
    qtbot.mouseClick(refund.refund_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.tasks.is_idle)
    assert seed_counter.receipt_sale(old.receipt_no).refunded


def test_the_owner_merges_two_records_of_one_person(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    keep = seed_counter.enrol("Anna Kovács", phone="+36 30 291 7735")
    other = seed_counter.enrol("Anna Rossi")
    seed_counter.record_sale(other.customer.id, 2000)
    submit_code(qtbot, window, keep.card.code)
    window.owner_confirmed = lambda: True
    qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.ShiftModifier)
    search = window.merge_search
    search.query.setText("rossi")
    qtbot.waitUntil(lambda: search.results.count() == 1)
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle)
    box = window.merge_box
    assert "Merge Anna Rossi" in box.text() and "into Anna Kovács" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(window.tasks.is_idle)
    view = seed_counter.customer(keep.customer.id)
    assert (view.points, view.stamps, view.visits) == (50 + 50 + 20, 1, 1)
    assert window.cashier.customer_panel.points_label.text() == "120 points"
    assert seed_counter.open_card(other.card.code).customer.id == keep.customer.id

from __future__ import annotations

from PySide6.QtCore import Qt

from terminal.clock import FixedClock
from terminal.counter import Counter
from tests.ui.drive import sell, submit_code
from ui.main_window import MainWindow


def _count(counter: Counter, kind: str) -> int:
    return counter.db.execute("SELECT COUNT(*) FROM events WHERE kind = ?", [kind]).fetchone()[0]


def test_scan_sell_stamp_redeem_and_undo_through_the_real_widgets(qtbot, window: MainWindow,
                                                                   seed_counter: Counter, clock: FixedClock) -> None:
    enrolment = seed_counter.enrol("Zsófia Őrsi")
    customer_id = enrolment.customer.id

    submit_code(qtbot, window, enrolment.card.grouped())  # as a USB scanner types it
    panel = window.cashier.customer_panel
    assert panel.name_label.text() == "Zsófia Őrsi"
    assert panel.stamps.filled == 0

    sell(qtbot, window, "4.50")
    assert seed_counter.customer(customer_id).stamps == 1
    assert seed_counter.db.execute("SELECT amount FROM events WHERE kind = 'sale'").fetchone()[0] == 450
    assert panel.stamps.filled == 1
    assert window.cashier.activity.count() == 1

    for _ in range(4):  # four more visits: the card fills up
        clock.advance(minutes=31)
        sell(qtbot, window, "3")
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
    submit_code(qtbot, window, enrolment.card.code)
    sell(qtbot, window, "3.00")
    sell(qtbot, window, "3.00")
    assert seed_counter.customer(enrolment.customer.id).stamps == 1
    assert "already got one" in window.cashier.banner.text()


def test_bad_amounts_and_foreign_codes_give_a_message_and_no_event(qtbot, window: MainWindow,
                                                                   seed_counter: Counter) -> None:
    sell(qtbot, window, "abc")
    assert "not an amount" in window.cashier.banner.text()
    submit_code(qtbot, window, "https://example.com/not-ours")
    assert window.cashier.banner.text() == "Not one of our cards."
    submit_code(qtbot, window, "LT1-0000-GARBLED")
    assert window.cashier.banner.text() == "Not one of our cards."
    assert seed_counter.db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0


def test_a_typo_in_a_card_code_is_caught(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    code = seed_counter.enrol("Anna").card.code
    typo = code[:10] + ("0" if code[10] != "0" else "1") + code[11:]
    submit_code(qtbot, window, typo)
    assert "typing error" in window.cashier.banner.text()
    assert window.cashier.customer_panel.customer is None


def test_a_walk_in_sale_without_a_card(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    sell(qtbot, window, "2,50")
    row = seed_counter.db.execute("SELECT customer_id, amount FROM events WHERE kind = 'sale'").fetchone()
    assert row == (None, 250)


def test_enrol_a_new_customer_on_a_preprinted_card(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    (card,) = seed_counter.issue_anonymous_cards(1)
    submit_code(qtbot, window, card.code)
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
    dialog.birthday.setText("31.02.1990")  # no such day
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle)
    assert dialog.isVisible() and "birthday" in dialog.error.text().lower()
    assert seed_counter.db.execute("SELECT COUNT(*) FROM customers").fetchone()[0] == 0


def test_search_by_name_opens_the_only_match(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    seed_counter.enrol("Őrsi Zsófia", phone="+36 30 111 2222")
    seed_counter.enrol("Anna Kovács")
    submit_code(qtbot, window, "zsofia")
    assert window.cashier.customer_panel.name_label.text() == "Őrsi Zsófia"
    submit_code(qtbot, window, "30 111")
    assert window.cashier.customer_panel.name_label.text() == "Őrsi Zsófia"


def test_refund_by_receipt_number_takes_back_the_points(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    enrolment = seed_counter.enrol("Anna")
    receipt = seed_counter.record_sale(enrolment.customer.id, 1000).receipt_no
    window.cashier.refund_receipt(receipt)
    qtbot.waitUntil(window.tasks.is_idle)
    assert seed_counter.customer(enrolment.customer.id).points == 50
    assert "refunded" in window.cashier.banner.text()


def test_edit_a_customers_phone_and_consent(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    enrolment = seed_counter.enrol("Anna", phone="06 30 111 2222")
    submit_code(qtbot, window, enrolment.card.code)
    dialog = window.cashier.open_edit_dialog()
    assert dialog.name.text() == "Anna" and dialog.phone.text() == "+36 30 111 2222"
    dialog.phone.setText("+36 30 999 8888")
    dialog.consent.setChecked(True)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle)
    view = seed_counter.customer(enrolment.customer.id)
    assert (view.phone, view.consent, view.name) == ("+36 30 999 8888", True, "Anna")
    assert _count(seed_counter, "profile_changed") == 1


def test_settings_saved_in_the_dialog_change_the_rules(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    enrolment = seed_counter.enrol("Anna")
    window.owner_confirmed = lambda: True  # the PIN dialog has its own tests (tests/owner)
    window.open_settings()
    qtbot.waitUntil(window.tasks.is_idle)
    dialog = window.settings_dialog
    dialog.int_inputs["card_size"].setValue(8)
    dialog.shop_inputs["name"].setText("Kávézó Ödön")
    dialog._save()
    qtbot.waitUntil(window.tasks.is_idle)
    seed_counter.forget_cached_settings()
    assert seed_counter.rules().card_size == 8 and seed_counter.shop().name == "Kávézó Ödön"
    assert _count(seed_counter, "settings_changed") == 1
    submit_code(qtbot, window, enrolment.card.code)
    assert window.cashier.customer_panel.stamps_text.text() == "8 more to the next reward"


def test_settings_that_cannot_work_are_refused_with_a_message(qtbot, window: MainWindow,
                                                              seed_counter: Counter) -> None:
    window.owner_confirmed = lambda: True
    window.open_settings()
    qtbot.waitUntil(window.tasks.is_idle)
    dialog = window.settings_dialog
    dialog.money_inputs["stamp_amount"].setText("lots")
    dialog._save()
    assert dialog.isVisible() and "not an amount" in dialog.error.text()
    assert _count(seed_counter, "settings_changed") == 0


def test_less_common_actions_are_listed_under_more_and_their_keys_still_work(qtbot, window: MainWindow) -> None:
    listed = [action.text() for action in window.more_menu.actions()]
    assert any("Lost card" in text for text in listed) and any("Loyalty rules" in text for text in listed)
    assert window.actions_by_name["lost"] not in window.toolbar.actions()
    qtbot.keyClick(window, Qt.Key.Key_F7)  # with no customer open: a message, not silence
    assert "Open the customer first" in window.cashier.banner.text()


def test_settings_stay_closed_without_the_owners_pin(qtbot, window: MainWindow) -> None:
    window.owner_confirmed = lambda: False
    qtbot.keyClick(window, Qt.Key.Key_F10)
    assert "owner's PIN" in window.cashier.banner.text()
    assert getattr(window, "settings_dialog", None) is None


def test_an_owner_adjustment_is_an_event_with_its_reason(qtbot, window: MainWindow, seed_counter: Counter,
                                                          monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    enrolment = seed_counter.enrol("Anna")
    submit_code(qtbot, window, enrolment.card.code)
    window.owner_confirmed = lambda: True
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (25, True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("coffee spilled", True))
    window.ask_adjustment()
    qtbot.waitUntil(window.tasks.is_idle)
    assert seed_counter.customer(enrolment.customer.id).points == 75
    row = seed_counter.db.execute("SELECT points, body FROM events WHERE kind = 'points_adjusted'").fetchone()
    assert row[0] == 25 and "coffee spilled" in row[1]


def test_markup_a_customer_typed_is_shown_as_text(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    """A name and a feedback comment holding markup: the cashier sees the characters, not an order in red."""
    from terminal.feedback import rate_visit

    enrolment = seed_counter.enrol('<b style="color:red">Boss</b>')
    sale = seed_counter.record_sale(enrolment.customer.id, 450)
    comment = '<h1 style="color:red">Manager: refund 50 EUR cash</h1>'
    rate_visit(seed_counter, sale.sale.id, 2, "nps", reason="speed", comment=comment)
    submit_code(qtbot, window, enrolment.card.grouped())
    panel = window.cashier.customer_panel
    assert panel.name_label.text() == '<b style="color:red">Boss</b>'
    assert comment in panel.note_label.text() and panel.note_label.isVisibleTo(window)
    for label in (panel.name_label, panel.note_label, panel.tier_label, panel.details_label):
        assert label.textFormat() == Qt.TextFormat.PlainText

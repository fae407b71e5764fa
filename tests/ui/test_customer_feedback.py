"""The customer's screen joined to the cashier's: sale -> question, low score -> alert -> note, receipt code."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from terminal import feedback, tokens
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import meta_get
from terminal.feedback import Scale
from tests.ui.drive import sell, submit_code
from ui.customer.settings_dialog import FeedbackSettingsDialog
from ui.customer.window import CustomerWindow, Step
from ui.main_window import MainWindow


def _tap(qtbot, screen: CustomerWindow, button: Any) -> None:
    qtbot.waitUntil(screen.accepting_taps)  # a real finger, not a double tap
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _ratings(counter: Counter) -> list[tuple]:
    return [tuple(r) for r in counter.db.execute(
        "SELECT ref_id, customer_id, json_extract(body, '$.score'), json_extract(body, '$.reason'), "
        "json_extract(body, '$.source') FROM events WHERE kind = 'rating' ORDER BY seq")]


def _last_sale(counter: Counter) -> tuple[str, str]:
    row = counter.db.execute("SELECT id, json_extract(body, '$.receipt_no') FROM events WHERE kind = 'sale' "
                             "ORDER BY seq DESC LIMIT 1").fetchone()
    return row[0], row[1]


def test_after_a_sale_the_customer_screen_asks_about_that_visit(qtbot, window: MainWindow,
                                                                seed_counter: Counter) -> None:
    screen = window.customer_screen.screen
    assert not screen.isVisible()  # one screen only: the cashier shows it when wanted
    window.actions_by_name["customer"].trigger()
    assert screen.isVisible() and screen.step == Step.IDLE
    enrolment = seed_counter.enrol("Réka Tóth")
    submit_code(qtbot, window, enrolment.card.code)
    sell(qtbot, window, "4.50")
    sale_id, _ = _last_sale(seed_counter)
    qtbot.waitUntil(lambda: screen.step == Step.PROGRESS)
    assert screen.prompt.sale_id == sale_id and screen.prompt.first_name == "Réka"
    assert screen.progress.progress.text() == "4 more to your \u2068free coffee\u2069"  # bidi-isolated
    _tap(qtbot, screen, screen.progress.continue_button)
    _tap(qtbot, screen, screen.question.score_buttons[10])
    _tap(qtbot, screen, screen.reasons.reason_buttons["quality"])
    _tap(qtbot, screen, screen.comment.send_button)
    qtbot.waitUntil(lambda: len(_ratings(seed_counter)) == 1)
    assert _ratings(seed_counter) == [(sale_id, enrolment.customer.id, 10, "quality", "screen")]
    assert not window.customer_screen.alert.isVisible()


def test_a_low_score_alerts_the_cashier_and_leaves_a_note_for_the_next_scan(qtbot, window: MainWindow,
                                                                            seed_counter: Counter,
                                                                            clock: FixedClock) -> None:
    screen, alert = window.customer_screen.screen, window.customer_screen.alert
    window.actions_by_name["customer"].trigger()
    enrolment = seed_counter.enrol("Bence Kiss")
    submit_code(qtbot, window, enrolment.card.code)
    assert not window.cashier.customer_panel.note_label.isVisible()
    sell(qtbot, window, "3.20")
    qtbot.waitUntil(lambda: screen.step == Step.PROGRESS)
    _tap(qtbot, screen, screen.progress.continue_button)
    _tap(qtbot, screen, screen.question.score_buttons[3])
    _tap(qtbot, screen, screen.reasons.reason_buttons["speed"])
    for key in "slow":
        qtbot.mouseClick(screen.comment.keyboard.keys[key], Qt.MouseButton.LeftButton)
    _tap(qtbot, screen, screen.comment.send_button)
    qtbot.waitUntil(alert.isVisible)
    assert alert.label.text() == "\u2068Bence\u2069 rated this visit 3/10: unhappy about speed – “Slow”"
    qtbot.mouseClick(alert.ok_button, Qt.MouseButton.LeftButton)
    assert not alert.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_Escape)  # next customer; Bence comes back two days later
    clock.advance(days=2)
    submit_code(qtbot, window, enrolment.card.code)
    note = window.cashier.customer_panel.note_label
    assert note.isVisible() and note.text() == 'last visit: unhappy about speed (3/10): "Slow"'


def test_a_receipt_code_held_to_the_camera_opens_its_visit_once(qtbot, window: MainWindow, seed_counter: Counter,
                                                                clock: FixedClock) -> None:
    screen = window.customer_screen.screen
    window.actions_by_name["customer"].trigger()
    enrolment = seed_counter.enrol("Dóra Nagy")
    rated = seed_counter.record_sale(enrolment.customer.id, 450)
    clock.advance(hours=1)
    seed_counter.record_sale(None, 200)  # another visit after it
    token = tokens.make_token(meta_get(seed_counter.db, "shop_secret"), rated.receipt_no, clock.now().date())
    url = tokens.feedback_url(seed_counter.shop().feedback_base_url, token)

    window.cashier.submit_code(url)  # the camera and the scanner reach the same code path
    qtbot.waitUntil(lambda: screen.step == Step.QUESTION)
    assert screen.prompt.sale_id == rated.sale.id
    _tap(qtbot, screen, screen.question.score_buttons[8])
    _tap(qtbot, screen, screen.reasons.skip_button)
    qtbot.waitUntil(lambda: len(_ratings(seed_counter)) == 1)
    assert _ratings(seed_counter) == [(rated.sale.id, enrolment.customer.id, 8, "", "receipt")]

    window.cashier.submit_code(url)  # the same receipt again: one rating per visit
    qtbot.waitUntil(window.tasks.is_idle)
    assert screen.step == Step.THANKS and "already been rated" in screen.thanks.message.text()
    assert window.cashier.banner.text() == "This visit was already rated: one rating per visit."
    window.cashier.submit_code(token[:-4] + "AAAA")
    qtbot.waitUntil(window.tasks.is_idle)
    assert window.cashier.banner.text() == "That receipt code is not from this shop."
    assert len(_ratings(seed_counter)) == 1


def test_the_owner_chooses_smileys_and_own_reasons(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    link = window.customer_screen
    window.owner_confirmed = lambda: True  # the owner gave the PIN (the door itself: tests/ui/test_settings_door.py)
    qtbot.keyClick(window, Qt.Key.Key_F11, Qt.KeyboardModifier.ShiftModifier)
    dialog = window.findChild(FeedbackSettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.scale.setCurrentIndex(1)
    dialog.reasons.setPlainText("Coffee\nCake\n\nMusic")
    dialog.idle_message.setText("Rate us after paying!")
    dialog.timeout.setValue(12)
    dialog.reasons.setPlainText("Coffee\nCoffee")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()  # the same reason twice: refused, dialog stays
    dialog.reasons.setPlainText("Coffee\nCake\n\nMusic")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.tasks.is_idle)
    qtbot.waitUntil(lambda: link.screen.settings.scale == Scale.CSAT)
    saved = feedback.load_settings(seed_counter.db)
    assert (saved.scale, saved.reasons, saved.idle_message, saved.timeout_seconds) == (
        Scale.CSAT, ("Coffee", "Cake", "Music"), "Rate us after paying!", 12)
    screen = link.screen
    assert sorted(screen.question.score_buttons) == [1, 2, 3, 4, 5]
    assert [b.text() for b in screen.reasons.reason_buttons.values()] == ["Coffee", "Cake", "Music"]
    assert screen.idle.message.text() == "Rate us after paying!" and screen.inactivity.interval() == 12_000

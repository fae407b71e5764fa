"""The language chosen in the settings applies at once, without a restart: every fixed word on screen,
what the windows compose from data, the layout direction (Persian right-to-left) and the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect
from terminal.preferences import UiPreferences, save_section
from terminal.shop import Shop
from ui import i18n
from ui.app import application, build_main_window
from ui.customer.keyboard import OnScreenKeyboard
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path: Path, clock: FixedClock, built_translations) -> Iterator[MainWindow]:
    application()
    db = connect(tmp_path / "terminal.db")
    Counter(db, clock=clock).save_settings(shop=Shop(name="Kávézó", currency="HUF", language="hu"))
    db.close()
    main = build_main_window(tmp_path, clock)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.shop.name == "Kávézó")  # the shop, read on the writer's thread
    yield main
    qtbot.waitUntil(main.tasks.is_idle)
    main.tasks.shutdown()
    if main.printing is not None:
        main.printing.service.shutdown()
    if main.sync_runner is not None:
        main.sync_runner.shutdown()


def test_the_shops_language_is_used_at_start(window: MainWindow) -> None:
    assert i18n.current() == "hu"
    assert window.actions_by_name["enrol"].text() == "Regisztrál\n(F2)"
    assert window.cashier.sale_panel.confirm_button.text() == "Eladás rögzítése  ⏎"
    assert window.cashier.sale_panel.quick_buttons[0].text() == "3\xa0Ft"  # 2.50 of a forint, no decimals


def test_the_terminals_own_preference_wins(qtbot, tmp_path: Path, clock: FixedClock, built_translations) -> None:
    application()
    save_section(tmp_path / "preferences.json", "ui", UiPreferences(language="uk"))
    main = build_main_window(tmp_path, clock)
    qtbot.addWidget(main)
    assert i18n.current() == "uk"
    assert main.actions_by_name["refund"].text() == "Повернення\n(F9)"
    qtbot.waitUntil(main.tasks.is_idle)
    main.tasks.shutdown()
    main.printing.service.shutdown()
    if main.sync_runner is not None:
        main.sync_runner.shutdown()


def test_an_english_shop_gets_englishs_own_plural_forms(qtbot, tmp_path: Path, clock: FixedClock,
                                                         as_started) -> None:
    """English is a translation too (its plural forms): the app once skipped it, being English already."""
    application()
    db = connect(tmp_path / "terminal.db")
    Counter(db, clock=clock).save_settings(shop=Shop(name="Corner Café", currency="EUR", language="en"))
    db.close()
    main = build_main_window(tmp_path, clock)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.shop.name == "Corner Café")
    assert QCoreApplication.translate("SyncStatusLabel", "%n events set aside", "", 1) == "1 event set aside"
    qtbot.waitUntil(main.tasks.is_idle)
    main.tasks.shutdown()
    if main.printing is not None:
        main.printing.service.shutdown()
    if main.sync_runner is not None:
        main.sync_runner.shutdown()


def test_switching_applies_at_once_and_persian_mirrors(qtbot, window: MainWindow) -> None:
    i18n.apply("ru")
    assert window.actions_by_name["enrol"].text() == "Регистрация\n(F2)"
    assert window.cashier.sale_panel.confirm_button.text() == "Провести продажу  ⏎"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    i18n.apply("fa")
    assert window.actions_by_name["enrol"].text() == "ثبت‌نام (F2)"
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.waitUntil(lambda: window.status_text.text() == "آماده. کارت را اسکن کنید یا کد را وارد کنید.")
    qtbot.waitUntil(lambda: "۳" in window.cashier.sale_panel.quick_buttons[0].text())  # Persian digits
    i18n.apply("en")
    assert window.actions_by_name["enrol"].text() == "Enrol (F2)"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_settings_dialog_language_switches_the_screens(qtbot, window: MainWindow) -> None:
    window.owner_confirmed = lambda: True
    window.open_settings()
    qtbot.waitUntil(lambda: getattr(window, "settings_dialog", None) is not None)
    dialog = window.settings_dialog
    dialog.language.setCurrentIndex(dialog.language.findData("lt"))
    with qtbot.waitSignal(dialog.saved):
        dialog._save()
    qtbot.waitUntil(lambda: i18n.current() == "lt")
    assert window.actions_by_name["enrol"].text() == "Registruoti\n(F2)"


@pytest.mark.parametrize(("language", "letters"), [
    ("hu", "őúéáűíöüó"), ("ru", "йцукенгшщзхъэё"), ("uk", "їєґі'"), ("lt", "ąčęėįšųūž"), ("fa", "پچژگکیآ"),
])
def test_keyboard_has_the_languages_letters(qtbot, language: str, letters: str) -> None:
    edit = QLineEdit()
    keyboard = OnScreenKeyboard(edit, language=language)
    qtbot.addWidget(keyboard)
    assert set(letters) <= set(keyboard.keys)
    for letter in letters[:3]:
        keyboard.keys[letter].click()
    assert edit.text() == letters[0].upper() + letters[1:3]


def test_the_customer_screen_speaks_the_card_holders_language(qtbot, window: MainWindow, tmp_path: Path,
                                                             clock: FixedClock) -> None:
    db = connect(tmp_path / "terminal.db")
    counter = Counter(db, clock=clock)
    olena = counter.enrol("Олена Шевченко", language="uk").customer.id
    zahra = counter.enrol("زهرا محمدی", language="fa").customer.id
    db.close()
    screen = window.customer_screen.screen
    assert screen.language == "hu"
    window.cashier.open_customer(olena)
    qtbot.waitUntil(lambda: screen.language == "uk")
    assert screen.question.question.text() == "Наскільки ймовірно, що ви порекомендуєте нас другові?"
    assert "ї" in screen.comment.keyboard.keys and "ő" not in screen.comment.keyboard.keys
    assert window.actions_by_name["enrol"].text() == "Regisztrál\n(F2)"  # the cashier keeps Hungarian
    window.cashier.open_customer(zahra)
    qtbot.waitUntil(lambda: screen.language == "fa")
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert screen.reasons.title.text() == "چه چیزی برایتان از همه مهم‌تر بود؟"
    screen.go_idle()  # the visit is over
    assert screen.language == "hu"
    assert screen.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert screen.question.skip_button.text() == "Kihagyás"


def test_the_customers_language_is_kept_and_checked(counter: Counter) -> None:
    from terminal.counter import CounterError

    customer = counter.enrol("Rūta", language="lt").customer
    assert counter.customer(customer.id).language == "lt"
    counter.update_profile(customer.id, language="ru")
    assert counter.customer(customer.id).language == "ru"
    with pytest.raises(CounterError):
        counter.enrol("Someone", language="xx")
    counter.erase_customer(customer.id)
    assert counter.customer(customer.id).language == ""


def test_the_customer_picks_a_language_on_the_screen_and_it_is_kept(qtbot, window: MainWindow, tmp_path: Path,
                                                                    clock: FixedClock) -> None:
    db = connect(tmp_path / "terminal.db")
    counter = Counter(db, clock=clock)
    rita = counter.enrol("Rita").customer.id
    screen = window.customer_screen.screen
    window.cashier.open_customer(rita)
    qtbot.waitUntil(lambda: window.cashier.customer_panel.customer is not None)
    window.cashier.record_sale(450)
    qtbot.waitUntil(lambda: screen.prompt is not None and not screen.language_button.isHidden())
    assert screen.language_button.text() == "Magyar"
    names = [action.text() for action in screen.language_menu.actions()]
    assert names == ["English", "Magyar", "Русский", "Українська", "Lietuvių", "فارسی"]
    screen.language_menu.actions()[4].trigger()  # Lietuvių
    assert screen.language == "lt" and screen.language_button.text() == "Lietuvių"
    qtbot.waitUntil(lambda: counter.customer(rita).language == "lt")
    db.close()

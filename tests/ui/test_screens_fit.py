"""Screens that fit: every window and dialog fits 1024×768, the main window resizes, text scales with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.loyalty import Rules
from terminal.shop import Shop
from tests.ui.drive import submit_code
from ui.cashier import scaling
from ui.cashier.enrol_dialog import EnrolDialog
from ui.cashier.history_dialog import HistoryDialog
from ui.cashier.refund_dialog import RefundDialog
from ui.cashier.search_dialog import SearchDialog
from ui.cashier.settings_dialog import SettingsDialog
from ui.main_window import MainWindow
from ui.owner.window import OwnerWindow
from ui.window_fit import TITLE_BAR, fit_to_screen, restore_geometry, save_geometry

SMALLEST = QSize(1024, 768 - TITLE_BAR)


def _fits(widget: QWidget) -> bool:
    need = widget.minimumSize().expandedTo(widget.minimumSizeHint())
    return need.width() <= SMALLEST.width() and need.height() <= SMALLEST.height()


def test_no_top_level_window_needs_more_than_1024_by_768(qtbot, window: MainWindow, seed_counter: Counter,
                                                         data_folder: Path, clock: FixedClock) -> None:
    anna = seed_counter.enrol("Anna")
    seed_counter.record_sale(anna.customer.id, 450)
    submit_code(qtbot, window, anna.card.code)
    owner = OwnerWindow(data_folder / "terminal.db", clock=clock)
    qtbot.addWidget(owner)
    windows = [window, owner, window.customer_screen.screen, EnrolDialog(None, window), RefundDialog(parent=window),
               HistoryDialog("Anna", seed_counter.history(anna.customer.id), parent=window),
               SearchDialog(lambda _text, _done: None, parent=window), SettingsDialog(Rules(), Shop(), window)]
    too_big = [type(w).__name__ for w in windows if not _fits(w)]
    assert too_big == []
    qtbot.waitUntil(owner.worker.is_idle)
    owner.close()


def test_the_main_window_resizes_and_its_text_follows(qtbot, window: MainWindow) -> None:
    assert window.maximumSize().width() > 1920 and window.maximumSize().height() > 1080  # not fixed
    window.resize(1920, 1040)
    qtbot.waitUntil(lambda: window.scale == 1.3)
    big_stamps = window.cashier.customer_panel.stamps.sizeHint().height()
    window.resize(1280, 760)
    qtbot.waitUntil(lambda: window.scale == 1.0)
    assert window.cashier.customer_panel.stamps.sizeHint().height() < big_stamps
    window.resize(1024, 728)
    qtbot.waitUntil(lambda: window.scale == 0.8)
    assert "font-size: 14px" in window.cashier.styleSheet()  # 17 px × 0.8


def test_scaling_steps() -> None:
    assert scaling.factor_for(1280, 760) == 1.0
    assert scaling.factor_for(1920, 1040) == 1.3
    assert scaling.factor_for(800, 560) == 0.8
    assert scaling.factor_for(3840, 2160) == 1.6
    assert scaling.scaled("#a { font-size: 20px; padding: 5px 10px; }", 1.5) == \
        "#a { font-size: 30px; padding: 8px 15px; }"


def test_a_window_opens_within_the_screen_and_comes_back_where_it_was(qtbot, tmp_path: Path) -> None:
    free = QGuiApplication.primaryScreen().availableGeometry()
    widget = QWidget()
    qtbot.addWidget(widget)
    size = fit_to_screen(widget, QSize(free.width() + 500, free.height() + 500))
    assert size.width() <= free.width() and size.height() <= free.height() - TITLE_BAR
    widget.resize(300, 200)
    widget.show()
    save_geometry(widget, "test", tmp_path)
    again = QWidget()
    qtbot.addWidget(again)
    assert restore_geometry(again, "test", tmp_path)
    assert again.size() == QSize(300, 200)
    assert not restore_geometry(QWidget(), "never-saved", tmp_path)


def test_the_more_menu_shows_each_shortcut_once(window: MainWindow) -> None:
    for action in window.more_menu.actions():
        key = action.shortcut().toString()
        assert key and key not in action.text(), action.text()
    assert window.actions_by_name["adjust"].text() == "Adjust points… (owner)"


def test_a_new_customer_clears_the_old_message(qtbot, window: MainWindow, seed_counter: Counter) -> None:
    anna = seed_counter.enrol("Anna")
    window.cashier.show_message("warning", "Not one of our cards.")
    assert window.status_text.text() == "Not one of our cards."
    submit_code(qtbot, window, anna.card.code)
    assert window.status_text.text() != "Not one of our cards."


def test_f1_opens_the_cashiers_guide_with_every_key(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.help_dialog
    assert guide.isVisible()
    keys = {guide.keys.item(r, 0).text(): guide.keys.item(r, 1).text() for r in range(guide.keys.rowCount())}
    for key, what in (("F9", "Refund"), ("F7", "Lost card"), ("F6", "History"), ("Ctrl+Z", "Undo"),
                      ("Shift+F4", "Merge"), ("F11", "Customer screen")):
        assert keys[key].startswith(what), (key, keys.get(key))
    assert _fits(guide)
    guide.reject()


def test_the_owners_dashboard_opens_within_the_screen_and_remembers_its_size(qtbot, data_folder: Path,
                                                                            clock: FixedClock) -> None:
    free = QGuiApplication.primaryScreen().availableGeometry()
    owner = OwnerWindow(data_folder / "terminal.db", clock=clock)
    qtbot.addWidget(owner)
    assert owner.width() <= free.width() and owner.height() <= free.height() - TITLE_BAR
    owner.show()
    owner.resize(owner.width(), 500)
    left = owner.size()
    assert left.height() == 500
    qtbot.waitUntil(owner.worker.is_idle)
    owner.close()
    again = OwnerWindow(data_folder / "terminal.db", clock=clock)
    qtbot.addWidget(again)
    assert again.height() == left.height() == 500  # (the width is held by the small test screen)
    again.worker.shutdown()

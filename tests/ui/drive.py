"""Driving the cashier's window as a person would: type into the real widgets, press Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.main_window import MainWindow


def submit_code(qtbot, window: MainWindow, text: str) -> None:
    """Type a code (as a USB scanner does) and Enter; wait until the database worker is done."""
    window.cashier.code_entry.setFocus()
    qtbot.keyClicks(window.cashier.code_entry, text)
    qtbot.keyClick(window.cashier.code_entry, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle)


def sell(qtbot, window: MainWindow, amount: str) -> None:
    field = window.cashier.sale_panel.amount
    field.clear()
    qtbot.keyClicks(field, amount)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle)

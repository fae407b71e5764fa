"""The cashier's print actions and the printer settings dialog, on real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from terminal.paths import database_path
from terminal.receipts.preferences import load_preferences
from ui.printing.actions import PrintActions
from ui.printing.backend import system_printer
from ui.printing.service import PrintService
from ui.printing.settings_dialog import PrinterSettingsDialog


@pytest.fixture
def window(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def no_printer_service(tmp_path: Path):
    service = PrintService(database_path(tmp_path), tmp_path,
                           printer_factory=lambda prefs: system_printer(prefs, available=list, default=str))
    yield service
    service.shutdown()


def test_without_a_printer_the_cashier_is_told_and_offered_a_pdf(qtbot, window, counter, no_printer_service,
                                                                 tmp_path):
    sale = counter.record_sale(None, 1250)
    target = tmp_path / "kept.pdf"
    offered: list[str] = []
    actions = PrintActions(no_printer_service, window,
                           ask_pdf_path=lambda name: offered.append(name) or target)
    messages: list[tuple[str, bool]] = []
    actions.message.connect(lambda text, problem: messages.append((text, problem)))
    actions.print_last.trigger()
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=20_000)
    assert messages[0][1] is True and "No printer" in messages[0][0]
    assert offered == ["receipt-last.pdf"]
    assert messages[1] == (f"Receipt {sale.receipt_no} sent to {target}.", False)
    assert target.read_bytes().startswith(b"%PDF")


def test_an_automatic_print_that_fails_only_reports(qtbot, window, counter, no_printer_service):
    sale = counter.record_sale(None, 1250)
    offered: list[str] = []
    actions = PrintActions(no_printer_service, window, ask_pdf_path=lambda name: offered.append(name))
    actions.auto_print.setChecked(True)
    with qtbot.waitSignal(actions.message, timeout=20_000) as message:
        actions.sale_recorded(sale.receipt_no)
    assert message.args[1] is True
    assert offered == []


def test_auto_print_toggle_is_remembered(qtbot, window, no_printer_service, tmp_path):
    actions = PrintActions(no_printer_service, window)
    assert actions.auto_print.isChecked() is False
    actions.auto_print.setChecked(True)
    no_printer_service.shutdown()
    assert load_preferences(tmp_path).auto_print is True


def test_settings_dialog_lists_printers_off_the_gui_thread_and_saves(qtbot, window, no_printer_service, tmp_path):
    dialog = PrinterSettingsDialog(no_printer_service, window)
    qtbot.addWidget(dialog)
    assert not dialog.printer.isEnabled()  # until the worker has asked the system for its printers
    qtbot.waitUntil(dialog.printer.isEnabled, timeout=20_000)
    assert dialog.printer.currentData() == ""  # the system default
    dialog.roll_width.setCurrentIndex(dialog.roll_width.findData(58))
    dialog.auto_print.setChecked(True)
    dialog.accept()
    assert no_printer_service.preferences.roll_width_mm == 58
    no_printer_service.shutdown()
    saved = load_preferences(tmp_path)
    assert (saved.roll_width_mm, saved.auto_print, saved.printer_name) == (58, True, "")

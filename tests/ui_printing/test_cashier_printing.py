"""Printing from the cashier window: automatic after a sale, Ctrl+P to reprint, and no printer at all."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect
from terminal.preferences import UiPreferences
from terminal.shop import Shop
from tests.receipts.pdftools import decode_qr, rasterise
from tests.ui_printing.test_print_service import PdfPrinters
from ui.app import application
from ui.main_window import MainWindow
from ui.printing.backend import system_printer
from ui.printing.service import PrintService
from ui.tasks import DbTasks


def _window(qtbot, folder: Path, clock: FixedClock, factory) -> Iterator[MainWindow]:
    application()
    connect(folder / "terminal.db").close()
    tasks = DbTasks(folder / "terminal.db", clock)
    service = PrintService(folder / "terminal.db", folder, printer_factory=factory)
    main = MainWindow(tasks, Shop(currency="EUR"), UiPreferences(), print_service=service)
    qtbot.addWidget(main)
    main.show()
    yield main
    qtbot.waitUntil(tasks.is_idle)
    tasks.shutdown()
    service.shutdown()


@pytest.fixture
def printers(tmp_path: Path) -> PdfPrinters:
    return PdfPrinters(tmp_path)


@pytest.fixture
def window(qtbot, tmp_path: Path, clock: FixedClock, printers: PdfPrinters) -> Iterator[MainWindow]:
    yield from _window(qtbot, tmp_path, clock, printers)


def _sell(qtbot, window: MainWindow, amount: str) -> None:
    field = window.cashier.sale_panel.amount
    qtbot.keyClicks(field, amount)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle)


def test_auto_print_after_a_sale_and_ctrl_p_reprints_the_same_receipt(qtbot, window: MainWindow,
                                                                      printers: PdfPrinters):
    assert window.printing is not None
    printed: list[str] = []
    window.printing.service.printed.connect(lambda number, _where: printed.append(number))
    window.printing.auto_print.setChecked(True)
    _sell(qtbot, window, "4.50")
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=20_000)
    assert "sent to" in window.status_text.text()
    first = decode_qr(rasterise(printers.jobs[0]))[0].text

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(printed) == 2, timeout=20_000)
    assert printed[1] == printed[0] and len(printers.jobs) == 2
    assert decode_qr(rasterise(printers.jobs[1]))[0].text == first


@pytest.fixture
def no_printer_window(qtbot, tmp_path: Path, clock: FixedClock) -> Iterator[MainWindow]:
    yield from _window(qtbot, tmp_path, clock, lambda prefs: system_printer(prefs, available=list, default=str))


def test_without_a_printer_the_sale_is_kept_and_the_cashier_told(qtbot, no_printer_window: MainWindow,
                                                                 tmp_path: Path):
    window = no_printer_window
    window.printing.auto_print.setChecked(True)
    _sell(qtbot, window, "12")
    qtbot.waitUntil(lambda: "No printer" in window.status_text.text(), timeout=20_000)
    db = connect(tmp_path / "terminal.db")
    try:
        assert db.execute("SELECT COUNT(*) FROM events WHERE kind = 'sale'").fetchone()[0] == 1
    finally:
        db.close()


def _enrol_through_the_window(qtbot, window: MainWindow, name: str) -> None:
    dialog = window.cashier.open_enrol_dialog()
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(window.tasks.is_idle)


def test_a_new_customers_card_is_printed_with_their_code(qtbot, window: MainWindow, printers: PdfPrinters):
    with qtbot.waitSignal(window.printing.service.card_printed, timeout=20_000) as printed:
        _enrol_through_the_window(qtbot, window, "Anna Kovacs")
    assert printed.args[2] is False and "sent to" in window.cashier.banner.text()
    codes = [found.text for found in decode_qr(rasterise(printers.jobs[-1], dpi=300))]
    counter = Counter(connect(window.tasks.db_path))
    lookup = counter.open_card(codes[0])
    assert lookup.customer is not None and lookup.customer.name == "Anna Kovacs"
    counter.db.close()


def test_without_a_printer_a_new_card_is_kept_as_a_pdf(qtbot, no_printer_window: MainWindow, tmp_path: Path):
    window = no_printer_window
    with qtbot.waitSignal(window.printing.service.card_printed, timeout=20_000) as printed:
        _enrol_through_the_window(qtbot, window, "Anna Kovacs")
    saved = Path(printed.args[1])
    assert printed.args[2] is True and "saved as" in window.cashier.banner.text()
    assert saved.parent == tmp_path / "cards" and saved.exists()
    assert decode_qr(rasterise(saved, dpi=300))


@pytest.mark.parametrize(("typed", "kind", "saved"), [("phone.png", "Picture (*.png)", "phone.png"),
                                                     ("phone.pdf", "Picture (*.png)", "phone.pdf"),
                                                     ("phone", "PDF (*.pdf)", "phone.pdf")])
def test_after_enrolment_the_card_is_saved_for_the_phone_and_opens_the_customer(qtbot, window: MainWindow,
                                                                                 tmp_path: Path, typed: str,
                                                                                 kind: str, saved: str):
    assert window.save_phone_card() is None and "Enrol a customer" in window.cashier.banner.text()
    with qtbot.waitSignal(window.printing.service.card_printed, timeout=20_000):
        _enrol_through_the_window(qtbot, window, "Anna Kovacs")
    assert "Ctrl+Shift+P" in window.cashier.banner.text()
    dialog = window.save_phone_card()
    assert dialog is not None and dialog.isVisible()
    assert dialog.selectedFiles()[0].endswith(".png") and "*" not in dialog.selectedFiles()[0]
    with qtbot.waitSignal(window.printing.service.phone_card_saved, timeout=20_000):
        dialog.selectNameFilter(kind)
        dialog.selectFile(str(tmp_path / typed))
        dialog.accept()
    path = tmp_path / saved
    assert f"saved for the phone as {path}" in window.cashier.banner.text()
    if saved.endswith(".pdf"):
        image = rasterise(path, dpi=200)
    else:
        image = Image.open(path)
        assert image.size == (1080, 1920)
    codes = [found.text for found in decode_qr(image)]
    counter = Counter(connect(window.tasks.db_path))
    lookup = counter.open_card(codes[0])
    assert lookup.customer is not None and lookup.customer.name == "Anna Kovacs"
    counter.db.close()

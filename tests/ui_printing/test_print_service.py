"""Printing off the GUI thread through Qt, with a printer that writes a PDF (the only fake: the device)."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from terminal import tokens
from terminal.counter import Counter
from terminal.db import meta_get
from terminal.paths import database_path
from terminal.receipts.preferences import PrinterPreferences, load_preferences
from terminal.receipts.receipt import receipt_pdf
from tests.receipts.pdftools import decode_qr, page_sizes_mm, rasterise
from ui.printing.backend import PrintProblem, pdf_file_printer, system_printer
from ui.printing.messages import problem_text
from ui.printing.service import PrintService

ONE_POINT_MM = 25.4 / 72  # Qt's PDF printer writes page sizes in whole points


class PdfPrinters:
    """Each job goes to the next numbered PDF file; remembers what it was asked for."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.jobs: list[Path] = []
        self.asked_with: list[PrinterPreferences] = []

    def __call__(self, preferences: PrinterPreferences) -> QPrinter:
        self.asked_with.append(preferences)
        self.jobs.append(self.folder / f"job{len(self.jobs) + 1}.pdf")
        printer = pdf_file_printer(self.jobs[-1])
        printer.setResolution(203)  # like a thermal roll printer
        return printer


@pytest.fixture
def printers(tmp_path: Path) -> PdfPrinters:
    return PdfPrinters(tmp_path)


@pytest.fixture
def make_service(qtbot, tmp_path: Path):
    made: list[PrintService] = []

    def make(factory) -> PrintService:
        made.append(PrintService(database_path(tmp_path), tmp_path, printer_factory=factory))
        return made[-1]

    yield make
    for service in made:
        service.shutdown()


@pytest.fixture
def sale(counter: Counter):
    return counter.record_sale(counter.enrol("Олена Шевченко").customer.id, 1250)


def test_receipt_goes_through_qt_to_the_printer_and_its_qr_still_verifies(qtbot, db, sale, make_service, printers):
    service = make_service(printers)
    with qtbot.waitSignal(service.printed, timeout=20_000) as printed:
        service.print_receipt(sale.receipt_no)
    assert printed.args == [sale.receipt_no, str(printers.jobs[0])]
    [(width, _height)] = page_sizes_mm(printers.jobs[0])
    assert width == pytest.approx(80, abs=ONE_POINT_MM)  # the printer's page is the receipt's own size
    images = subprocess.run(["pdfimages", "-list", str(printers.jobs[0])], capture_output=True, text=True,
                            check=True).stdout
    assert " image " in images and "jpeg" not in images  # lossless black and white, no JPEG smudge
    [found] = decode_qr(rasterise(printers.jobs[0]))
    ref = tokens.verify(meta_get(db, "shop_secret"), found.text, date.fromisoformat(sale.sale.ts[:10]))
    assert ref.receipt_no == sale.receipt_no


def test_no_printer_is_a_clear_message_and_the_sale_stays(qtbot, db, sale, make_service):
    service = make_service(lambda prefs: system_printer(prefs, available=list, default=str))
    with qtbot.waitSignal(service.failed, timeout=20_000) as failed:
        service.print_receipt(sale.receipt_no)
    assert failed.args[:2] == [sale.receipt_no, PrintProblem.NO_PRINTER]
    assert "No printer" in problem_text(PrintProblem.NO_PRINTER)
    assert db.execute("SELECT COUNT(*) FROM receipts WHERE receipt_no = ?", [sale.receipt_no]).fetchone()[0] == 1


def test_a_vanished_printer_is_named(qtbot, sale, make_service):
    service = make_service(lambda prefs: system_printer(prefs, available=lambda: ["Office"], default=lambda: ""))
    service.set_preferences(PrinterPreferences(printer_name="TM-T20"))
    with qtbot.waitSignal(service.failed, timeout=20_000) as failed:
        service.print_receipt(sale.receipt_no)
    assert failed.args[1:] == [PrintProblem.PRINTER_NOT_FOUND, "TM-T20"]
    assert "TM-T20" in problem_text(*failed.args[1:])


def test_reprint_prints_this_terminals_last_receipt_on_the_chosen_roll(qtbot, counter, sale, make_service,
                                                                       printers):
    later = counter.record_sale(None, 990)
    service = make_service(printers)
    service.set_preferences(PrinterPreferences(roll_width_mm=58))
    with qtbot.waitSignal(service.printed, timeout=20_000) as printed:
        service.reprint_last()
    assert printed.args[0] == later.receipt_no
    assert page_sizes_mm(printers.jobs[0])[0][0] == pytest.approx(58, abs=ONE_POINT_MM)
    # pages print as images; with no hub set, the code is the bare token for the counter camera
    assert decode_qr(rasterise(printers.jobs[0]))[0].text.startswith(f"{later.receipt_no}.")


def test_reprint_before_any_sale_says_so(qtbot, db, make_service, printers):
    service = make_service(printers)
    with qtbot.waitSignal(service.failed, timeout=20_000) as failed:
        service.reprint_last()
    assert failed.args[1] == PrintProblem.NO_RECEIPT_YET
    assert printers.jobs == []


def test_save_as_pdf_writes_the_receipt_itself(qtbot, db, sale, make_service, printers, tmp_path):
    service = make_service(printers)
    target = tmp_path / "saved.pdf"
    with qtbot.waitSignal(service.printed, timeout=20_000):
        service.save_receipt_pdf(sale.receipt_no, target)
    assert target.read_bytes() == receipt_pdf(db, sale.receipt_no, 80)


def test_save_into_a_missing_folder_fails_with_the_reason(qtbot, sale, make_service, printers, tmp_path):
    service = make_service(printers)
    with qtbot.waitSignal(service.failed, timeout=20_000) as failed:
        service.save_receipt_pdf(sale.receipt_no, tmp_path / "nowhere" / "r.pdf")
    assert failed.args[1] == PrintProblem.WRITE_FAILED


def test_automatic_printing_follows_the_preference(qtbot, counter, sale, make_service, printers, tmp_path):
    service = make_service(printers)
    printed: list[str] = []
    service.printed.connect(lambda number, _where: printed.append(number))
    service.sale_recorded(sale.receipt_no)  # auto print is off by default
    with qtbot.waitSignal(service.printed, timeout=20_000):
        service.reprint_last()  # jobs run in order: an automatic print would have come first
    assert printed == [sale.receipt_no]

    service.set_preferences(replace(service.preferences, auto_print=True))
    second = counter.record_sale(None, 500)
    with qtbot.waitSignal(service.printed, timeout=20_000) as auto:
        service.sale_recorded(second.receipt_no)
    assert auto.args[0] == second.receipt_no
    service.shutdown()
    assert load_preferences(tmp_path).auto_print is True


@pytest.mark.expected_error_log
def test_a_bug_in_a_job_is_reported_not_lost(qtbot, sale, make_service, caplog):
    def broken(_prefs):
        raise RuntimeError("driver exploded")

    service = make_service(broken)
    with qtbot.waitSignal(service.failed, timeout=20_000) as failed:
        service.print_receipt(sale.receipt_no)
    assert failed.args[1] == PrintProblem.UNEXPECTED
    assert "driver exploded" in caplog.text

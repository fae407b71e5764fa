"""The API the cashier window uses to print: every job runs on a worker, results come back as signals.

The sale is committed before anything here starts, so a failed print only ever costs a piece of
paper: the window shows the reason and offers "save as PDF". Jobs run one at a time, in order, on
the print worker (ui/worker.py) with its own reading connection, opened on that thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinterInfo

from terminal.db import Database, connect
from terminal.receipts.cards import CardFace, render_cards
from terminal.receipts.phone_card import phone_card_pdf, phone_card_png
from terminal.receipts.preferences import PrinterPreferences, load_preferences, save_preferences
from terminal.receipts.receipt import receipt_pdf
from terminal.receipts.receipt_data import ReceiptError, last_receipt_no
from ui.printing.backend import (
    PrinterFactory,
    PrintError,
    PrintProblem,
    print_pdf,
    printer_label,
    system_printer,
)
from ui.worker import ThreadWorker

log = logging.getLogger("print")


class PrintService(QObject):
    """``print_receipt(no)``, ``reprint_last()``, ``save_receipt_pdf(no, path)``; answers by signal.

    ``failed`` carries the number asked for ("" for "the last one"), the problem and a detail.
    """

    printed = Signal(str, str)  # receipt number, where it went (printer name or PDF path)
    failed = Signal(str, object, str)  # receipt number ("" if unknown), PrintProblem, detail
    card_printed = Signal(str, str, bool)  # the card's hint, where it went, kept as a PDF (no printer)
    printers_listed = Signal(list)  # names of the installed printers, for the settings dialog
    phone_card_saved = Signal(str, str)  # the card's hint, the file

    def __init__(self, database: Path, data_folder: Path, printer_factory: PrinterFactory = system_printer,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = data_folder
        self._printer_factory = printer_factory
        self._preferences = load_preferences(data_folder)
        self._worker: ThreadWorker[Database] = ThreadWorker(
            lambda: connect(database, migrate=False), lambda db: db.close(), "print", self)

    # -- preferences ----------------------------------------------------------------------------
    @property
    def preferences(self) -> PrinterPreferences:
        return self._preferences

    def set_preferences(self, preferences: PrinterPreferences) -> None:
        self._preferences = preferences
        self._submit("", lambda _db: save_preferences(self._folder, preferences))

    def list_printers(self) -> None:
        """Ask for the installed printers (CUPS can be slow to answer): ``printers_listed`` brings them."""
        self._submit("", lambda _db: self.printers_listed.emit(list(QPrinterInfo.availablePrinterNames())))

    # -- printing -------------------------------------------------------------------------------
    def sale_recorded(self, receipt_no: str) -> None:
        """Call after each committed sale: prints at once when the owner chose automatic printing."""
        if self._preferences.auto_print:
            self.print_receipt(receipt_no)

    def print_receipt(self, receipt_no: str | None) -> None:
        """Print a receipt; None means this terminal's last one (reprint)."""
        preferences = self._preferences

        def work(db: Database) -> None:
            number = self._resolve(db, receipt_no)
            pdf = self._render(db, number, preferences.roll_width_mm)
            printer = self._printer_factory(preferences)
            print_pdf(pdf, printer)
            self.printed.emit(number, printer_label(printer))

        self._submit(receipt_no, work)

    def print_card(self, face: CardFace) -> None:
        """A new customer's card, on the chosen printer; without one it is kept as a PDF in the data folder."""
        preferences = self._preferences
        label = f"card …{face.code.hint}"

        def work(_db: Database) -> None:
            pdf = render_cards([face])
            try:
                printer = self._printer_factory(preferences)
                print_pdf(pdf, printer)
            except PrintError:
                # The code exists in clear only now: never lose it, keep the card to print later.
                folder = self._folder / "cards"
                folder.mkdir(exist_ok=True)
                path = folder / f"card-{face.code.hint}.pdf"
                path.write_bytes(pdf)
                self.card_printed.emit(face.code.hint, str(path), True)
                return
            self.card_printed.emit(face.code.hint, printer_label(printer), False)

        self._submit(label, work)

    def save_phone_card(self, face: CardFace, path: Path) -> None:
        """The card as a picture for the customer's phone: a PDF if the name ends in .pdf, else a PNG."""
        def work(_db: Database) -> None:
            data = phone_card_pdf(face) if path.suffix.lower() == ".pdf" else phone_card_png(face)
            try:
                path.write_bytes(data)
            except OSError as exc:
                raise PrintError(PrintProblem.WRITE_FAILED, f"{path}: {exc.strerror or exc}") from exc
            self.phone_card_saved.emit(face.code.hint, str(path))

        self._submit(f"card …{face.code.hint}", work)

    def print_document(self, label: str, render: Callable[[PrinterPreferences], bytes]) -> None:
        """Any other page (the printer's test page, the owner's recovery code) on the chosen printer.

        ``render`` runs on the worker with the printer preferences; ``printed(label, where)`` or
        ``failed(label, problem, detail)`` answers.
        """
        preferences = self._preferences

        def work(_db: Database) -> None:
            pdf = render(preferences)
            printer = self._printer_factory(preferences)
            print_pdf(pdf, printer)
            self.printed.emit(label, printer_label(printer))

        self._submit(label, work)

    def save_document(self, label: str, render: Callable[[PrinterPreferences], bytes], path: Path) -> None:
        """Any other page as a PDF file; ``printed(label, path)`` or ``failed(label, WRITE_FAILED, …)``."""
        preferences = self._preferences

        def work(_db: Database) -> None:
            pdf = render(preferences)
            try:
                path.write_bytes(pdf)
            except OSError as exc:
                raise PrintError(PrintProblem.WRITE_FAILED, f"{path}: {exc.strerror or exc}") from exc
            self.printed.emit(label, str(path))

        self._submit(label, work)

    @property
    def roll_width_mm(self) -> int:
        return self._preferences.roll_width_mm

    def reprint_last(self) -> None:
        self.print_receipt(None)

    def save_receipt_pdf(self, receipt_no: str | None, path: Path) -> None:
        """The fallback when there is no printer: the same receipt, as a PDF file of its own size."""
        width = self._preferences.roll_width_mm

        def work(db: Database) -> None:
            number = self._resolve(db, receipt_no)
            pdf = self._render(db, number, width)
            try:
                path.write_bytes(pdf)
            except OSError as exc:
                raise PrintError(PrintProblem.WRITE_FAILED, f"{path}: {exc.strerror or exc}") from exc
            self.printed.emit(number, str(path))

        self._submit(receipt_no, work)

    def shutdown(self) -> None:
        """Let queued jobs finish, then stop (call when the window closes). Safe to call twice."""
        self._worker.shutdown()

    def is_idle(self) -> bool:
        return self._worker.is_idle()

    # -- in the worker --------------------------------------------------------------------------
    def _render(self, db: Database, receipt_no: str, width: int) -> bytes:
        try:
            return receipt_pdf(db, receipt_no, width)
        except ReceiptError as exc:
            raise PrintError(PrintProblem.UNKNOWN_RECEIPT, receipt_no) from exc

    def _resolve(self, db: Database, receipt_no: str | None) -> str:
        if receipt_no:
            return receipt_no
        number = last_receipt_no(db)
        if number is None:
            raise PrintError(PrintProblem.NO_RECEIPT_YET)
        return number

    def _submit(self, receipt_no: str | None, work: Callable[[Database], None]) -> None:
        def guarded(db: Database) -> None:
            try:
                work(db)
            except PrintError as exc:
                log.warning("printing %s failed: %s", receipt_no or "the last receipt", exc)
                self.failed.emit(receipt_no or "", exc.problem, exc.detail)
            except Exception as exc:  # a bug: never lost, logged with its traceback and reported
                log.exception("printing %s: unexpected error", receipt_no or "the last receipt")
                self.failed.emit(receipt_no or "", PrintProblem.UNEXPECTED, repr(exc))

        self._worker.run(guarded)

"""The cashier window's print actions: print or reprint, save as PDF, automatic printing, settings.

The window adds ``actions()`` to its toolbar or menu, calls ``sale_recorded(receipt_no)`` after each
committed sale, and shows ``message`` in its banner. When a print the cashier asked for fails for
want of a printer, the save-as-PDF dialog is offered at once; an automatic print only reports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.printing.backend import PrintProblem
from ui.printing.messages import printed_text, problem_text
from ui.printing.service import PrintService
from ui.printing.settings_dialog import PrinterSettingsDialog

PRINTER_PROBLEMS = {PrintProblem.NO_PRINTER, PrintProblem.PRINTER_NOT_FOUND, PrintProblem.PRINTER_FAILED}
AskPath = Callable[[str], Path | None]  # suggested file name -> chosen path, None if cancelled


class PrintActions(QObject):
    message = Signal(str, bool)  # text for the banner, True when it reports a problem

    def __init__(self, service: PrintService, window: QWidget, ask_pdf_path: AskPath | None = None) -> None:
        super().__init__(window)
        self.service = service
        self._window = window
        self._ask_pdf_path = ask_pdf_path or self._ask_with_dialog
        self._asked: set[str] = set()  # receipts the cashier asked to print ("" = the last one)

        self.print_last = QAction(self.tr("Print receipt"), window)
        self.print_last.setShortcut(QKeySequence.StandardKey.Print)
        self.print_last.setToolTip(self.tr("Print (or reprint) the last receipt"))
        self.print_last.triggered.connect(self.reprint)
        self.save_pdf = QAction(self.tr("Save receipt as PDF…"), window)
        self.save_pdf.triggered.connect(lambda: self.save_as_pdf(""))
        self.auto_print = QAction(self.tr("Print receipts automatically"), window)
        self.auto_print.setCheckable(True)
        self.auto_print.setChecked(service.preferences.auto_print)
        self.auto_print.toggled.connect(self._set_auto_print)
        self.settings = QAction(self.tr("Printer settings…"), window)
        self.settings.triggered.connect(self.open_settings)

        service.printed.connect(self._printed)
        service.failed.connect(self._failed)

    def actions(self) -> list[QAction]:
        return [self.print_last, self.save_pdf, self.auto_print, self.settings]

    def sale_recorded(self, receipt_no: str) -> None:
        self.service.sale_recorded(receipt_no)

    def reprint(self) -> None:
        self._asked.add("")
        self.service.reprint_last()

    def save_as_pdf(self, receipt_no: str) -> None:
        name = f"receipt-{receipt_no or 'last'}.pdf"
        path = self._ask_pdf_path(name)
        if path is not None:
            self.service.save_receipt_pdf(receipt_no or None, path)

    def open_settings(self) -> None:
        dialog = PrinterSettingsDialog(self.service, self._window)
        if dialog.exec():
            self.auto_print.setChecked(self.service.preferences.auto_print)

    def _set_auto_print(self, on: bool) -> None:
        if self.service.preferences.auto_print != on:
            self.service.set_preferences(replace(self.service.preferences, auto_print=on))

    def _printed(self, receipt_no: str, where: str) -> None:
        self._asked.discard("")
        self.message.emit(printed_text(receipt_no, where), False)

    def _failed(self, receipt_no: str, problem: PrintProblem, detail: str) -> None:
        self.message.emit(problem_text(problem, detail), True)
        asked = receipt_no in self._asked
        self._asked.discard(receipt_no)
        if asked and problem in PRINTER_PROBLEMS:
            self.save_as_pdf(receipt_no)

    def _ask_with_dialog(self, suggested: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(self._window, self.tr("Save receipt as PDF"),
                                                str(Path(folder) / suggested), self.tr("PDF files (*.pdf)"))
        return Path(chosen) if chosen else None

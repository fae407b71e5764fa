"""The end-of-shift report joined to the cashier's window: More → End-of-shift report (a manager or the owner)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog

from terminal import paths
from terminal.counter import Counter
from terminal.receipts.shift_roll import render_shift_report
from terminal.shift_report import ShiftReport, shift_report
from terminal.staff import Permission
from terminal.stats.period import local_today
from ui.shift_report_dialog import ShiftReportDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class ShiftReportLink(QObject):
    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        self.main = main
        self.dialog: ShiftReportDialog | None = None
        self.pdf = b""
        self.action = QAction(self.tr("End-of-shift report… (manager)"), main)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.action.triggered.connect(self.open_report)
        main.add_secondary_action(self.action)

    def open_report(self) -> None:
        if not self.main.staff.permits(Permission.SHIFT_REPORT):  # no staff: the owner PIN
            return
        clock = self.main.tasks.clock
        width = self.main.printing.service.roll_width_mm if self.main.printing is not None else 80

        def job(c: Counter) -> tuple[ShiftReport, str, bytes]:
            c.require(Permission.SHIFT_REPORT)
            shop = c.shop()
            report = shift_report(c.db, local_today(clock.now(), shop.timezone), shop.timezone)
            return report, shop.currency, render_shift_report(report, shop.name, shop.currency, width,
                                                                     shop.language)

        self.main.tasks.run(job, self._show, self.main.cashier._known_error)

    def _show(self, result: tuple[ShiftReport, str, bytes]) -> None:
        report, currency, self.pdf = result
        self.dialog = ShiftReportDialog(report, currency, self.main)
        self.dialog.print_requested.connect(self._print)
        self.dialog.save_requested.connect(self._save)
        self.dialog.open()

    def _print(self) -> None:
        if self.main.printing is None or self.dialog is None:
            self.main.cashier.show_message("warning", self.tr("No receipt printer is set up: save it as a PDF."))
            return
        pdf = self.pdf
        self.main.printing.service.print_document(f"shift report {self.dialog.report.day.isoformat()}",
                                                    lambda _preferences: pdf)
        self.main.cashier.show_message("info", self.tr("The shift report is being printed."))

    def _save(self) -> None:
        if self.dialog is None:
            return
        suggested = Path.home() / f"shift-{self.dialog.report.day.isoformat()}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(self.dialog, self.tr("Save the shift report"), str(suggested),
                                                self.tr("PDF files (*.pdf)"))
        if chosen:
            try:
                paths.write_private(Path(chosen), self.pdf)
            except OSError as error:
                self.main.cashier.show_message("warning", self.tr("Could not save: {0}").format(error.strerror))
                return
            self.main.cashier.show_message("info", self.tr("Shift report saved as {0}.").format(chosen))

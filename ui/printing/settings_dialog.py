"""Printer settings: which printer, the roll's width, automatic printing after a sale."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from terminal.receipts.preferences import ROLL_WIDTHS
from ui.printing.service import PrintService


class PrinterSettingsDialog(QDialog):
    def __init__(self, service: PrintService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Printer settings"))
        self._service = service
        preferences = service.preferences

        self.printer = QComboBox(self)
        self.printer.addItem(self.tr("System default printer"), "")
        if preferences.printer_name:
            self.printer.addItem(preferences.printer_name, preferences.printer_name)
            self.printer.setCurrentIndex(1)
        self.printer.setEnabled(False)  # until the list of installed printers arrives from the worker
        self.roll_width = QComboBox(self)
        for width in ROLL_WIDTHS:
            self.roll_width.addItem(self.tr("{0} mm roll").format(width), width)
        self.roll_width.setCurrentIndex(self.roll_width.findData(preferences.roll_width_mm))
        self.auto_print = QCheckBox(self.tr("Print the receipt automatically after each sale"), self)
        self.auto_print.setChecked(preferences.auto_print)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Printer"), self.printer)
        form.addRow(self.tr("Paper"), self.roll_width)
        form.addRow(self.auto_print)
        form.addRow(buttons)

        service.printers_listed.connect(self._fill_printers)
        service.list_printers()

    def _fill_printers(self, names: list[str]) -> None:
        current = self.printer.currentData()
        for name in names:
            if self.printer.findData(name) < 0:
                self.printer.addItem(name, name)
        self.printer.setCurrentIndex(max(0, self.printer.findData(current)))
        self.printer.setEnabled(True)

    def accept(self) -> None:
        self._service.set_preferences(replace(self._service.preferences, printer_name=self.printer.currentData(),
                                              roll_width_mm=self.roll_width.currentData(),
                                              auto_print=self.auto_print.isChecked()))
        super().accept()

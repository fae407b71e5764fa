"""The end-of-shift report on screen: one row per staff member and the day's total, then the adjustments
and anomalies; Print sends the roll version to the receipt printer, Save writes it as a PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from terminal.receipts.shift_roll import local_time
from terminal.shift_report import ShiftFigures, ShiftReport
from ui.formatting import format_money as format_amount


class ShiftReportDialog(QDialog):
    print_requested = Signal()
    save_requested = Signal()

    def __init__(self, report: ShiftReport, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("End-of-shift report"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Shift report for {0}").format(report.day.isoformat()),
                                styleSheet="font-size: 16px; font-weight: bold;"))
        headers = [self.tr("Who"), self.tr("Sales"), self.tr("Amount"), self.tr("Refunds"), self.tr("Refunded"),
                   self.tr("Stamps given"), self.tr("Points given"), self.tr("Rewards")]
        rows = [*report.people, report.total]
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, figures in enumerate(rows):
            values = [self._who(figures, figures is report.total), str(figures.sales),
                      format_amount(figures.sales_amount, currency), str(figures.refunds),
                      format_amount(figures.refunds_amount, currency), str(figures.stamps_given),
                      str(figures.points_given), str(figures.rewards_redeemed)]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)  # plain text, never markup
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        layout.addWidget(self.table)
        layout.addWidget(QLabel(self.tr("Manual adjustments"), styleSheet="font-weight: bold;"))
        self.adjustments = QListWidget()
        for figures in report.people:
            for a in figures.adjustments:
                self.adjustments.addItem(self.tr("{0}  {1:+d} points by {2}: {3}").format(
                    local_time(a.time, report.time_zone), a.points, self._who(figures, False), a.reason))
        layout.addWidget(self.adjustments)
        layout.addWidget(QLabel(self.tr("Anomalies"), styleSheet="font-weight: bold;"))
        self.anomalies = QListWidget()
        for figures in report.people:
            for n in figures.anomalies:
                self.anomalies.addItem(f"{local_time(n.time, report.time_zone)}  {self._who(figures, False)}: "
                                       f"{self._anomaly(n.what)} ({n.detail})")
        if not self.anomalies.count():
            self.anomalies.addItem(self.tr("None."))
        layout.addWidget(self.anomalies)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Print on the receipt printer"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_requested)
        self.save_button.clicked.connect(self.save_requested)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _who(self, figures: ShiftFigures, total: bool) -> str:
        if total:
            return self.tr("The whole day")
        if figures.name:
            return figures.name
        return self.tr("No one signed in") if not figures.staff_id else figures.staff_id

    def _anomaly(self, what: str) -> str:
        return {"repeat_sale": self.tr("the same customer again within minutes"),
                "stamps_without_sale": self.tr("stamps without a sale"),
                "big_adjustment": self.tr("a big adjustment")}.get(what, what)

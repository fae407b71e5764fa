"""The end-of-shift report on screen: one row per staff member and the day's total, then the adjustments
and anomalies; Print sends the roll version to the receipt printer, Save writes it as a PDF.

Numbers, money, the date and times in the screens' language (Persian digits, a Solar Hijri date); the
anomalies' details in the same words as on the roll (terminal.receipts.shift_roll.ShiftRoll). Column
headings take two lines rather than squeezing the names out, and long lines wrap."""

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

from terminal.receipts.shift_roll import ShiftRoll
from terminal.shift_report import ShiftFigures, ShiftReport
from ui.formatting import QtWords, local_format
from ui.i18n import directed


def two_lines(heading: str, longer_than: int = 10) -> str:
    """A long column heading broken at the space nearest its middle ("Stamps\ngiven")."""
    if len(heading) <= longer_than or " " not in heading:
        return heading
    middle = len(heading) / 2
    cut = min((i for i, c in enumerate(heading) if c == " "), key=lambda i: abs(i - middle))
    return heading[:cut] + "\n" + heading[cut + 1:]


class ShiftReportDialog(QDialog):
    print_requested = Signal()
    save_requested = Signal()

    def __init__(self, report: ShiftReport, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.fmt = fmt = local_format(currency, report.time_zone)
        self.words = ShiftRoll(QtWords(), fmt)
        self.setWindowTitle(self.tr("End-of-shift report"))
        self.resize(1000, 620)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Shift report for {0}").format(fmt.date(report.day)),
                                styleSheet="font-size: 22px; font-weight: bold;"))
        headers = [self.tr("Who"), self.tr("Sales"), self.tr("Amount"), self.tr("Refunds"), self.tr("Refunded"),
                   self.tr("Stamps given"), self.tr("Points given"), self.tr("Rewards")]
        rows = [*report.people, report.total]
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setHorizontalHeaderLabels([two_lines(h) for h in headers])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, figures in enumerate(rows):
            values = [self._who(figures, figures is report.total), fmt.number(figures.sales),
                      fmt.money(figures.sales_amount), fmt.number(figures.refunds), fmt.money(figures.refunds_amount),
                      fmt.number(figures.stamps_given), fmt.number(figures.points_given),
                      fmt.number(figures.rewards_redeemed)]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)  # plain text, never markup
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        layout.addWidget(self.table)
        layout.addWidget(QLabel(self.tr("Manual adjustments"), styleSheet="font-weight: bold;"))
        self.adjustments = _wrapping_list()
        for figures in report.people:
            for a in figures.adjustments:
                self.adjustments.addItem(directed(self.tr("{0}  {1} points by {2}: {3}").format(
                    self.words.time(a.time), fmt.number(a.points, signed=True), self._who(figures, False),
                    a.reason)))
        layout.addWidget(self.adjustments)
        layout.addWidget(QLabel(self.tr("Anomalies"), styleSheet="font-weight: bold;"))
        self.anomalies = _wrapping_list()
        for figures in report.people:
            for n in figures.anomalies:
                self.anomalies.addItem(directed(f"{self.words.time(n.time)}  {self._who(figures, False)}: "
                                                f"{self._anomaly(n.what)} ({self.words.anomaly_detail(n)})"))
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
        return self.tr("No one signed in") if not figures.staff_id else figures.staff_id[-6:]

    def _anomaly(self, what: str) -> str:
        return {"repeat_sale": self.tr("the same customer again within minutes"),
                "stamps_without_sale": self.tr("stamps without a sale"),
                "big_adjustment": self.tr("a big adjustment")}.get(what, what)


def _wrapping_list() -> QListWidget:
    """A list whose long lines wrap at the dialog's width instead of running off to a scroll bar."""
    widget = QListWidget(wordWrap=True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    return widget

"""A customer's history at the counter: visits with their receipts, rewards, bonuses, ratings, cards.

Newest first. A sale in the list can be refunded from here, without the paper receipt: the refund
dialog opens on its receipt number and shows the sale before anything is done.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from terminal.counter import HistoryEntry
from ui.formatting import format_moment, format_money


def kind_words(kind: str) -> str:
    # Written out call by call so pyside6-lupdate finds every string (a local helper hides them).
    words = {
        "enrolled": QCoreApplication.translate("history", "Enrolled"),
        "sale": QCoreApplication.translate("history", "Sale"),
        "refund": QCoreApplication.translate("history", "Refund"),
        "reversal": QCoreApplication.translate("history", "Undone"),
        "welcome_bonus": QCoreApplication.translate("history", "Welcome bonus"),
        "birthday_bonus": QCoreApplication.translate("history", "Birthday bonus"),
        "reward_redeemed": QCoreApplication.translate("history", "Reward"),
        "points_expired": QCoreApplication.translate("history", "Points expired"),
        "points_adjusted": QCoreApplication.translate("history", "Points adjusted"),
        "rating": QCoreApplication.translate("history", "Rating"),
        "card_issued": QCoreApplication.translate("history", "New card"),
        "card_bound": QCoreApplication.translate("history", "Card given"),
        "card_revoked": QCoreApplication.translate("history", "Card blocked"),
        "customer_merged": QCoreApplication.translate("history", "Records merged"),
        "customer_erased": QCoreApplication.translate("history", "Erased"),
    }
    return words.get(kind, kind)


class HistoryDialog(QDialog):
    refund_requested = Signal(str)  # receipt number

    def __init__(self, name: str, entries: list[HistoryEntry], currency: str = "", timezone: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of {0}").format(name))
        self.entries = entries
        headers = [self.tr("When"), self.tr("What"), self.tr("Receipt"), self.tr("Amount"), self.tr("Stamps"),
                   self.tr("Points")]
        self.table = QTableWidget(len(entries), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(44)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, entry in enumerate(entries):
            what = kind_words(entry.kind) + (f": {entry.detail}" if entry.detail else "")
            if entry.refunded:
                what += " " + (self.tr("(refunded)") if entry.kind == "sale" else self.tr("(undone)"))
            cells = [format_moment(entry.at, timezone), what, entry.receipt_no,
                     format_money(entry.amount, currency) if entry.amount else "",
                     f"{entry.stamps:+d}" if entry.stamps else "", f"{entry.points:+d}" if entry.points else ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.currentCellChanged.connect(lambda *_args: self._selection_changed())
        self.table.cellActivated.connect(lambda _row, _column: self.refund_selected())
        self.empty = QLabel(self.tr("Nothing yet."))
        self.empty.setVisible(not entries)
        self.refund_button = QPushButton(self.tr("Refund this sale…"), objectName="primaryButton")
        self.refund_button.clicked.connect(self.refund_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for button in (self.refund_button, close):
            button.setMinimumHeight(56)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.refund_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.resize(860, 560)
        first_sale = next((row for row, e in enumerate(entries) if self._refundable(e)), 0 if entries else -1)
        if first_sale >= 0:
            self.table.selectRow(first_sale)
        self._selection_changed()
        self.table.setFocus()

    @staticmethod
    def _refundable(entry: HistoryEntry) -> bool:
        return entry.kind == "sale" and bool(entry.receipt_no) and not entry.refunded

    def selected(self) -> HistoryEntry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _selection_changed(self) -> None:
        entry = self.selected()
        self.refund_button.setEnabled(entry is not None and self._refundable(entry))

    def refund_selected(self) -> None:
        entry = self.selected()
        if entry is not None and self._refundable(entry):
            self.refund_requested.emit(entry.receipt_no)
            self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.refund_selected()
            return
        super().keyPressEvent(event)

"""Refund a past sale: the receipt's sale is shown first (when, how much, stamps, points, who), then asked.

The window looks the receipt up and refunds; this dialog only shows and asks. A refund that would
take the customer's balance below zero says so in words, and the window asks for the owner first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from terminal.counter import ReceiptSale
from ui.formatting import format_moment, format_money


class RefundDialog(QDialog):
    lookup_requested = Signal(str)  # receipt number
    refund_confirmed = Signal(object)  # the ReceiptSale shown

    def __init__(self, receipt_no: str = "", currency: str = "", timezone: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Refund a sale"))
        self.currency, self.timezone = currency, timezone
        self.sale: ReceiptSale | None = None
        self.number = QLineEdit(receipt_no)
        self.number.setPlaceholderText(self.tr("Receipt number, e.g. S1-T1-000123"))
        self.number.setMinimumHeight(48)
        self.number.returnPressed.connect(self.look_up)
        self.number.textEdited.connect(lambda _text: self._forget())
        self.show_button = QPushButton(self.tr("Show the sale"))
        self.show_button.clicked.connect(self.look_up)
        self.details = QLabel(objectName="detailText")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.warning = QLabel(objectName="errorText")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.refund_button = QPushButton(self.tr("Refund"), objectName="primaryButton")
        self.refund_button.setEnabled(False)
        self.refund_button.clicked.connect(self._confirm)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        for button in (self.show_button, self.refund_button, cancel):
            button.setMinimumHeight(56)
        row = QHBoxLayout()
        row.addWidget(self.number, 1)
        row.addWidget(self.show_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.refund_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which sale? Type or scan the receipt number.")))
        layout.addLayout(row)
        layout.addWidget(self.details)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    def look_up(self) -> None:
        number = self.number.text().strip()
        if number:
            self.lookup_requested.emit(number)

    def _forget(self) -> None:
        self.sale = None
        self.refund_button.setEnabled(False)

    def show_sale(self, sale: ReceiptSale) -> None:
        self.sale = sale
        who = sale.customer_name or (self.tr("(erased customer)") if sale.customer_id else self.tr("no card"))
        self.details.setText(self.tr("Receipt {0}\nSold {1}\nAmount {2}\nCustomer: {3}\n"
                                     "The refund takes back: stamps {4}, points {5}").format(
            sale.receipt_no, format_moment(sale.sold_at, self.timezone), format_money(sale.amount, self.currency),
            who, sale.stamps, sale.points))
        self.warning.hide()
        self.refund_button.setText(self.tr("Refund"))
        if sale.refunded:
            self.show_error(self.tr("This sale was already refunded."))
            self.refund_button.setEnabled(False)
            return
        if sale.below_zero:
            self.show_error(self.below_zero_words(sale))
            self.refund_button.setText(self.tr("Refund (owner)"))
        self.refund_button.setEnabled(True)
        self.refund_button.setFocus()

    def below_zero_words(self, sale: ReceiptSale) -> str:
        parts = []
        if sale.stamps_after < 0:
            parts.append(self.tr("the refund takes back stamps already spent on a reward ({0}): the stamp balance "
                                 "becomes {1}").format(-sale.stamps_after, sale.stamps_after))
        if sale.points_after < 0:
            parts.append(self.tr("the refund takes back {0} points already spent: the points balance becomes {1}")
                         .format(-sale.points_after, sale.points_after))
        return self.tr("Below zero: {0}. It needs the owner's PIN.").format("; ".join(parts))

    def show_error(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.show()

    def _confirm(self) -> None:
        if self.sale is not None:
            self.refund_confirmed.emit(self.sale)

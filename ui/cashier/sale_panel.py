"""Sale entry: the amount, quick-amount buttons and the confirm button (Enter)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from terminal.money import AmountError, parse_amount
from terminal.scan import wedge
from ui.cashier.code_entry import NoUndoLineEdit
from ui.formatting import format_amount_input, format_money


class AmountField(NoUndoLineEdit):
    """The amount: Enter confirms the sale. Ctrl+Z here is the visit's undo, never the field's."""

    confirmed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirmed.emit()
            return
        super().keyPressEvent(event)


class SalePanel(QWidget):
    sale_requested = Signal(int)  # amount in minor units
    invalid_amount = Signal(str)
    code_entered = Signal(str)  # a card or receipt code typed (slowly) into the amount field

    def __init__(self, quick_amounts: Sequence[int], currency: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        title = QLabel(self.tr("Sale amount"), objectName="sectionTitle")
        self.amount = AmountField(objectName="amountField")
        self.amount.setPlaceholderText(format_amount_input(0, currency))
        self.amount.setAccessibleName(self.tr("Sale amount"))
        self.amount.setMinimumHeight(64)
        self.amount.confirmed.connect(self.confirm)
        self.confirm_button = QPushButton(self.tr("Record sale  ⏎"), objectName="primaryButton")
        self.confirm_button.setMinimumHeight(72)
        self.confirm_button.clicked.connect(self.confirm)
        quick = QGridLayout()
        self.quick_buttons: list[QPushButton] = []
        self.quick_amounts = list(quick_amounts)
        for index, minor in enumerate(quick_amounts):
            button = QPushButton(format_money(minor, currency), objectName="quickButton")
            button.setMinimumHeight(56)
            button.clicked.connect(lambda _=False, value=minor: self._quick(value))
            quick.addWidget(button, index // 2, index % 2)
            self.quick_buttons.append(button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.amount)
        layout.addLayout(quick)
        layout.addWidget(self.confirm_button)

    def set_currency(self, currency: str) -> None:
        self.currency = currency
        self.show_amounts()

    def show_amounts(self) -> None:
        """The quick amounts and the field's hint, written the current language's way."""
        self.amount.setPlaceholderText(format_amount_input(0, self.currency))
        for button, minor in zip(self.quick_buttons, self.quick_amounts, strict=True):
            button.setText(format_money(minor, self.currency))

    def _quick(self, minor: int) -> None:
        self.amount.setText(format_amount_input(minor, self.currency))
        self.confirm()

    def confirm(self) -> None:
        text = self.amount.text()
        if wedge.is_code(text):  # a code is never an amount: it opens what it names
            self.clear()
            self.code_entered.emit(text.strip())
            return
        try:
            minor = parse_amount(text)
        except AmountError:
            self.invalid_amount.emit(text)
            self.amount.selectAll()
            return
        if minor <= 0:
            self.invalid_amount.emit(text)
            return
        self.sale_requested.emit(minor)

    def clear(self) -> None:
        self.amount.setText("")  # setText, not clear(): no undo history survives a sale or a customer

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.amount, self.confirm_button, *self.quick_buttons):
            widget.setEnabled(enabled)

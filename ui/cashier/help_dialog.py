"""F1: a short cashier's guide, in the app: what to do at the counter, and every key of the window."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget


class HelpDialog(QDialog):
    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cashier's guide"))
        steps = [
            self.tr("1. Scan the customer's card (camera or USB scanner), or type a phone number or name and "
                    "Enter. The scanner works whatever has the focus."),
            self.tr("2. Type the amount and press Enter: the sale, its stamps and points are saved at once."),
            self.tr("3. A reward is ready? Tap it, or press Ctrl and its number."),
            self.tr("4. Esc: the next customer. A mistake in this visit? Ctrl+Z takes back the last action."),
            self.tr("No card? Record the sale anyway, or enrol the customer (F2). A refund needs the receipt "
                    "number (F9), or the customer's history (F6)."),
        ]
        guide = QLabel("\n".join(steps), objectName="detailText")
        guide.setWordWrap(True)
        rows = [(self.tr("Scan, anywhere"), self.tr("Open the customer, or the receipt's rating")),
                (self.tr("Enter"), self.tr("Record the sale (in the amount) / search (in the code field)")),
                (self.tr("Ctrl+1…9"), self.tr("Redeem the reward on that button"))]
        for action in actions:
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if key:
                text = action.text()
                if text.endswith(f"({key})"):
                    text = text[: -len(f"({key})")].rstrip()
                rows.append((key, text.replace("&", "")))
        self.keys = QTableWidget(len(rows), 2)
        self.keys.setHorizontalHeaderLabels([self.tr("Key"), self.tr("What it does")])
        self.keys.verticalHeader().setVisible(False)
        self.keys.horizontalHeader().setStretchLastSection(True)
        for row, (key, what) in enumerate(rows):
            self.keys.setItem(row, 0, QTableWidgetItem(key))
            self.keys.setItem(row, 1, QTableWidgetItem(what))
        self.keys.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setMinimumHeight(52)
        layout = QVBoxLayout(self)
        layout.addWidget(guide)
        layout.addWidget(self.keys, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)

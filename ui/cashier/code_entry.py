"""The code field: a USB scanner's keystrokes, a typed card code, a phone number or a name.

A USB barcode scanner is a keyboard that types the code and Enter, so scanner, typing and (through
the same `submitted` signal) the camera all take one path.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class CodeEntry(QLineEdit):
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeEntry")
        self.setPlaceholderText(self.tr("Scan a card, or type a code, phone number or name, then Enter"))
        self.setAccessibleName(self.tr("Card code or search"))
        self.setMinimumHeight(56)
        self.setMaxLength(200)
        self.setClearButtonEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = self.text().strip()
            if text:
                self.submitted.emit(text)
                self.clear()
            return
        super().keyPressEvent(event)

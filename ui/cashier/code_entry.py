"""The code field: a USB scanner's keystrokes, a typed card code, a phone number or a name.

A USB barcode scanner is a keyboard that types the code and Enter, so scanner, typing and (through
the same `submitted` signal) the camera all take one path.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget


class NoUndoLineEdit(QLineEdit):
    """A line edit that leaves Ctrl+Z / Ctrl+Shift+Z to the window: there they undo the visit's last action.

    Its own undo history is cleared whenever the text is set (see SalePanel.clear), and the keys never
    reach it, so old text never comes back into the field.
    """

    @staticmethod
    def _is_undo(event: QKeyEvent) -> bool:
        return event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._is_undo(event):
            event.ignore()  # not ours: the window's Undo action takes it
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._is_undo(event):
            event.ignore()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() in ("edit-undo", "edit-redo"):
                menu.removeAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()


class CodeEntry(NoUndoLineEdit):
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
                self.setText("")
                self.submitted.emit(text)
            return
        super().keyPressEvent(event)

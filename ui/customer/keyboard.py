"""A small on-screen keyboard for the optional comment: the customer's screen has no keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

ROWS = ("qwertyuiop", "asdfghjkl'", "zxcvbnm,.!")
BACKSPACE, SPACE = "\N{LEFTWARDS ARROW}", " "


class OnScreenKeyboard(QWidget):
    """Letter keys that type into one line edit; keys never take the focus away from it."""

    def __init__(self, target: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, letters in enumerate(ROWS):
            for column, letter in enumerate(letters):
                grid.addWidget(self._key(letter, letter), row, column)
        grid.addWidget(self._key(SPACE, self.tr("space")), len(ROWS), 1, 1, 7)
        grid.addWidget(self._key(BACKSPACE, BACKSPACE), len(ROWS), 8, 1, 2)
        self.keys[BACKSPACE].setAccessibleName(self.tr("Delete"))

    def _key(self, value: str, label: str) -> QPushButton:
        key = QPushButton(label, self)
        key.setObjectName("key")
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setAutoRepeat(value == BACKSPACE)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        key.clicked.connect(lambda: self.press(value))
        self.keys[value] = key
        return key

    def press(self, value: str) -> None:
        if value == BACKSPACE:
            self.target.backspace()
        elif not self.target.text() and value.isalpha():
            self.target.insert(value.upper())  # a sentence starts with a capital
        else:
            self.target.insert(value)

    def set_unit(self, unit: int) -> None:
        self.layout().setSpacing(max(4, unit // 12))
        for key in self.keys.values():
            key.setFixedHeight(unit)
            key.setMinimumWidth(unit)

"""A small on-screen keyboard for the optional comment: the customer's screen has no keyboard.

The letters follow the screen's language: Hungarian accents, Russian and Ukrainian Cyrillic (ЙЦУКЕН),
Lithuanian letters, Persian (the Iranian standard layout); English a–z.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from ui.customer.speech import speech

LAYOUTS: dict[str, tuple[str, ...]] = {
    "en": ("qwertyuiop", "asdfghjkl'", "zxcvbnm,.!"),
    "hu": ("qwertzuiopőú", "asdfghjkléáű", "íyxcvbnmöüó", ",.!?"),
    "ru": ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбюё", ",.!?"),
    "uk": ("йцукенгшщзхї", "фівапролджє", "ячсмитьбюґ'", ",.!?"),
    "lt": ("ąčęėįšųūž", "qwertyuiop", "asdfghjkl", "zxcvbnm,.!"),
    "fa": ("ضصثقفغعهخحجچ", "شسیبلاتنمکگ", "ظطزرذدپوژ", "آ،.!؟"),
}
ROWS = LAYOUTS["en"]
BACKSPACE, SPACE, HALF_SPACE = "\N{LEFTWARDS ARROW}", " ", "\u200c"  # the half space (ZWNJ): می‌شود


class OnScreenKeyboard(QWidget):
    """Letter keys that type into one line edit; keys never take the focus away from it."""

    def __init__(self, target: QLineEdit, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.keys: dict[str, QPushButton] = {}
        self.unit = 0
        self.language = ""
        # Keys sit where they sit on a real keyboard of the language: never mirrored, even in Persian.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        QGridLayout(self).setContentsMargins(0, 0, 0, 0)
        self.set_language(language or speech.language)

    def set_language(self, language: str) -> None:
        """Lay the keys out for `language` (the customer's, or the screen's)."""
        language = language if language in LAYOUTS else "en"
        if language == self.language:
            return
        self.language = language
        grid: QGridLayout = self.layout()  # type: ignore[assignment]
        for key in self.keys.values():
            grid.removeWidget(key)
            key.deleteLater()
        self.keys = {}
        rows = LAYOUTS[language]
        width = max(len(letters) for letters in rows)
        for row, letters in enumerate(rows):
            for column, letter in enumerate(letters):
                grid.addWidget(self._key(letter, letter), row, column + (width - len(letters)) // 2)
        space_from = 1
        if language == "fa":
            grid.addWidget(self._key(HALF_SPACE, "نیم‌فاصله"), len(rows), 0, 1, 3)
            space_from = 3
        grid.addWidget(self._key(SPACE, speech.translate("OnScreenKeyboard", "space")), len(rows), space_from, 1,
                       width - 3 - space_from)
        grid.addWidget(self._key(BACKSPACE, BACKSPACE), len(rows), width - 3, 1, 3)
        self.keys[BACKSPACE].setAccessibleName(speech.translate("OnScreenKeyboard", "Delete"))
        if self.unit:
            self.set_unit(self.unit)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.set_language(speech.language)
            self.keys[SPACE].setText(speech.translate("OnScreenKeyboard", "space"))
            self.keys[BACKSPACE].setAccessibleName(speech.translate("OnScreenKeyboard", "Delete"))
        super().changeEvent(event)

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
        self.unit = unit
        layout = self.layout()
        if layout is not None:
            layout.setSpacing(max(4, unit // 12))
        for key in self.keys.values():
            key.setFixedHeight(unit)
            key.setMinimumWidth(unit)

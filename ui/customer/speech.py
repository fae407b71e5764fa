"""The customer screen's own language: the card holder's, while their visit lasts; else the screens'.

The cashier's screen may speak Hungarian while a Ukrainian customer rates the visit in Ukrainian. Qt's
translators are application-wide, so when the customer's language differs from the screens' the
words come from terminal.words (the same .ts translations, read directly). Calls are written
``speech.translate("CustomerScreen", "Skip")`` so that lupdate collects them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from terminal.languages import known
from terminal.words import Words
from ui import i18n


class Speech:
    def __init__(self) -> None:
        self.customer_language: str | None = None  # None: the screens' language

    @property
    def language(self) -> str:
        return known(self.customer_language) if self.customer_language else i18n.current()

    def translate(self, context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
        if self.language == i18n.current():
            return QCoreApplication.translate(context, source, disambiguation or None, n)
        return Words(self.language).translate(context, source, disambiguation, n)


speech = Speech()

"""The interface language, applied at once: Qt's translators swapped and every window told.

Translations are ``resources/translations/*_<code>.qm`` (compiled from the ``.ts`` sources by
scripts/build_bundle.sh or pyside6-lrelease), plus Qt's own ``qtbase_<code>.qm`` for its standard
buttons. A language without files simply shows English. Persian turns the layout right-to-left.
Widgets that built their texts in code refresh them on ``QEvent.LanguageChange``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from terminal.resources import resource_path

log = logging.getLogger("ui")
RIGHT_TO_LEFT = frozenset({"fa"})
_installed: list[QTranslator] = []


def apply_language(code: str) -> int:
    """Switch the whole application to ``code`` ("hu", "fa", …); returns how many translation files loaded."""
    app = QCoreApplication.instance()
    if app is None:
        return 0
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = 0
    candidates = sorted(resource_path("translations").glob(f"*_{code}.qm")) if code != "en" else []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path, folder in [(str(p), "") for p in candidates] + [(f"qtbase_{code}", qt_folder)]:
        translator = QTranslator(app)
        if code != "en" and translator.load(path, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded += 1
    QLocale.setDefault(QLocale(code))
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT
                               else Qt.LayoutDirection.LeftToRight)
    log.info("language %s: %d translation file(s)", code, loaded)
    return loaded

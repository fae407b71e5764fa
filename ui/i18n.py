"""The screens' language: Qt translators for the app and for Qt's own dialogs, and the layout direction.

`apply(language)` can be called at any time (the owner's settings do): the new translators are
installed, every word already on screen is put into the new language (see `retranslate_all`), Qt
sends each widget a LanguageChange event (windows refresh what they compose from data: the open
customer, the dashboard), and Persian turns the whole UI right-to-left.
The compiled .qm files are built from resources/translations/*.ts by scripts/build_translations.py
(scripts/setup.sh and the bundle run it); they are never committed.
"""

from __future__ import annotations

import logging
from collections import defaultdict

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from terminal import words
from terminal.languages import LANGUAGES, is_rtl, known
from terminal.resources import resource_path

log = logging.getLogger("ui")
# Qt ships no qtbase_lt: its older all-in-one qt_lt (a third unfinished) is loaded instead.
_QT_CATALOGUES = ("qtbase", "qt")
# Qt's standard dialog buttons, translated in our own files too: Qt ships them for hu, ru, uk and fa,
# but its Lithuanian catalogue lacks them (our translator answers when Qt's has nothing).
STANDARD_BUTTONS = (QT_TRANSLATE_NOOP("QPlatformTheme", "OK"), QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
                    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"), QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
                    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"), QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
                    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"), QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"))
_state: dict[str, object] = {"language": "en", "translators": [], "installed": False}


def current() -> str:
    return str(_state["language"])


def installed() -> bool:
    """Whether apply() has run: before it the screens show the source texts, English without its own
    plural forms ("1 contact(s)" where loyalty_en.qm says "1 contact")."""
    return bool(_state["installed"])


RLM = "\u200f"  # the right-to-left mark


def directed(text: str) -> str:
    """A text that starts with a Latin word ("PIN: …", a staff member's name) read as a right-to-left
    paragraph when the screens speak Persian: Qt takes a label's direction from its first letter."""
    return RLM + text if text and is_rtl(current()) and not text.startswith(RLM) else text


def qm_path(language: str) -> str:
    return str(resource_path("translations", f"loyalty_{language}.qm"))


def _load(language: str) -> list[QTranslator]:
    loaded: list[QTranslator] = []
    app_translator = QTranslator()
    if app_translator.load(qm_path(language)):
        loaded.append(app_translator)
    elif language != "en":
        log.warning("no compiled translation %s: run scripts/build_translations.py", qm_path(language))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for catalogue in _QT_CATALOGUES:
        qt_translator = QTranslator()
        if language != "en" and qt_translator.load(f"{catalogue}_{language}", qt_folder):
            loaded.append(qt_translator)
            break
    return loaded


Sources = dict[str, list[tuple[str, str]]]


def _sources(language: str) -> Sources:
    """Every translated text of `language` -> the (context, source) pairs it translates."""
    found: Sources = defaultdict(list)
    other = "hu" if language == "en" else language
    for (context, source, _comment), text in words.catalog(other).items():
        if language == "en":
            found[source].append((context, source))
        elif isinstance(text, str):
            found[text].append((context, source))
    return found


def _contexts(widget: QWidget | QAction) -> list[str]:
    """The class names of the widget and its parents: the translation contexts it most likely uses."""
    names: list[str] = []
    node: object = widget
    while node is not None:
        names.extend(cls.__name__ for cls in type(node).__mro__)
        node = node.parent() if hasattr(node, "parent") else None
    return names


def _pick(text: str, sources: Sources, widget: QWidget | QAction) -> str | None:
    candidates = sources.get(text)
    if not candidates:
        return None
    if len(candidates) > 1:
        order = _contexts(widget)
        candidates = sorted(candidates, key=lambda pair: order.index(pair[0]) if pair[0] in order else len(order))
    context, source = candidates[0]
    return QCoreApplication.translate(context, source)


def retranslate_all(old: str, app: QApplication) -> None:
    """Put every fixed word on screen (labels, buttons, actions, titles, tabs, headers, placeholders,
    list items) from `old` into the newly installed language. Texts made from data (a customer's
    balance, a message with a number in it) are not found here; their windows refresh them on
    LanguageChange."""
    sources = _sources(old)

    def swap(get: object, put: object, owner: QWidget | QAction) -> None:
        text = get()  # type: ignore[operator]
        if text:
            new = _pick(text, sources, owner)
            if new is not None and new != text:
                put(new)  # type: ignore[operator]

    for widget in app.allWidgets():
        swap(widget.windowTitle, widget.setWindowTitle, widget)
        swap(widget.toolTip, widget.setToolTip, widget)
        if isinstance(widget, QLabel | QAbstractButton):
            swap(widget.text, widget.setText, widget)
        if isinstance(widget, QLineEdit):
            swap(widget.placeholderText, widget.setPlaceholderText, widget)
        if isinstance(widget, QGroupBox):
            swap(widget.title, widget.setTitle, widget)
        if isinstance(widget, QMenu):
            swap(widget.title, widget.setTitle, widget)
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                swap(lambda i=index, w=widget: w.tabText(i), lambda t, i=index, w=widget: w.setTabText(i, t), widget)
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                swap(lambda i=index, w=widget: w.itemText(i), lambda t, i=index, w=widget: w.setItemText(i, t),
                     widget)
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(column)
                if item is not None:
                    swap(item.text, item.setText, widget)
        for action in widget.actions():
            swap(action.text, action.setText, action)


def apply(language: str | None) -> str:
    """Switch the running application to `language` (an unknown code falls back to English)."""
    language = known(language)
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no QApplication yet")
    old = current()
    for installed in _state["translators"]:  # type: ignore[attr-defined]
        app.removeTranslator(installed)
    translators = _load(language)
    for translator in translators:
        app.installTranslator(translator)
    _state["translators"] = translators
    _state["language"] = language
    _state["installed"] = True
    QLocale.setDefault(QLocale(language))
    if isinstance(app, QApplication):
        if old != language and old in LANGUAGES:
            retranslate_all(old, app)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(language)
                               else Qt.LayoutDirection.LeftToRight)
    log.info("language: %s", language)
    return language

"""A scan is a scan wherever the focus is: the keyboard-wedge scanner caught at the application level.

An application event filter watches the key presses that go to the terminal's windows (the cashier's
window, its dialogs and the customer screen). Keys that begin like a card code or a receipt's web
address are held back from the focused widget while they come at scanner speed; when Enter ends the
burst in time they are one scan, sent to ``scanned`` and never typed anywhere. A burst that turns
out to be typing (a gap too long, a character that no code has, Enter too late) is handed back to
the widget it was meant for, in order. A bare receipt token, which has no prefix to hold on, is
recognised at Enter and taken back out of the line edit it was typed into. The rules themselves
live in :mod:`terminal.scan.wedge`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from terminal.scan import wedge

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TYPING_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


def _monotonic_ms() -> float:
    return time.monotonic() * 1000.0


class ScanCatcher(QObject):
    scanned = Signal(str)

    def __init__(self, root: QWidget, now_ms: Callable[[], float] = _monotonic_ms,
                 max_gap_ms: float = wedge.MAX_GAP_MS) -> None:
        super().__init__(root)
        self.root = root
        self.now_ms = now_ms  # tests step it to type at scanner or at human speed
        self.max_gap_ms = max_gap_ms
        self._held: list[tuple[QWidget, QKeyEvent]] = []
        self._text = ""
        self._last = float("-inf")
        self._replaying = False
        self._flush_timer = QTimer(self, singleShot=True, interval=int(max_gap_ms))
        self._flush_timer.timeout.connect(self._flush)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)  # removed by Qt when this object is deleted with the window

    # -- which key presses are ours ---------------------------------------------------------------
    def _belongs(self, widget: QWidget) -> bool:
        """In the cashier's window or in a window it owns (dialogs, the customer screen)."""
        current: QWidget | None = widget
        while current is not None:
            if current is self.root:
                return True
            current = current.parentWidget()
        return False

    def _is_target(self, watched: QObject) -> bool:
        """The widget a key press is for (not a parent it propagates to afterwards)."""
        if not isinstance(watched, QWidget):
            return False
        focus = QApplication.focusWidget()
        target = focus if focus is not None else QApplication.activeWindow()
        return watched is target and self._belongs(watched)

    # -- the filter -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying:
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and self._held:
            self._flush()  # a tap after a typed "L": the letter lands before the tap acts
            return False
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) or not self._is_target(watched):
            return False
        assert isinstance(watched, QWidget)
        now = self.now_ms()
        fast = now - self._last <= self.max_gap_ms
        if event.key() in _ENTER:
            return self._enter(watched, fast)
        text = event.text()
        typing = len(text) == 1 and text.isprintable() and not (event.modifiers() & ~_TYPING_MODIFIERS)
        if not typing:
            self._flush()
            self._reset()
            return False
        if self._text and not fast:
            self._flush()
            self._reset()
        candidate = self._text + text
        self._last = now
        if (self._held or not self._text) and wedge.could_begin_scan(candidate):
            self._held.append((watched, QKeyEvent(event.type(), event.key(), event.modifiers(), text,
                                                  event.isAutoRepeat(), event.count())))
            self._text = candidate
            self._flush_timer.start()
            return True
        self._flush()  # what was held is typing after all: it goes first, then this key
        self._text = candidate
        return False

    def _enter(self, watched: QWidget, fast: bool) -> bool:
        text, held = self._text, bool(self._held)
        if not wedge.is_scan(text, fast, held):
            self._flush()
            self._reset()
            return False
        self._flush_timer.stop()
        self._held.clear()
        if not held and isinstance(watched, QLineEdit) and watched.text().endswith(text):
            watched.setText(watched.text()[: -len(text)])  # a bare receipt code typed into a field: taken back
        self._reset()
        self.scanned.emit(text.strip())
        return True

    def _reset(self) -> None:
        self._text = ""
        self._last = float("-inf")

    def _flush(self) -> None:
        """Hand the held keys to the widgets they were meant for, in order."""
        self._flush_timer.stop()
        held, self._held = self._held, []
        if not held:
            return
        self._replaying = True
        try:
            for widget, event in held:
                if shiboken6.isValid(widget):  # a dialog may have closed meanwhile
                    QCoreApplication.sendEvent(widget, event)
        finally:
            self._replaying = False

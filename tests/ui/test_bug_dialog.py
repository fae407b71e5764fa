"""An unexpected error: a dialog with the log's path and a button that copies the details to send."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication

from ui.app import show_uncaught_errors
from ui.main_window import MainWindow


def failing() -> None:
    raise RuntimeError("the printer's driver said 42")


def test_the_bug_dialog_names_the_log_and_copies_the_details(qtbot, window: MainWindow, tmp_path) -> None:
    window.log_path = tmp_path / "logs" / "terminal.log"
    try:
        failing()
    except RuntimeError as exc:
        box = window.show_bug(exc)
    assert str(window.log_path) in box.text()
    assert box.copy_button.text() == "Copy details"
    box.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "the printer's driver said 42" in copied and "in failing" in copied and str(window.log_path) in copied


def test_an_uncaught_error_on_the_gui_thread_opens_it(qtbot, window: MainWindow, monkeypatch) -> None:
    seen: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: seen.append(args[1]))
    show_uncaught_errors(window)
    error = ValueError("nobody caught this")
    sys.excepthook(ValueError, error, None)
    assert seen == [error]  # still logged by the hook before it
    assert window.bug_box.isVisible() and "nobody caught this" in window.bug_box.detailedText()
    window.bug_box.close()

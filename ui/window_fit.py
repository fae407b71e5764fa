"""Windows that fit the screen they open on, and come back where the person left them.

A window opens at its preferred size, or smaller where the screen's free area (less the title bar
and any task bar) is smaller, centred; its geometry is kept in the data folder (``windows.ini``),
apart from the shop's settings, and restored next time when it still fits a screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

TITLE_BAR = 40  # what a window manager's title bar and frame take, before the window is shown


def fit_to_screen(window: QWidget, preferred: QSize) -> QSize:
    """Resize to ``preferred``, or to what the screen's free area holds; centre it there."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(preferred)
        return preferred
    free = screen.availableGeometry()
    size = QSize(min(preferred.width(), free.width()), min(preferred.height(), free.height() - TITLE_BAR))
    size = size.expandedTo(window.minimumSizeHint().boundedTo(free.size()))
    window.resize(size)
    window.move(free.center() - QPoint(size.width() // 2, (size.height() + TITLE_BAR) // 2))
    return size


def _settings(folder: Path) -> QSettings:
    return QSettings(str(folder / "windows.ini"), QSettings.Format.IniFormat)


def restore_geometry(window: QWidget, name: str, folder: Path) -> bool:
    """The geometry the window had when it was last closed; False when there is none (or it no longer fits)."""
    value = _settings(folder).value(f"{name}/geometry")
    if not isinstance(value, QByteArray) or not window.restoreGeometry(value):
        return False
    return any(s.availableGeometry().intersects(window.frameGeometry()) for s in QGuiApplication.screens())


def save_geometry(window: QWidget, name: str, folder: Path) -> None:
    settings = _settings(folder)
    settings.setValue(f"{name}/geometry", window.saveGeometry())
    settings.sync()

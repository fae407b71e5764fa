"""Where the customer's screen goes: full screen on a second monitor, else a window the cashier shows."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

WINDOWED_SIZE = (1024, 600)


def customer_screen() -> QScreen | None:
    """The first screen that is not the cashier's (the primary one), if the terminal has one."""
    primary = QGuiApplication.primaryScreen()
    others = [screen for screen in QGuiApplication.screens() if screen is not primary]
    return others[0] if others else None


def place(window: QWidget) -> bool:
    """Full screen on the second screen (True), or sized as a normal window left for the cashier to show."""
    screen = customer_screen()
    if screen is None:
        window.resize(*WINDOWED_SIZE)
        return False
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()
    return True

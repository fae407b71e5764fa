"""Sizes on the customer's screen in real millimetres, so a finger hits what it aims at.

A touch target must be at least 15 mm across at the screen's real size. Screens report their
physical resolution, but virtual and badly described ones report nonsense (72 dpi, 0, 1000), so the
figure is kept within what real panels have.
"""

from __future__ import annotations

from PySide6.QtGui import QScreen

TARGET_MM = 15.0
MIN_DPI, MAX_DPI, FALLBACK_DPI = 80.0, 400.0, 96.0
MIN_TARGET_PX = 48


def screen_dpi(screen: QScreen | None) -> float:
    dpi = screen.physicalDotsPerInch() if screen is not None else 0.0
    return dpi if MIN_DPI <= dpi <= MAX_DPI else FALLBACK_DPI


def mm_to_px(mm: float, screen: QScreen | None) -> int:
    """Device-independent pixels for a real length on this screen."""
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    return round(mm / 25.4 * screen_dpi(screen) / max(ratio, 1.0))


def unit_px(screen: QScreen | None, width: int, height: int) -> int:
    """The size of one big button: never under 15 mm, and larger where a big screen has the room.

    Eleven buttons in a row must still fit: the width bound keeps 0-10 on one line.
    """
    least = max(mm_to_px(TARGET_MM, screen), MIN_TARGET_PX)
    roomy = min(width / 15.5, height / 8.5)
    return int(max(least, roomy))

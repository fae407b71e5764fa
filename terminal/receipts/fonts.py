"""The embedded fonts: DejaVu Sans covers Latin and Cyrillic, so 'Őrsi Zsófia' and 'Олена' print right.

reportlab's built-in Helvetica knows only Latin-1; a TrueType font is subset into each PDF instead.
Registration parses the font files once per process.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from terminal.resources import resource_path

REGULAR = "LT-Sans"
BOLD = "LT-Sans-Bold"
MONO = "LT-Mono"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", MONO: "DejaVuSansMono.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Make the fonts known to reportlab; cheap after the first call, safe from any thread."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        _registered = True


def text_width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)

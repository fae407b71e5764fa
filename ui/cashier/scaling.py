"""The cashier's window fits its screen: text, stamps and fields scale with the window.

At 1280×800 the style sheet's sizes are used as they are; on a larger window (1920×1080) every
pixel size in the style sheet is multiplied by the same factor, in steps, so the customer's name,
stamps and the amount stay readable from a step back and the space is used; on a smaller one
(1024×768) they shrink a little, so every button's label still fits. Buttons keep their minimum
heights (a finger's width) whatever the factor.
"""

from __future__ import annotations

import re

BASE_WIDTH, BASE_HEIGHT = 1280, 760  # a 1280×800 screen less its title bar
MIN_FACTOR, MAX_FACTOR = 0.8, 1.6
_PX = re.compile(r"(\d+)px")


def factor_for(width: int, height: int) -> float:
    """1.0 at the base size; in steps of 0.1 up or down, as far as both the width and the height allow."""
    raw = min(width / BASE_WIDTH, height / BASE_HEIGHT)
    return max(MIN_FACTOR, min(MAX_FACTOR, int(raw * 10 + 1e-9) / 10))


def scaled(style: str, factor: float) -> str:
    """The style sheet with every pixel size multiplied by ``factor``."""
    if factor == 1.0:
        return style
    return _PX.sub(lambda m: f"{round(int(m.group(1)) * factor)}px", style)

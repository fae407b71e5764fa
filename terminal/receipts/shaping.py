"""Right-to-left text on paper: Persian letters joined and put in visual order for reportlab.

reportlab draws the characters it is given, left to right, one glyph each: Persian would print with
its letters apart and reversed. Each line is first wrapped in logical order, then reshaped (each
letter in its joined form: arabic-reshaper, which knows the Persian letters پ چ ژ گ ی ک and the
zero-width non-joiner) and reordered by the Unicode bidirectional algorithm (python-bidi), so a Latin
name or a number inside Persian text keeps its own order. DejaVu Sans, bundled, has the joined forms.
"""

from __future__ import annotations

import functools
import re

import arabic_reshaper
from bidi.algorithm import get_display

_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_STRONG_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_RESHAPER = arabic_reshaper.ArabicReshaper({"delete_harakat": False, "support_ligatures": True})


def needs_shaping(text: str) -> bool:
    return bool(_STRONG_RTL.search(text))


def joined(text: str) -> str:
    """The letters in their joined forms, still in logical order (what a PDF reader gives back)."""
    return _RESHAPER.reshape(text).replace("\u200c", "") if _ARABIC_SCRIPT.search(text) else text


@functools.lru_cache(maxsize=4096)
def visual(text: str, rtl_base: bool | None = None) -> str:
    """The line as reportlab must draw it: joined letters in visual order. Latin-only text is unchanged."""
    if not needs_shaping(text):
        return text
    shaped = joined(text)  # the non-joiner did its work and is dropped: the forms around it are unjoined
    base = "R" if rtl_base else "L" if rtl_base is False else None
    return get_display(shaped, base_dir=base) if base else get_display(shaped)

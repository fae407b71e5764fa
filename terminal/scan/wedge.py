"""Telling a keyboard-wedge scanner from a person: the rules, without Qt.

A USB barcode scanner is a keyboard: it types the code in a burst (a few milliseconds between keys)
and ends with Enter, into whatever has the focus. A person types at least a few tens of
milliseconds apart. A burst is a scan when every gap in it, Enter included, is at most
``MAX_GAP_MS``, it is at least ``MIN_LENGTH`` characters long, and its text is one of our codes
(or starts like one: a card's ``LT1``, a voucher's ``LV1`` or a receipt's web address), so a typed amount is never
taken for a code. ``ui/scan_catcher.py`` applies these rules to the window's key events.
"""

from __future__ import annotations

from terminal import cards, tokens, vouchers

MAX_GAP_MS = 50.0  # scanners type 1-30 ms apart; people, even fast typists, 60 ms and more
MIN_LENGTH = 8
# How a scanned text begins when it is one we hold back from the focused field: a card, a voucher, a
# receipt's URL.
PREFIXES = (cards.PREFIX, vouchers.PREFIX, "HTTP")


def _squeezed(text: str) -> str:
    return cards.normalise(text)


def could_begin_scan(text: str) -> bool:
    """True while ``text`` may still be the start of a card code or a web address (held, not typed)."""
    squeezed = _squeezed(text)
    return bool(squeezed) and any(p.startswith(squeezed) or squeezed.startswith(p) for p in PREFIXES)


def is_code(text: str) -> bool:
    """A card code, a voucher or a receipt's feedback code (bare or as its URL)."""
    return cards.looks_like_card(text) or vouchers.looks_like_voucher(text) or tokens.token_from_text(text) is not None


def is_scan(text: str, fast: bool, held: bool) -> bool:
    """A burst ended by Enter: a scan when it came fast, is long enough, and began like a code (held) or is one."""
    return fast and len(text.strip()) >= MIN_LENGTH and (held or is_code(text))

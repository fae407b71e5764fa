"""Typed and imported text made safe to store, show and export: one line, no control characters.

A name from an old system's CSV or a comment from the feedback page may carry NUL, escape
sequences, other C0/C1 controls or bidirectional overrides (which make a name read backwards in
a list). :func:`clean_text` drops them and folds runs of white space to one space. Letters,
marks and the zero-width joiners that Persian needs stay.
"""

from __future__ import annotations

import unicodedata

# Embeddings, overrides and isolates: they reorder the text around them on screen and on paper.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def clean_text(text: str) -> str:
    """`text` on one line without control characters: white space folded, the rest dropped."""
    kept = []
    for ch in text:
        if ch.isspace():
            kept.append(" ")
        elif unicodedata.category(ch) == "Cc" or ch in _BIDI_CONTROLS:
            continue
        else:
            kept.append(ch)
    return " ".join("".join(kept).split())

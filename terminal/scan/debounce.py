"""One scan per presentation of a code.

A code seen again within ``window`` seconds of the last time it was seen is the same presentation
(a card held in front of the camera for ten seconds is one scan, and a few frames the decoder misses
do not split it). A code that was not seen in the frames of the latest new scan is forgotten at that
moment, so a different card is a new scan at once and showing the first card again after it is new.
"""

from __future__ import annotations

from collections.abc import Iterable


class Debouncer:
    def __init__(self, window: float = 3.0) -> None:
        self.window = window
        self._last_seen: dict[str, float] = {}

    def feed(self, texts: Iterable[str], now: float) -> list[str]:
        """The texts of one frame that are new scans, in the order given."""
        seen = list(dict.fromkeys(texts))
        new = [t for t in seen if t not in self._last_seen or now - self._last_seen[t] > self.window]
        if new:
            self._last_seen = {t: when for t, when in self._last_seen.items() if t in seen}
        for text in seen:
            self._last_seen[text] = now
        return new

    def reset(self) -> None:
        self._last_seen.clear()

"""A sliding-window limit per client address, so the public feedback page cannot be hammered."""

from __future__ import annotations

import threading
from collections import defaultdict, deque

from terminal.clock import Clock


class RateLimiter:
    def __init__(self, limit: int, window_s: float, clock: Clock) -> None:
        self.limit = limit
        self.window_s = window_s
        self._clock = clock
        self._hits: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def allow(self, address: str) -> bool:
        """Count one request from the address; False once it has made `limit` within the window."""
        now = self._clock.now().timestamp()
        with self._lock:
            hits = self._hits[address]
            while hits and hits[0] <= now - self.window_s:
                hits.popleft()
            if len(hits) >= self.limit:
                return False
            hits.append(now)
            if len(self._hits) > 10_000:  # forget idle addresses, so memory stays bounded
                for key in [k for k, v in self._hits.items() if not v]:
                    del self._hits[key]
            return True

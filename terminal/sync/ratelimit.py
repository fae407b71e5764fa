"""Sliding-window limits per key (a client address, a token), with memory that forgets.

Keys are kept in the order they were last used; every call first drops the keys whose last request
is older than the window, so an address that stopped asking is forgotten within one window, and no
more than ``max_keys`` are ever kept (the least recently used go first), whatever a flood of
addresses does.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, deque

from terminal.clock import Clock

DEFAULT_MAX_KEYS = 10_000


class RateLimiter:
    def __init__(self, limit: int, window_s: float, clock: Clock, max_keys: int = DEFAULT_MAX_KEYS) -> None:
        self.limit = limit
        self.window_s = window_s
        self.max_keys = max_keys
        self._clock = clock
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        """How many keys are remembered now."""
        with self._lock:
            return len(self._hits)

    def allow(self, key: str) -> bool:
        """Count one request for the key; False once it has made `limit` within the window."""
        now = self._clock.now().timestamp()
        horizon = now - self.window_s
        with self._lock:
            self._forget(horizon)
            hits = self._hits.get(key)
            if hits is None:
                hits = self._hits[key] = deque()
            else:
                self._hits.move_to_end(key)
            while hits and hits[0] <= horizon:
                hits.popleft()
            if len(hits) >= self.limit:
                return False
            hits.append(now)
            while len(self._hits) > self.max_keys:
                self._hits.popitem(last=False)
            return True

    def _forget(self, horizon: float) -> None:
        """Drop keys idle for a whole window: the oldest-used come first, so this stops at the first live one."""
        while self._hits:
            key, hits = next(iter(self._hits.items()))
            if hits and hits[-1] > horizon:
                return
            del self._hits[key]

"""Clocks: the wall clock (injectable, so tests never patch time) and a hybrid logical clock.

The hybrid logical clock (HLC) orders profile edits across terminals: a terminal whose wall clock
is a day ahead does not win every later edit, because every clock moves past the newest stamp it
has seen. Stamps are strings that sort in clock order: ``<ms:013d>-<counter:05d>-<terminal>``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock for tests and the demo generator: it only moves when told."""

    current: datetime

    def now(self) -> datetime:
        return self.current

    def advance(self, **kwargs: float) -> None:
        self.current += timedelta(**kwargs)


def to_ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def iso(moment: datetime) -> str:
    """UTC ISO-8601 with milliseconds and a Z: sorts as text in time order."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


MAX_HLC_COUNTER = 99_999


def format_hlc(ms: int, counter: int, node: str) -> str:
    return f"{ms:013d}-{counter:05d}-{node}"


def parse_hlc(stamp: str) -> tuple[int, int, str]:
    ms, counter, node = stamp.split("-", 2)
    return int(ms), int(counter), node


class HybridClock:
    """Kulkarni et al.'s hybrid logical clock, thread-safe."""

    def __init__(self, node: str, wall: Clock, last: str | None = None) -> None:
        self._node = node
        self._wall = wall
        self._lock = threading.Lock()
        self._ms, self._counter = (0, 0)
        if last:
            self._ms, self._counter, _ = parse_hlc(last)

    def tick(self) -> str:
        """A stamp for a local event."""
        with self._lock:
            wall_ms = to_ms(self._wall.now())
            if wall_ms > self._ms:
                self._ms, self._counter = wall_ms, 0
            else:
                self._counter += 1
            self._carry()
            return format_hlc(self._ms, self._counter, self._node)

    def _carry(self) -> None:
        """The counter has five digits on the wire: past them, borrow the next millisecond (stamps stay
        ordered and well-formed even when the wall clock stands still, as a frozen test clock does)."""
        if self._counter > MAX_HLC_COUNTER:
            self._ms, self._counter = self._ms + 1, 0

    def observe(self, remote: str) -> None:
        """Move past a stamp received from another terminal."""
        remote_ms, remote_counter, _ = parse_hlc(remote)
        with self._lock:
            wall_ms = to_ms(self._wall.now())
            top = max(wall_ms, self._ms, remote_ms)
            if top == self._ms and top == remote_ms:
                self._counter = max(self._counter, remote_counter) + 1
            elif top == self._ms:
                self._counter += 1
            elif top == remote_ms:
                self._counter = remote_counter + 1
            else:
                self._counter = 0
            self._ms = top
            self._carry()

"""Globally unique, time-ordered ids (UUIDv7, RFC 9562).

Python 3.11 has no uuid.uuid7, and the layout is twelve lines: a millisecond
timestamp, then random bits. Time order keeps the events index append-mostly.
"""

from __future__ import annotations

import secrets
import time
import uuid


def uuid7(unix_ms: int | None = None) -> str:
    """A new UUIDv7 as its canonical 36-character string."""
    ms = int(time.time() * 1000) if unix_ms is None else unix_ms
    rand_a = secrets.randbits(12)
    rand_b = secrets.randbits(62)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version
    value |= rand_a << 64
    value |= 0b10 << 62  # RFC 4122 variant
    value |= rand_b
    return str(uuid.UUID(int=value))


def uuid7_time_ms(value: str) -> int:
    """The millisecond timestamp inside a UUIDv7."""
    return uuid.UUID(value).int >> 80

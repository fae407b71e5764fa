"""Globally unique, time-ordered ids (UUIDv7, RFC 9562).

Python 3.11 has no uuid.uuid7, and the layout is twelve lines: a millisecond
timestamp, then random bits. Time order keeps the events index append-mostly.
"""

from __future__ import annotations

import hashlib
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


_LETTERS = "ABCDEFGHJKMNPQRSTVWXYZ"  # no I, L, O, U: nothing to misread on a paper receipt


def derived_prefix(terminal_id: str) -> str:
    """A terminal's receipt prefix before a hub gives it one: five letters from its random id, so it never
    equals a hub's digits nor the old fixed ``T1``."""
    number = int.from_bytes(hashlib.sha256(terminal_id.encode("utf-8")).digest()[:8], "big")
    letters = []
    for _ in range(5):
        number, digit = divmod(number, len(_LETTERS))
        letters.append(_LETTERS[digit])
    return "".join(letters)

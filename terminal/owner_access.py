"""The owner's PIN: a salted argon2id hash in the meta table, and a lock-out that grows with wrong tries.

The PIN guards the dashboard, settings and manual adjustments. A new PIN has 6 to 12 digits (one set
earlier with 4 or 5 still opens the door); the hash costs 128 MiB and about a third of a second
(terminal/pins.py), so a copied database gives up its PIN only after days of computing. Hashes made
earlier (scrypt) or at a lower cost verify and are upgraded at the next right entry. After
``FREE_TRIES`` wrong PINs in a row each further wrong PIN locks the door for twice as long as the last
(30 s, 60 s, 2 min … capped at an hour); the count survives restarts, because it lives in the database,
and a right PIN resets it. The clock is injected so tests never wait.

At set-up the owner also gets a **recovery code** (printed, kept away from the counter): it sets a new
PIN when the old one is forgotten, once, and counts as a wrong try when wrong, like a PIN. Only its hash
is stored; using it issues a fresh one.

The owner's actions themselves are ledger events written by the counter service
(``settings_changed`` for rule changes, ``points_adjusted`` for manual adjustments).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from terminal.clock import Clock
from terminal.db import meta_get
from terminal.pins import (
    ARGON2_LANES,
    ARGON2_MEMORY_KIB,
    ARGON2_PASSES,
    FIRST_LOCK,
    FREE_TRIES,
    LOCK_KEY,
    LONGEST_LOCK,
    MAX_DIGITS,
    MIN_DIGITS,
    AccessError,
    AccessProblem,
    PinLock,
    hash_pin,
    needs_rehash,
    pin_matches,
    valid_pin,
)

__all__ = ["ARGON2_LANES", "ARGON2_MEMORY_KIB", "ARGON2_PASSES", "FIRST_LOCK", "FREE_TRIES", "IDLE_MINUTES",
           "LOCK_KEY", "LONGEST_LOCK", "MAX_DIGITS", "MAX_PIN", "MIN_DIGITS", "MIN_PIN", "PIN_KEY", "RECOVERY_KEY",
           "AccessError", "AccessProblem", "OwnerAccess", "OwnerSession", "format_recovery_code", "hash_pin",
           "make_recovery_code", "needs_rehash", "normalise_recovery_code", "pin_matches", "valid_pin"]

PIN_KEY = "owner_pin"
RECOVERY_KEY = "owner_recovery"
MIN_PIN, MAX_PIN = MIN_DIGITS, MAX_DIGITS
RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read off paper and typed again
RECOVERY_GROUPS, RECOVERY_GROUP = 4, 4
IDLE_MINUTES = 3  # the terminal falls back to cashier mode after this long without a touch


def normalise_recovery_code(text: str) -> str:
    """What the owner typed, without spaces, dashes and case: ``abcd-efgh …`` -> ``ABCDEFGH…``."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


def make_recovery_code() -> str:
    """Sixteen random characters in groups of four (about 79 bits): ``K7QM-…``."""
    return format_recovery_code("".join(secrets.choice(RECOVERY_ALPHABET)
                                        for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP)))


def format_recovery_code(code: str) -> str:
    return "-".join(code[i:i + RECOVERY_GROUP] for i in range(0, len(code), RECOVERY_GROUP))


@dataclass
class OwnerAccess(PinLock):
    """The owner's PIN (``owner_pin`` in meta) with its lock-out (``owner_lock``) and recovery code."""

    def has_pin(self) -> bool:
        return meta_get(self.db, PIN_KEY) is not None

    def set_first_pin(self, pin: str) -> None:
        """First run: no PIN yet, so anyone at the terminal sets it."""
        if self.has_pin():
            raise AccessError(AccessProblem.PIN_ALREADY_SET)
        self._store(pin)

    def change_pin(self, old: str, new: str) -> None:
        if not valid_pin(new):  # before the old PIN is checked: a typo in the new one costs no try
            raise AccessError(AccessProblem.BAD_PIN_FORMAT)
        self.verify(old)
        self._store(new)

    def has_recovery_code(self) -> bool:
        return meta_get(self.db, RECOVERY_KEY) is not None

    def new_recovery_code(self) -> str:
        """A fresh recovery code (the old one stops working); shown once, for printing; only its hash stays."""
        code = make_recovery_code()
        self.set_recovery_code(code)
        return code

    def set_recovery_code(self, code: str) -> None:
        """Keep the hash of a code made by :func:`make_recovery_code` (the first run shows it before saving)."""
        plain = normalise_recovery_code(code)
        if len(plain) != RECOVERY_GROUPS * RECOVERY_GROUP or any(ch not in RECOVERY_ALPHABET for ch in plain):
            raise ValueError("not a recovery code")
        self._write_meta({RECOVERY_KEY: hash_pin(plain)})

    def recover(self, code: str, new_pin: str) -> str:
        """A forgotten PIN: the recovery code sets ``new_pin``; returns the next recovery code (this one is used).

        A wrong code counts towards the same lock-out as a wrong PIN.
        """
        if not valid_pin(new_pin):
            raise AccessError(AccessProblem.BAD_PIN_FORMAT)
        stored = meta_get(self.db, RECOVERY_KEY)
        if stored is None:
            raise AccessError(AccessProblem.NO_RECOVERY_CODE)
        self.check(normalise_recovery_code(code), stored)
        self._store(new_pin)
        return self.new_recovery_code()

    def _store(self, pin: str) -> None:
        if not valid_pin(pin):
            raise AccessError(AccessProblem.BAD_PIN_FORMAT)
        self._write_meta({PIN_KEY: hash_pin(pin), self.lock_key: json.dumps({"failures": 0, "until": None})})

    def verify(self, pin: str) -> None:
        """Returns when the PIN is right; raises AccessError (wrong, locked, or none set) otherwise."""
        stored = meta_get(self.db, PIN_KEY)
        if stored is None:
            raise AccessError(AccessProblem.NO_PIN)
        self.check(pin, stored)
        if needs_rehash(stored):
            self._write_meta({PIN_KEY: hash_pin(pin)})  # the same PIN, at today's cost


@dataclass
class OwnerSession:
    """Owner mode ends after ``idle_minutes`` without activity; the UI feeds it touches and asks."""

    clock: Clock
    idle_minutes: float = IDLE_MINUTES
    last_touch: datetime | None = None

    def open(self) -> None:
        self.last_touch = self.clock.now()

    def touch(self) -> None:
        if self.last_touch is not None:
            self.last_touch = self.clock.now()

    def close(self) -> None:
        self.last_touch = None

    @property
    def active(self) -> bool:
        if self.last_touch is None:
            return False
        if self.clock.now() - self.last_touch >= timedelta(minutes=self.idle_minutes):
            self.last_touch = None
            return False
        return True

"""The owner's PIN: a salted scrypt hash in the meta table, and a lock-out that grows with wrong tries.

A new PIN has at least six digits; the hash costs 128 MiB and about half a second, so a copied
database gives up its PIN only after days of computing (see ``SCRYPT_N``). Hashes made at an older,
lower cost verify and are upgraded at the next right entry.

The PIN guards the dashboard, settings and manual adjustments. Only the hash is stored
(``scrypt$n$r$p$salt$hash``, hex), so a copied database does not give the PIN away. After
``FREE_TRIES`` wrong PINs in a row each further wrong PIN locks the door for twice as long as the
last (30 s, 60 s, 2 min … capped at an hour); the count survives restarts, because it lives in the
database, and a right PIN resets it. The clock is injected so tests never wait.

The owner's actions themselves are ledger events written by the counter service
(``settings_changed`` for rule changes, ``points_adjusted`` for manual adjustments).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from terminal.clock import Clock
from terminal.db import meta_get
from terminal.pins import (
    FIRST_LOCK,
    FREE_TRIES,
    LOCK_KEY,
    LONGEST_LOCK,
    MAX_DIGITS,
    MIN_DIGITS,
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
    AccessError,
    AccessProblem,
    PinLock,
    _scrypt,
    hash_pin,
    needs_rehash,
    pin_matches,
    valid_pin,
)

__all__ = ["FIRST_LOCK", "FREE_TRIES", "IDLE_MINUTES", "LOCK_KEY", "LONGEST_LOCK", "MAX_DIGITS", "MIN_DIGITS",
           "PIN_KEY", "SCRYPT_N", "SCRYPT_P", "SCRYPT_R", "AccessError", "AccessProblem", "OwnerAccess", "OwnerSession",
           "_scrypt", "hash_pin", "needs_rehash", "pin_matches", "valid_pin"]

PIN_KEY = "owner_pin"
IDLE_MINUTES = 3  # the terminal falls back to cashier mode after this long without a touch


@dataclass
class OwnerAccess(PinLock):
    """The owner's PIN (``owner_pin`` in meta) with its lock-out (``owner_lock``)."""

    def has_pin(self) -> bool:
        return meta_get(self.db, PIN_KEY) is not None

    def set_first_pin(self, pin: str) -> None:
        """First run: no PIN yet, so anyone at the terminal sets it."""
        if self.has_pin():
            raise AccessError(AccessProblem.PIN_ALREADY_SET)
        self._store(pin)

    def change_pin(self, old: str, new: str) -> None:
        self.verify(old)
        self._store(new)

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

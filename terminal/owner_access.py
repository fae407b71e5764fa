"""The owner's PIN: a salted scrypt hash in the meta table, and a lock-out that grows with wrong tries.

The PIN guards the dashboard, settings and manual adjustments. Only the hash is stored
(``scrypt$n$r$p$salt$hash``, hex), so a copied database does not give the PIN away. After
``FREE_TRIES`` wrong PINs in a row each further wrong PIN locks the door for twice as long as the
last (30 s, 60 s, 2 min … capped at an hour); the count survives restarts, because it lives in the
database, and a right PIN resets it. The clock is injected so tests never wait.

The owner's actions themselves are ledger events written by the counter service
(``settings_changed`` for rule changes, ``points_adjusted`` for manual adjustments).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

import sqlite_utils

from terminal.clock import Clock, SystemClock, iso, parse_iso
from terminal.db import meta_get, meta_set, writing
from terminal.writer import WriteRunner

PIN_KEY = "owner_pin"
LOCK_KEY = "owner_lock"
FREE_TRIES = 3
FIRST_LOCK = timedelta(seconds=30)
LONGEST_LOCK = timedelta(hours=1)
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1  # 16 MiB and ~50 ms per try: slow for a guesser, quick for the owner
IDLE_MINUTES = 3  # the terminal falls back to cashier mode after this long without a touch


class AccessProblem(StrEnum):
    NO_PIN = "no_pin"  # first run: the owner must set one
    PIN_ALREADY_SET = "pin_already_set"
    BAD_PIN_FORMAT = "bad_pin_format"
    WRONG_PIN = "wrong_pin"
    LOCKED = "locked"


class AccessError(Exception):
    def __init__(self, problem: AccessProblem, locked_until: datetime | None = None, tries_left: int = 0) -> None:
        super().__init__(problem.value)
        self.problem = problem
        self.locked_until = locked_until
        self.tries_left = tries_left


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    scheme, n, r, p, salt, digest = stored.split("$")
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                               dklen=len(digest) // 2)
    return hmac.compare_digest(candidate.hex(), digest)


def valid_pin(pin: str) -> bool:
    return pin.isdigit() and 4 <= len(pin) <= 12


@dataclass
class OwnerAccess:
    """PIN checks against one connection; use it from the thread that owns the connection."""

    db: sqlite_utils.Database
    clock: Clock = field(default_factory=SystemClock)
    # The process's one writer, for the PIN and lock-out state; None: write on ``db`` itself.
    write: WriteRunner | None = None

    def _write_meta(self, values: dict[str, str]) -> None:
        def job(db: sqlite_utils.Database) -> None:
            with writing(db):
                for key, value in values.items():
                    meta_set(db, key, value)

        if self.write is None:
            job(self.db)
        else:
            self.write(lambda writer: job(writer.db))

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
        self._write_meta({PIN_KEY: hash_pin(pin), LOCK_KEY: json.dumps({"failures": 0, "until": None})})

    def locked_until(self) -> datetime | None:
        until = self._lock()["until"]
        if until and parse_iso(until) > self.clock.now():
            return parse_iso(until)
        return None

    def verify(self, pin: str) -> None:
        """Returns when the PIN is right; raises AccessError (wrong, locked, or none set) otherwise."""
        stored = meta_get(self.db, PIN_KEY)
        if stored is None:
            raise AccessError(AccessProblem.NO_PIN)
        until = self.locked_until()
        if until is not None:
            raise AccessError(AccessProblem.LOCKED, locked_until=until)
        if pin_matches(pin, stored):
            self._save_lock(0, None)
            return
        failures = self._lock()["failures"] + 1
        if failures < FREE_TRIES:
            self._save_lock(failures, None)
            raise AccessError(AccessProblem.WRONG_PIN, tries_left=FREE_TRIES - failures)
        lock = min(FIRST_LOCK * 2 ** (failures - FREE_TRIES), LONGEST_LOCK)
        until = self.clock.now() + lock
        self._save_lock(failures, until)
        raise AccessError(AccessProblem.LOCKED, locked_until=until)

    def _lock(self) -> dict:
        text = meta_get(self.db, LOCK_KEY)
        return json.loads(text) if text else {"failures": 0, "until": None}

    def _save_lock(self, failures: int, until: datetime | None) -> None:
        self._write_meta({LOCK_KEY: json.dumps({"failures": failures, "until": iso(until) if until else None})})


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

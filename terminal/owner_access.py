"""The owner's PIN: a salted scrypt hash in the meta table, and a lock-out that grows with wrong tries.

The PIN guards the dashboard, settings and manual adjustments. Only the hash is stored
(``scrypt$n$r$p$salt$hash``, hex), so a copied database does not give the PIN away. After
``FREE_TRIES`` wrong PINs in a row each further wrong PIN locks the door for twice as long as the
last (30 s, 60 s, 2 min … capped at an hour); the count survives restarts, because it lives in the
database, and a right PIN resets it. The clock is injected so tests never wait.

A PIN set or changed from now on has 6 to 12 digits (one set earlier with 4 or 5 still opens the
door). At set-up the owner also gets a **recovery code** (printed, kept away from the counter): it
sets a new PIN when the old one is forgotten, once, and counts as a wrong try when wrong, like a PIN.
Only its scrypt hash is stored; using it issues a fresh one.

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
RECOVERY_KEY = "owner_recovery"
MIN_PIN, MAX_PIN = 6, 12
RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read off paper and typed again
RECOVERY_GROUPS, RECOVERY_GROUP = 4, 4
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
    NO_RECOVERY_CODE = "no_recovery_code"


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
    """The rule for a PIN being set or changed (ASCII digits only: a PIN is typed on any keypad)."""
    return pin.isascii() and pin.isdigit() and MIN_PIN <= len(pin) <= MAX_PIN


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
        self._check(normalise_recovery_code(code), stored)
        self._store(new_pin)
        return self.new_recovery_code()
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
        self._check(pin, stored)

    def _check(self, secret: str, stored: str) -> None:
        until = self.locked_until()
        if until is not None:
            raise AccessError(AccessProblem.LOCKED, locked_until=until)
        if pin_matches(secret, stored):
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

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
# scrypt at 128 MiB per try: about 0.44 s on the 2-core build machine (tests/bench/bench_pin.py). A guesser
# with a copied database pays that for every PIN tried: a million 6-digit PINs are ~120 core-hours
# (about 60 on average until the right one), and 128 MiB a guess caps how many a GPU runs at once.
# The owner waits under half a second, on the owner worker. (2^14 was 16 MiB, 50 ms: 4 digits fell in minutes.)
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
MIN_DIGITS, MAX_DIGITS = 6, 12
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


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    # hashlib refuses more than 32 MiB unless told: allow what these parameters need, and a margin.
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=dklen, maxmem=129 * n * r * p + 2**24)


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, 32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Checks against the parameters stored with the hash, so PINs hashed at an older cost still verify."""
    scheme, n, r, p, salt, digest = stored.split("$")
    if scheme != "scrypt":
        return False
    candidate = _scrypt(pin, bytes.fromhex(salt), int(n), int(r), int(p), len(digest) // 2)
    return hmac.compare_digest(candidate.hex(), digest)


def needs_rehash(stored: str) -> bool:
    """True for a hash made at a lower cost than today's: it is replaced at the next right entry."""
    scheme, n, r, p, *_ = stored.split("$")
    return scheme != "scrypt" or (int(n), int(r), int(p)) != (SCRYPT_N, SCRYPT_R, SCRYPT_P)


def valid_pin(pin: str) -> bool:
    """A new PIN is 6 to 12 digits. Ten thousand 4-digit PINs are tried offline in minutes whatever the
    hash; a million 6-digit ones cost days of computing at today's scrypt cost. Existing shorter PINs
    still open the door until the owner changes them."""
    return pin.isascii() and pin.isdigit() and MIN_DIGITS <= len(pin) <= MAX_DIGITS


@dataclass
class OwnerAccess:
    """PIN checks against one connection; use it from the thread that owns the connection."""

    db: sqlite_utils.Database
    clock: Clock = field(default_factory=SystemClock)
    # The process's one writer, for the PIN and lock-out state; None: write on ``db`` itself.
    write: WriteRunner | None = None
    lock_key: str = LOCK_KEY  # where the wrong tries are counted (each staff member has their own)

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
        self._write_meta({PIN_KEY: hash_pin(pin), self.lock_key: json.dumps({"failures": 0, "until": None})})

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
        self.check(pin, stored)
        if needs_rehash(stored):
            self._write_meta({PIN_KEY: hash_pin(pin)})  # the same PIN, at today's cost

    def check(self, pin: str, stored: str) -> None:
        """`pin` against the hash `stored`, with the lock-out counted under ``lock_key``."""
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
        text = meta_get(self.db, self.lock_key)
        return json.loads(text) if text else {"failures": 0, "until": None}

    def _save_lock(self, failures: int, until: datetime | None) -> None:
        self._write_meta({self.lock_key: json.dumps({"failures": failures, "until": iso(until) if until else None})})


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

"""PINs: salted argon2id hashes, and a lock-out that grows with wrong tries, for the owner and each staff member.

Only the hash is stored (argon2's own ``$argon2id$v=19$m=…,t=…,p=…$salt$hash`` string), so a copied
database does not give a PIN away; the cost is chosen by measurement (``ARGON2_*``,
tests/bench/bench_pin.py). Hashes made earlier (scrypt, ``scrypt$n$r$p$salt$hash``) or at an older cost
still verify, and are replaced at the next right entry. After ``FREE_TRIES`` wrong PINs in a row each
further wrong PIN locks the door for twice as long as the last (30 s, 60 s, 2 min … capped at an hour);
the count lives in the database under the door's own key, so it survives restarts, and a right PIN
resets it.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

import sqlite_utils

from terminal.clock import Clock, SystemClock, iso, parse_iso
from terminal.db import meta_get, meta_set, writing
from terminal.writer import WriteRunner

if TYPE_CHECKING:
    from argon2 import PasswordHasher

LOCK_KEY = "owner_lock"
FREE_TRIES = 3
FIRST_LOCK = timedelta(seconds=30)
LONGEST_LOCK = timedelta(hours=1)
# argon2id at 128 MiB and three passes a try: about 0.3 s on the 2-core build machine
# (tests/bench/bench_pin.py). A guesser with a copied database pays that for every PIN tried: a million
# 6-digit PINs are some 85 core-hours (half that on average until the right one), and 128 MiB a guess
# caps how many a GPU runs at once. The owner waits a third of a second, on a worker thread.
ARGON2_MEMORY_KIB, ARGON2_PASSES, ARGON2_LANES = 128 * 1024, 3, 1


@functools.cache
def _hasher() -> PasswordHasher:
    # Loaded at the first PIN, not at start: a bundle missing argon2's native library still starts, and
    # its self-test names the "owner PIN" step instead of the whole app failing to import.
    from argon2 import PasswordHasher, Type

    return PasswordHasher(time_cost=ARGON2_PASSES, memory_cost=ARGON2_MEMORY_KIB, parallelism=ARGON2_LANES,
                          hash_len=32, salt_len=16, type=Type.ID)
MIN_DIGITS, MAX_DIGITS = 6, 12


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


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    # hashlib refuses more than 32 MiB unless told: allow what these parameters need, and a margin.
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=dklen, maxmem=129 * n * r * p + 2**24)


def hash_pin(pin: str) -> str:
    return _hasher().hash(pin)


def pin_matches(pin: str, stored: str) -> bool:
    """Checks against the parameters stored with the hash, so hashes made at an older cost (or as scrypt,
    before argon2id) still verify."""
    if stored.startswith("scrypt$"):
        try:
            _, n, r, p, salt, digest = stored.split("$")
            candidate = _scrypt(pin, bytes.fromhex(salt), int(n), int(r), int(p), len(digest) // 2)
        except ValueError:
            return False
        return hmac.compare_digest(candidate.hex(), digest)
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(stored, pin)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    """True for a hash made otherwise than today (scrypt, a lower cost): replaced at the next right entry."""
    if not stored.startswith("$argon2id$"):
        return True
    from argon2.exceptions import InvalidHashError

    try:
        return _hasher().check_needs_rehash(stored)
    except InvalidHashError:
        return True


def valid_pin(pin: str) -> bool:
    """A new PIN is 6 to 12 digits. Ten thousand 4-digit PINs are tried offline in minutes whatever the
    hash; a million 6-digit ones cost days of computing at today's argon2id cost. Existing shorter PINs
    still open the door until the owner changes them."""
    return pin.isascii() and pin.isdigit() and MIN_DIGITS <= len(pin) <= MAX_DIGITS


@dataclass
class PinLock:
    """Checks a PIN against a stored hash, counting wrong tries under ``lock_key``; one connection, one thread."""

    db: sqlite_utils.Database
    clock: Clock = field(default_factory=SystemClock)
    # The process's one writer, for the lock-out state; None: write on ``db`` itself.
    write: WriteRunner | None = None
    lock_key: str = LOCK_KEY

    def _write_meta(self, values: dict[str, str]) -> None:
        def job(db: sqlite_utils.Database) -> None:
            with writing(db):
                for key, value in values.items():
                    meta_set(db, key, value)

        if self.write is None:
            job(self.db)
        else:
            self.write(lambda writer: job(writer.db))

    def locked_until(self) -> datetime | None:
        until = self._lock()["until"]
        if until and parse_iso(until) > self.clock.now():
            return parse_iso(until)
        return None

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

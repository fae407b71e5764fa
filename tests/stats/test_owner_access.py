"""The owner's PIN: stored as a salted argon2id hash, lock-outs that grow, sessions that idle out."""

from __future__ import annotations

import base64
import hashlib
from datetime import timedelta

import pytest
import sqlite_utils
from argon2.low_level import Type, hash_secret_raw

from terminal.clock import FixedClock
from terminal.db import meta_get, meta_set, writing
from terminal.owner_access import AccessError, AccessProblem, OwnerAccess, OwnerSession, pin_matches


def test_first_run_sets_a_pin_stored_only_as_a_salted_hash(db: sqlite_utils.Database, clock: FixedClock) -> None:
    access = OwnerAccess(db, clock)
    assert not access.has_pin()
    with pytest.raises(AccessError) as no_pin:
        access.verify("123456")
    assert no_pin.value.problem is AccessProblem.NO_PIN
    with pytest.raises(AccessError) as bad:
        access.set_first_pin("12a")
    assert bad.value.problem is AccessProblem.BAD_PIN_FORMAT
    access.set_first_pin("471100")
    stored = meta_get(db, "owner_pin")
    assert "471100" not in stored and stored.startswith("$argon2id$")
    assert pin_matches("471100", stored) and not pin_matches("471200", stored)
    access.verify("471100")
    with pytest.raises(AccessError) as again:
        access.set_first_pin("999999")
    assert again.value.problem is AccessProblem.PIN_ALREADY_SET
    # Same PIN, another salt: two shops with PIN 123456 do not share a hash.
    other = OwnerAccess(sqlite_utils.Database(memory=True), clock)
    db2 = other.db
    db2.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    other.set_first_pin("471100")
    assert meta_get(db2, "owner_pin") != stored


def test_wrong_pins_lock_out_for_growing_times(db: sqlite_utils.Database, clock: FixedClock) -> None:
    access = OwnerAccess(db, clock)
    access.set_first_pin("246800")
    for left in (2, 1):
        with pytest.raises(AccessError) as wrong:
            access.verify("000000")
        assert (wrong.value.problem, wrong.value.tries_left) == (AccessProblem.WRONG_PIN, left)
    locks = []
    for _ in range(3):
        with pytest.raises(AccessError) as locked:
            access.verify("000000")
        assert locked.value.problem is AccessProblem.LOCKED
        locks.append(locked.value.locked_until - clock.now())
        # While locked even the right PIN is refused.
        with pytest.raises(AccessError) as still:
            access.verify("246800")
        assert still.value.problem is AccessProblem.LOCKED
        clock.advance(seconds=locks[-1].total_seconds())
    assert locks == [timedelta(seconds=30), timedelta(seconds=60), timedelta(seconds=120)]
    # The count survives a restart of the app (a new service on the same database).
    with pytest.raises(AccessError) as fourth:
        OwnerAccess(db, clock).verify("111111")
    assert fourth.value.locked_until - clock.now() == timedelta(seconds=240)
    clock.advance(seconds=240)
    access.verify("246800")
    with pytest.raises(AccessError) as fresh:
        access.verify("000000")
    assert fresh.value.problem is AccessProblem.WRONG_PIN  # a right PIN reset the count


def test_change_pin_needs_the_old_one(db: sqlite_utils.Database, clock: FixedClock) -> None:
    access = OwnerAccess(db, clock)
    access.set_first_pin("135700")
    with pytest.raises(AccessError):
        access.change_pin("000000", "246800")
    access.change_pin("135700", "246800")
    access.verify("246800")


def test_owner_session_idles_out(clock: FixedClock) -> None:
    session = OwnerSession(clock, idle_minutes=3)
    assert not session.active
    session.open()
    clock.advance(minutes=2)
    session.touch()
    clock.advance(minutes=2, seconds=59)
    assert session.active
    clock.advance(minutes=3)
    assert not session.active
    session.touch()  # a touch after the time-out does not reopen it
    assert not session.active


def test_new_pins_need_six_digits(db: sqlite_utils.Database, clock: FixedClock) -> None:
    access = OwnerAccess(db, clock)
    for short in ("1234", "12345", "１２３４５６", "1234567890123"):  # full-width digits are not typed digits
        with pytest.raises(AccessError) as bad:
            access.set_first_pin(short)
        assert bad.value.problem is AccessProblem.BAD_PIN_FORMAT, short
    access.set_first_pin("123456")
    with pytest.raises(AccessError):
        access.change_pin("123456", "4711")


def test_a_copied_databases_pin_hash_needs_128_mib_of_argon2id_per_guess(db: sqlite_utils.Database,
                                                                          clock: FixedClock) -> None:
    OwnerAccess(db, clock).set_first_pin("583920")
    stored = meta_get(db, "owner_pin")
    _, scheme, version, params, salt_b64, digest_b64 = stored.split("$")
    assert (scheme, version) == ("argon2id", "v=19")
    cost = dict(item.split("=") for item in params.split(","))
    assert (int(cost["m"]), int(cost["t"]), int(cost["p"])) == (128 * 1024, 3, 1)  # KiB per guess, passes, lanes
    salt, digest = (base64.b64decode(text + "=" * (-len(text) % 4)) for text in (salt_b64, digest_b64))
    # A guesser with the copy must pay the full cost: argon2id at these parameters gives the stored hash,
    # a cheaper run (less memory, one pass) or another PIN does not.
    def argon2id(pin: bytes, memory_kib: int, passes: int) -> bytes:
        return hash_secret_raw(pin, salt, time_cost=passes, memory_cost=memory_kib, parallelism=1,
                               hash_len=len(digest), type=Type.ID)
    assert argon2id(b"583920", 128 * 1024, 3) == digest
    assert argon2id(b"583920", 8 * 1024, 1) != digest
    assert argon2id(b"583921", 128 * 1024, 3) != digest


def test_an_old_four_digit_scrypt_pin_still_opens_and_is_upgraded_to_argon2id(db: sqlite_utils.Database,
                                                                               clock: FixedClock) -> None:
    salt = bytes(range(16))
    old = hashlib.scrypt(b"4711", salt=salt, n=2**14, r=8, p=1, dklen=32)
    with writing(db):
        meta_set(db, "owner_pin", f"scrypt${2**14}$8$1${salt.hex()}${old.hex()}")
    access = OwnerAccess(db, clock)
    with pytest.raises(AccessError):
        access.verify("4712")
    assert meta_get(db, "owner_pin").startswith("scrypt$")  # a wrong PIN changes nothing
    access.verify("4711")
    upgraded = meta_get(db, "owner_pin")
    assert upgraded.startswith("$argon2id$v=19$m=131072,t=3,p=1$") and pin_matches("4711", upgraded)
    access.verify("4711")
    with pytest.raises(AccessError):
        access.verify("4712")

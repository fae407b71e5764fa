"""The owner's PIN: stored as a salted scrypt hash, lock-outs that grow, sessions that idle out."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlite_utils

from terminal.clock import FixedClock
from terminal.db import meta_get
from terminal.owner_access import AccessError, AccessProblem, OwnerAccess, OwnerSession, pin_matches


def test_first_run_sets_a_pin_stored_only_as_a_salted_hash(db: sqlite_utils.Database, clock: FixedClock) -> None:
    access = OwnerAccess(db, clock)
    assert not access.has_pin()
    with pytest.raises(AccessError) as no_pin:
        access.verify("1234")
    assert no_pin.value.problem is AccessProblem.NO_PIN
    with pytest.raises(AccessError) as bad:
        access.set_first_pin("12a")
    assert bad.value.problem is AccessProblem.BAD_PIN_FORMAT
    access.set_first_pin("471100")
    stored = meta_get(db, "owner_pin")
    assert "471100" not in stored and stored.startswith("scrypt$")
    assert pin_matches("471100", stored) and not pin_matches("471200", stored)
    access.verify("471100")
    with pytest.raises(AccessError) as again:
        access.set_first_pin("999999")
    assert again.value.problem is AccessProblem.PIN_ALREADY_SET
    # Same PIN, another salt: two shops with PIN 1234 do not share a hash.
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

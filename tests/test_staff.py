"""Staff: who made each event, and what each role may do at the counter."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
import sqlite_utils

from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.owner_access import AccessError, AccessProblem
from terminal.staff import Permission, Role, StaffError, StaffMember, StaffProblem, new_member
from terminal.writer import EventWriter


@pytest.fixture(scope="module")
def hired() -> tuple[StaffMember, StaffMember, StaffMember]:
    """An owner, a manager and a cashier, hashed once (each hash is a third of a second of argon2id, on purpose)."""
    return (new_member("Olga Owner", Role.OWNER, "900001"), new_member("Mark Manager", Role.MANAGER, "800001"),
            new_member("Cecil Cashier", Role.CASHIER, "7001"))


@pytest.fixture
def team(counter: Counter, hired: tuple[StaffMember, StaffMember, StaffMember]) -> dict[str, str]:
    owner, manager, cashier = hired
    counter.save_staff_member(owner)
    counter.signed_in = owner  # as sign_in leaves it (sign-in itself is tested below)
    counter.writer.actor = owner.id
    counter.save_staff_member(manager)
    counter.save_staff_member(cashier)
    counter.sign_out()
    return {"owner": owner.id, "manager": manager.id, "cashier": cashier.id}


def _as(counter: Counter, member_id: str) -> None:
    """Sign in without paying argon2id again: the member as sign_in returns them."""
    counter.signed_in = next(m for m in counter.staff_list() if m.id == member_id)
    counter.writer.actor = member_id


def _customer_with_sale(counter: Counter, team: dict[str, str]) -> tuple[str, str]:
    _as(counter, team["owner"])
    customer = counter.enrol("Anna Nagy").customer.id
    sale = counter.record_sale(customer, 500)
    counter.sign_out()
    return customer, sale.receipt_no


def _refused(call) -> StaffProblem:
    with pytest.raises(StaffError) as refused:
        call()
    return refused.value.problem


def test_the_first_member_is_an_owner_and_pins_follow_the_role(counter: Counter) -> None:
    with pytest.raises(StaffError) as first:
        counter.save_staff_member(new_member("Cecil", Role.CASHIER, "1234"))
    assert first.value.problem is StaffProblem.LAST_OWNER
    for role, pin in ((Role.OWNER, "12345"), (Role.MANAGER, "1234"), (Role.CASHIER, "123"), (Role.CASHIER, "12a4")):
        with pytest.raises(StaffError) as bad:
            new_member("Someone", role, pin)
        assert bad.value.problem is StaffProblem.BAD_PIN, (role, pin)
    assert _refused(lambda: new_member(" \x00 ", Role.OWNER, "123456")) is StaffProblem.NAME_REQUIRED
    owner = new_member("Olga", Role.OWNER, "123456")
    counter.save_staff_member(owner)
    stored = json.dumps([m.pin_hash for m in counter.staff_list()])
    assert "123456" not in stored and stored.count("$argon2id$") == 1


def test_a_cashier_sells_enrols_and_redeems_but_no_more(counter: Counter, team: dict[str, str],
                                                         clock: FixedClock) -> None:
    customer, receipt = _customer_with_sale(counter, team)
    counter.sign_in(team["cashier"], "7001")
    other = counter.enrol("Bea Bodo").customer.id
    for _ in range(5):
        clock.advance(minutes=31)
        counter.record_sale(other, 900)
    counter.redeem(other, "free-item")
    assert counter.customer(other).stamps == 0
    assert _refused(lambda: counter.refund_receipt(receipt)) is StaffProblem.NOT_ALLOWED
    assert _refused(lambda: counter.adjust_points(customer, 10, "goodwill")) is StaffProblem.NOT_ALLOWED
    assert _refused(lambda: counter.save_settings(rules=counter.rules())) is StaffProblem.NOT_ALLOWED
    assert _refused(lambda: counter.erase_customer(customer)) is StaffProblem.NOT_ALLOWED
    assert _refused(lambda: counter.save_staff_member(new_member("X", Role.OWNER, "111111"))) \
        is StaffProblem.NOT_ALLOWED


def test_a_manager_also_refunds_adjusts_and_sets_rules_but_not_books_data_or_staff(
        counter: Counter, team: dict[str, str]) -> None:
    customer, receipt = _customer_with_sale(counter, team)
    _as(counter, team["manager"])
    member = counter.signed_in
    counter.refund_receipt(receipt)
    counter.adjust_points(customer, 10, "goodwill")
    counter.save_settings(rules=replace(counter.rules(), card_size=8))
    assert counter.rules().card_size == 8
    assert not member.may(Permission.BOOKS)
    assert _refused(lambda: counter.erase_customer(customer)) is StaffProblem.NOT_ALLOWED
    assert _refused(lambda: counter.save_staff_member(new_member("X", Role.CASHIER, "1111"))) \
        is StaffProblem.NOT_ALLOWED


def test_the_owner_may_do_everything_but_leave_the_shop_without_an_owner(counter: Counter,
                                                                         team: dict[str, str]) -> None:
    customer, _receipt = _customer_with_sale(counter, team)
    _as(counter, team["owner"])
    owner = counter.signed_in
    assert all(owner.may(p) for p in Permission)
    counter.erase_customer(customer)
    retired = replace(owner, active=False)
    assert _refused(lambda: counter.save_staff_member(retired)) is StaffProblem.LAST_OWNER
    cashier = next(m for m in counter.staff_list() if m.id == team["cashier"])
    counter.save_staff_member(replace(cashier, active=False))
    counter.sign_out()
    with pytest.raises(StaffError):
        counter.sign_in(team["cashier"], "7001")  # a member who left cannot sign in


def test_every_event_records_who_made_it(counter: Counter, team: dict[str, str]) -> None:
    _as(counter, team["cashier"])
    customer = counter.enrol("Anna Nagy").customer.id
    counter.record_sale(customer, 500)
    _as(counter, team["manager"])
    counter.adjust_points(customer, 5, "spilled coffee")
    by = [(kind, json.loads(body).get("by")) for kind, body in counter.db.execute(
        "SELECT kind, body FROM events WHERE customer_id = ? ORDER BY seq", [customer])]
    assert by == [("enrolled", team["cashier"]), ("card_issued", team["cashier"]),
                  ("welcome_bonus", team["cashier"]), ("sale", team["cashier"]),
                  ("points_adjusted", team["manager"])]


def test_once_staff_exist_someone_must_sign_in(counter: Counter, team: dict[str, str]) -> None:
    assert _refused(lambda: counter.record_sale(None, 500)) is StaffProblem.NOT_SIGNED_IN
    assert _refused(lambda: counter.enrol("Anna")) is StaffProblem.NOT_SIGNED_IN


def test_wrong_pins_lock_out_each_member_on_their_own(counter: Counter, team: dict[str, str],
                                                      clock: FixedClock) -> None:
    for _ in range(2):
        with pytest.raises(AccessError) as wrong:
            counter.sign_in(team["cashier"], "0000")
        assert wrong.value.problem is AccessProblem.WRONG_PIN
    with pytest.raises(AccessError) as locked:
        counter.sign_in(team["cashier"], "0000")
    assert locked.value.problem is AccessProblem.LOCKED
    with pytest.raises(AccessError):
        counter.sign_in(team["cashier"], "7001")  # locked, even with the right PIN
    assert counter.sign_in(team["manager"], "800001").role is Role.MANAGER  # the others are not
    clock.advance(seconds=31)
    assert counter.sign_in(team["cashier"], "7001").role is Role.CASHIER


def test_the_writer_without_an_actor_writes_no_by(db: sqlite_utils.Database) -> None:
    writer = EventWriter(db)
    assert "by" not in writer.new("sale").body
    writer.actor = "staff-1"
    assert writer.new("sale", body={"receipt_no": "S1"}).body == {"receipt_no": "S1", "by": "staff-1"}

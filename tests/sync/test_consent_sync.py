"""Profile edits through sync: each field's last writer wins on its own, whatever the arrival order,
and a withdrawal of consent wins over a concurrent edit or grant."""

from __future__ import annotations

from datetime import UTC, datetime

from terminal.ledger import profile_state

PROFILE = "SELECT name, phone, email, consent FROM customers WHERE id = ?"


def test_a_withdrawal_wins_over_a_later_edit_made_elsewhere_without_knowing_of_it(hub, make_terminal) -> None:
    t1, t2 = make_terminal("T1", hub), make_terminal("T2", hub)
    anna = t1.counter.enrol("Anna Rossi", phone="+36 30 111 2222", consent=True).customer.id
    t1.sync()
    t2.sync()
    # Offline at the same time: at T1 Anna says "no more offers"; at T2, minutes later by the clock,
    # the cashier corrects her name, and another customer's enrolment screen re-ticks her consent.
    t1.counter.update_profile(anna, consent=False)
    t2.clock.advance(minutes=5)
    t2.counter.update_profile(anna, name="Anna Rossi-Kovács")
    t2.clock.advance(minutes=1)
    t2.counter.update_profile(anna, consent=True)  # made without having seen the withdrawal
    for terminal in (t2, t1, t2):
        terminal.sync()
    for terminal in (t1, t2):
        assert terminal.db.execute(PROFILE, [anna]).fetchone() == ("Anna Rossi-Kovács", "+36 30 111 2222", "", 0)


def test_a_yes_given_after_the_no_was_known_counts(hub, make_terminal) -> None:
    t1, t2 = make_terminal("T1", hub), make_terminal("T2", hub)
    anna = t1.counter.enrol("Anna Rossi", consent=True).customer.id
    t1.counter.update_profile(anna, consent=False)
    t1.sync()
    t2.sync()
    t2.clock.advance(days=3)
    t2.counter.update_profile(anna, consent=True)  # she changed her mind, at the other till
    t2.sync()
    t1.sync()
    assert [terminal.db.execute(PROFILE, [anna]).fetchone()[3] for terminal in (t1, t2)] == [1, 1]


def test_each_field_keeps_its_own_last_writer_whatever_the_arrival_order(hub, make_terminal) -> None:
    t1, t2 = make_terminal("T1", hub), make_terminal("T2", hub)
    bea = t1.counter.enrol("Bea Bodo", phone="+36 1 222 3333", email="bea@example.hu").customer.id
    t1.sync()
    t2.sync()
    t2.counter.update_profile(bea, phone="+36 1 444 5555")  # T2 first by the clock: its phone
    t1.clock.advance(minutes=2)
    t1.counter.update_profile(bea, name="Beáta Bodó")  # then T1: its name
    t1.clock.advance(minutes=1)
    t1.counter.update_profile(bea, phone="+36 1 666 7777")  # and a phone later still
    for terminal in (t1, t2, t1):
        terminal.sync()
    expected = ("Beáta Bodó", "+36 1 666 7777", "bea@example.hu", 0)
    assert [terminal.db.execute(PROFILE, [bea]).fetchone() for terminal in (t1, t2)] == [expected, expected]
    assert profile_state(t2.db, bea)["name"][0] == "Beáta Bodó"


def test_an_older_edit_arriving_after_a_newer_one_of_another_field_is_kept(hub, make_terminal) -> None:
    t1, t2 = make_terminal("T1", hub), make_terminal("T2", hub, start=datetime(2026, 3, 10, 9, 0, tzinfo=UTC))
    cili = t1.counter.enrol("Cili Cukor").customer.id
    t1.sync()
    t2.sync()
    t1.clock.advance(hours=2)
    t1.counter.update_profile(cili, name="Cecília Cukor")  # newer by the clock
    t2.counter.update_profile(cili, email="cili@example.hu")  # older, of another field
    t1.sync()  # T2 applies T1's newer name first, then its own older e-mail is still there
    t2.sync()
    t1.sync()
    expected = ("Cecília Cukor", "", "cili@example.hu", 0)
    assert [terminal.db.execute(PROFILE, [cili]).fetchone() for terminal in (t1, t2)] == [expected, expected]

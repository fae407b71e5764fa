"""Putting bad visits right: low ratings with their customer and receipt, follow-ups, the 48-hour share."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from terminal import feedback
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.feedback import RatingError, Scale
from terminal.ids import derived_prefix
from terminal.staff import Role, new_member
from terminal.stats.period import Period
from terminal.stats.ratings import follow_up_numbers, low_ratings

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
MARCH = Period(date(2026, 3, 1), date(2026, 3, 31), "UTC")


def unhappy_visit(counter: Counter, clock: FixedClock, name: str, hours: int) -> tuple[str, str]:
    clock.current = START + timedelta(hours=hours)
    customer_id = counter.enrol(name).customer.id
    sale = counter.record_sale(customer_id, 450)
    rating = feedback.rate_visit(counter, sale.sale.id, 3, Scale.NPS, reason="speed", comment="too slow")
    return customer_id, rating.id


def test_the_list_shows_who_and_which_receipt_and_a_resolved_one_leaves_it(counter: Counter,
                                                                          clock: FixedClock) -> None:
    _anna, rating_id = unhappy_visit(counter, clock, "Anna Rossi", 0)
    (row,) = low_ratings(counter.db, MARCH)
    prefix = derived_prefix(counter.terminal_id)  # the receipt prefix of a terminal on its own
    assert (row.customer_name, row.receipt_no, row.status) == ("Anna Rossi", f"S1-{prefix}-000001", "open")
    feedback.follow_up(counter.writer, rating_id, "contacted", "  called,  no answer ")
    (row,) = low_ratings(counter.db, MARCH)
    assert (row.status, row.note) == ("contacted", "called, no answer")
    clock.advance(hours=1)
    feedback.follow_up(counter.writer, rating_id, "resolved", "free coffee next time")
    assert low_ratings(counter.db, MARCH) == []
    assert [r.status for r in low_ratings(counter.db, MARCH, include_resolved=True)] == ["resolved"]
    with pytest.raises(RatingError):
        feedback.follow_up(counter.writer, "no-such-rating", "resolved")


def test_answered_within_48_hours_and_came_back_by_hand(counter: Counter, clock: FixedClock) -> None:
    anna, fast = unhappy_visit(counter, clock, "Anna", 0)
    _bela, slow = unhappy_visit(counter, clock, "Bela", 1)
    _cili, _never = unhappy_visit(counter, clock, "Cili", 2)
    clock.current = START + timedelta(hours=47)  # 47 h after Anna's rating
    feedback.follow_up(counter.writer, fast, "contacted")
    clock.current = START + timedelta(hours=1 + 49)  # 49 h after Bela's
    feedback.follow_up(counter.writer, slow, "resolved")
    clock.current = START + timedelta(days=5)
    counter.record_sale(anna, 300)  # Anna came back after she was answered; Bela did not
    numbers = follow_up_numbers(counter.db, MARCH)
    assert (numbers.low, numbers.answered_48h, numbers.came_back) == (3, 1, 1)
    assert numbers.answered_share == pytest.approx(1 / 3)


def test_a_low_rating_names_the_staff_member_who_made_the_sale(counter: Counter, clock: FixedClock) -> None:
    owner = new_member("Olga Owner", Role.OWNER, "900001")
    counter.save_staff_member(owner)
    cashier = new_member("Cecil Cashier", Role.CASHIER, "7001")
    counter.signed_in, counter.writer.actor = owner, owner.id
    counter.save_staff_member(cashier)
    counter.signed_in, counter.writer.actor = cashier, cashier.id  # as sign_in leaves it
    unhappy_visit(counter, clock, "Anna Rossi", 0)
    (row,) = low_ratings(counter.db, MARCH)
    assert row.staff == "Cecil Cashier"

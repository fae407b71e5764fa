"""One customer, one record: likely duplicates at enrolment, merging two records, a customer's history."""

from __future__ import annotations

import pytest

from terminal.clock import FixedClock
from terminal.counter import Counter, CounterError, CounterProblem
from terminal.ledger import balance_snapshot, rebuild


def test_likely_duplicates_by_phone_email_or_name(counter: Counter) -> None:
    anna = counter.enrol("Anna Kovács", phone="+36 30 291 7735", email="Anna@Example.com").customer
    counter.enrol("Béla Nagy", phone="+36 20 111 2222")
    (by_phone,) = counter.likely_duplicates("Anna Rossi", phone="06 30 291 7735")
    assert by_phone.customer.id == anna.id and by_phone.same_phone and not by_phone.same_name
    (by_email,) = counter.likely_duplicates("Someone", email="anna@example.com ")
    assert by_email.customer.id == anna.id and by_email.same_email
    (by_name,) = counter.likely_duplicates("anna  kovacs")
    assert by_name.same_name
    assert counter.likely_duplicates("Cili Tóth", phone="+36 70 999 8888", email="cili@example.com") == []


def test_a_merge_keeps_every_stamp_point_card_and_visit(counter: Counter, clock: FixedClock) -> None:
    keep = counter.enrol("Anna Kovács", phone="+36 30 291 7735")
    other = counter.enrol("Anna Rossi", email="anna@example.com", birthday="1990-05-31")
    for who in (keep, other, other):
        counter.record_sale(who.customer.id, 1000)
        clock.advance(minutes=31)
    before = counter.customer(keep.customer.id), counter.customer(other.customer.id)
    counter.merge_customers(keep.customer.id, other.customer.id)

    view = counter.customer(keep.customer.id)
    assert view.stamps == before[0].stamps + before[1].stamps == 3
    assert view.points == before[0].points + before[1].points == 2 * 50 + 30
    assert (view.visits, view.spend) == (3, 3000)
    assert (view.phone, view.email, view.birthday.isoformat()) == ("+36 30 291 7735", "anna@example.com",
                                                                   "1990-05-31")
    assert sorted(view.card_hints) == sorted([keep.card.hint, other.card.hint])
    # The other card opens the record kept; the merged record is found no more.
    assert counter.open_card(other.card.code).customer.id == keep.customer.id
    assert [s.id for s in counter.find_customers("anna")] == [keep.customer.id]
    # A sale on the other card lands on the record kept.
    counter.record_sale(counter.open_card(other.card.code).customer.id, 500)
    assert counter.customer(keep.customer.id).visits == 4
    # Balances stay sums of events: a rebuild gives the same.
    snapshot = balance_snapshot(counter.db)
    rebuild(counter.db)
    assert balance_snapshot(counter.db) == snapshot
    assert counter.open_card(other.card.code).customer.id == keep.customer.id


def test_writes_to_a_merged_record_land_on_the_one_kept_and_erasure_takes_both(counter: Counter) -> None:
    keep, other = counter.enrol("Anna").customer.id, counter.enrol("Anna R").customer.id
    counter.merge_customers(keep, other)
    sale = counter.record_sale(other, 1000)  # an old screen still holding the merged record's id
    assert sale.sale.customer_id == keep
    assert counter.adjust_points(other, 5, "goodwill").customer_id == keep
    counter.erase_customer(keep)
    erased = counter.db.execute("SELECT id FROM customers WHERE erased = 1 ORDER BY id").fetchall()
    assert sorted(r[0] for r in erased) == sorted([keep, other])


def test_merge_refuses_itself_and_a_record_already_merged(counter: Counter) -> None:
    a, b, c = (counter.enrol(n).customer.id for n in ("A", "B", "C"))
    with pytest.raises(CounterError) as same:
        counter.merge_customers(a, a)
    assert same.value.problem == CounterProblem.SAME_CUSTOMER
    counter.merge_customers(a, b)
    for keep, away in ((c, b), (b, c)):
        with pytest.raises(CounterError) as merged:
            counter.merge_customers(keep, away)
        assert merged.value.problem == CounterProblem.MERGED_CUSTOMER


def test_history_lists_sales_with_receipts_and_what_was_refunded(counter: Counter, clock: FixedClock) -> None:
    anna = counter.enrol("Anna").customer
    first = counter.record_sale(anna.id, 450)
    clock.advance(days=2)
    second = counter.record_sale(anna.id, 1200)
    counter.refund_receipt(first.receipt_no)
    entries = counter.history(anna.id)
    sales = [e for e in entries if e.kind == "sale"]
    assert [(e.receipt_no, e.amount, e.refunded) for e in sales] == [(second.receipt_no, 1200, False),
                                                                     (first.receipt_no, 450, True)]
    assert entries[-1].kind == "enrolled"
    assert {"refund", "welcome_bonus", "card_issued"} <= {e.kind for e in entries}

from __future__ import annotations

import pytest
import sqlite_utils

from terminal import cards
from terminal.cards import CardCodeError, CodeProblem
from terminal.clock import FixedClock
from terminal.counter import Counter, CounterError, CounterProblem, OverdrawnCause
from terminal.ids import derived_prefix
from terminal.ledger import Kind
from terminal.loyalty import RedeemProblem, Rules


def test_a_sale_gives_a_stamp_and_points_and_a_receipt(counter: Counter) -> None:
    enrolment = counter.enrol("Anna Kovács")
    assert enrolment.card is not None
    result = counter.record_sale(enrolment.customer.id, 450)
    assert (result.earned.stamps, result.earned.points) == (1, 4)
    prefix = derived_prefix(counter.terminal_id)  # a terminal on its own numbers by its own id
    assert result.receipt_no == f"S1-{prefix}-000001" and prefix.isalpha() and len(prefix) == 5
    view = counter.open_card(enrolment.card.grouped()).customer
    assert view is not None
    assert (view.stamps, view.points, view.visits, view.spend) == (1, 50 + 4, 1, 450)


def test_a_card_earns_one_stamp_per_visit_window_whatever_is_scanned(counter: Counter, clock: FixedClock) -> None:
    customer = counter.enrol("Anna").customer
    first = counter.record_sale(customer.id, 300)
    clock.advance(minutes=10)
    second = counter.record_sale(customer.id, 300)
    clock.advance(minutes=25)
    third = counter.record_sale(customer.id, 300)
    assert [r.earned.stamps for r in (first, second, third)] == [1, 0, 1]
    assert second.earned.stamps_blocked and second.earned.points == 3


def test_a_refund_takes_back_exactly_what_the_sale_earned_even_when_spent(counter: Counter,
                                                                         clock: FixedClock) -> None:
    counter.save_settings(rules=Rules(welcome_points=0))
    customer = counter.enrol("Anna").customer
    sale = counter.record_sale(customer.id, 20_000)  # 200 points
    counter.redeem(customer.id, "pastry")  # spends 150 of them
    preview = counter.receipt_sale(sale.receipt_no)
    assert (preview.points, preview.points_after, preview.below_zero) == (200, -150, True)
    with pytest.raises(CounterError) as refused:  # not without the owner's word
        counter.refund_receipt(sale.receipt_no)
    assert refused.value.problem == CounterProblem.BELOW_ZERO
    assert counter.customer(customer.id).points == 50
    counter.refund_receipt(sale.receipt_no, allow_below_zero=True)
    view = counter.customer(customer.id)
    assert (view.points, view.stamps, view.spend, view.visits) == (-150, 0, 0, 0)
    assert view.overdrawn and view.overdrawn_cause == OverdrawnCause.REFUND
    with pytest.raises(CounterError) as again:
        counter.refund_receipt(sale.receipt_no)
    assert again.value.problem == CounterProblem.ALREADY_UNDONE


def test_undoing_a_redemption_gives_the_reward_back(counter: Counter) -> None:
    counter.save_settings(rules=Rules(visit_window_minutes=0))
    customer = counter.enrol("Anna").customer
    for _ in range(5):
        counter.record_sale(customer.id, 100)
    redemption = counter.redeem(customer.id, "free-item")
    assert counter.customer(customer.id).stamps == 0
    (reversal,) = counter.undo(redemption.id)
    assert reversal.kind == Kind.REVERSAL and reversal.ref_id == redemption.id
    assert counter.customer(customer.id).stamps == 5


def test_a_refunded_stamp_does_not_block_the_corrected_sale(counter: Counter) -> None:
    customer = counter.enrol("Anna").customer
    wrong = counter.record_sale(customer.id, 4500)
    counter.undo(wrong.sale.id)
    right = counter.record_sale(customer.id, 450)
    assert right.earned.stamps == 1


def test_redemption_only_when_the_balance_allows(counter: Counter) -> None:
    customer = counter.enrol("Anna").customer
    with pytest.raises(CounterError) as refused:
        counter.redeem(customer.id, "free-item")
    assert refused.value.problem == RedeemProblem.NOT_ENOUGH_STAMPS
    assert counter.customer(customer.id).stamps == 0


def test_birthday_bonus_once_a_year_and_refunded_with_its_sale(counter: Counter, clock: FixedClock) -> None:
    customer = counter.enrol("Anna", birthday="1990-03-12").customer  # the clock says 2026-03-10
    first = counter.record_sale(customer.id, 100)
    assert [e.kind for e in first.events] == [Kind.SALE, Kind.BIRTHDAY_BONUS]
    clock.advance(days=1)
    assert [e.kind for e in counter.record_sale(customer.id, 100).events] == [Kind.SALE]
    clock.advance(days=365)
    assert [e.kind for e in counter.record_sale(customer.id, 100).events] == [Kind.SALE, Kind.BIRTHDAY_BONUS]


def test_points_expire_as_events_after_months_without_a_visit(counter: Counter, clock: FixedClock,
                                                              db: sqlite_utils.Database) -> None:
    customer = counter.enrol("Anna").customer
    counter.record_sale(customer.id, 1000)
    clock.advance(days=300)
    assert counter.expire_points() == 0
    clock.advance(days=70)
    assert counter.expire_points() == 1
    assert counter.customer(customer.id).points == 0
    kinds = [r[0] for r in db.execute("SELECT kind FROM events WHERE customer_id = ? ORDER BY seq", [customer.id])]
    assert kinds[-1] == Kind.POINTS_EXPIRED and Kind.SALE in kinds  # the history stays true


def test_a_lost_card_is_blocked_and_the_new_one_keeps_the_balance(counter: Counter) -> None:
    enrolment = counter.enrol("Anna")
    counter.record_sale(enrolment.customer.id, 1000)
    new_card = counter.replace_lost_card(enrolment.customer.id)
    with pytest.raises(CardCodeError) as blocked:
        counter.open_card(enrolment.card.code)
    assert blocked.value.problem == CodeProblem.REVOKED
    view = counter.open_card(new_card.code).customer
    assert view is not None and view.points == 60


def test_a_preprinted_card_is_bound_at_first_scan(counter: Counter) -> None:
    (card,) = counter.issue_anonymous_cards(1)
    assert counter.open_card(card.grouped()).customer is None
    enrolment = counter.enrol("Taras Бондаренко", card_text=card.code)
    assert enrolment.card is None
    assert counter.open_card(card.code).customer.name == "Taras Бондаренко"
    with pytest.raises(CounterError) as taken:
        counter.enrol("Somebody else", card_text=card.code)
    assert taken.value.problem == CounterProblem.CARD_ALREADY_BOUND


def test_a_valid_code_this_shop_never_issued_is_refused(counter: Counter) -> None:
    with pytest.raises(CardCodeError) as refused:
        counter.open_card(cards.new_code().code)
    assert refused.value.problem == CodeProblem.NOT_ISSUED


@pytest.mark.parametrize("query", ["zsofia", "ORSI", "őrsi zs", "zs ors", "3630 111", "+36 30 111-2222",
                                   "1112222", "111 2222"])
def test_find_by_name_words_or_phone(counter: Counter, query: str) -> None:
    wanted = counter.enrol("Őrsi Zsófia", phone="+36 30 111 2222").customer
    counter.enrol("Olena Шевченко", phone="+380 44 555 6666")
    assert [s.id for s in counter.find_customers(query)] == [wanted.id]


def test_find_by_card_code(counter: Counter) -> None:
    enrolment = counter.enrol("Anna")
    assert [s.id for s in counter.find_customers(enrolment.card.grouped())] == [enrolment.customer.id]
    assert counter.find_customers("Шевч") == []


@pytest.mark.parametrize(("fields", "problem"), [
    ({"name": "   "}, CounterProblem.NAME_REQUIRED),
    ({"name": "Anna", "birthday": "31/05/1990"}, CounterProblem.BAD_BIRTHDAY),
])
def test_enrolment_refuses_bad_input_and_writes_nothing(counter: Counter, db: sqlite_utils.Database,
                                                        fields: dict, problem: CounterProblem) -> None:
    with pytest.raises(CounterError) as refused:
        counter.enrol(**fields)
    assert refused.value.problem == problem
    assert db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0


def test_a_sale_of_nothing_is_refused(counter: Counter) -> None:
    with pytest.raises(CounterError) as refused:
        counter.record_sale(None, 0)
    assert refused.value.problem == CounterProblem.BAD_AMOUNT


def test_tiers_follow_twelve_month_spend_and_multiply_points(counter: Counter, clock: FixedClock) -> None:
    customer = counter.enrol("Anna").customer
    counter.record_sale(customer.id, 20_000)  # reaches Silver
    clock.advance(hours=1)
    assert counter.record_sale(customer.id, 1000).earned.points == 12
    clock.advance(days=366)
    assert counter.customer(customer.id).tier.name == "Bronze"


def test_settings_changes_are_events_and_take_effect(counter: Counter, db: sqlite_utils.Database) -> None:
    counter.save_settings(rules=Rules(points_per_unit=10))
    assert db.execute("SELECT COUNT(*) FROM events WHERE kind = 'settings_changed'").fetchone()[0] == 1
    assert counter.record_sale(None, 100).earned.points == 0  # walk-ins earn nothing
    customer = counter.enrol("Anna").customer
    assert counter.record_sale(customer.id, 100).earned.points == 10


def test_an_adjustment_below_zero_is_refused_and_changes_nothing(counter: Counter) -> None:
    customer = counter.enrol("Anna").customer  # 50 welcome points
    counter.adjust_points(customer.id, 5, "a coffee spilled")
    with pytest.raises(CounterError) as refused:
        counter.adjust_points(customer.id, -500, "typo")
    assert refused.value.problem == CounterProblem.BELOW_ZERO
    assert counter.customer(customer.id).points == 55
    counter.adjust_points(customer.id, -55, "all of them")
    assert counter.customer(customer.id).points == 0


def test_receipt_sale_shows_the_sale_with_its_birthday_bonus(counter: Counter, clock: FixedClock) -> None:
    customer = counter.enrol("Anna", birthday=clock.now().date().replace(year=1990).isoformat()).customer
    sale = counter.record_sale(customer.id, 1250)
    preview = counter.receipt_sale(sale.receipt_no.lower())
    assert (preview.amount, preview.stamps, preview.customer_name, preview.refunded) == (1250, 1, "Anna", False)
    assert preview.points == 12 + counter.rules().birthday_points
    assert preview.sold_at == clock.now()
    assert (preview.stamps_after, preview.points_after) == (0, 50)
    counter.refund_receipt(sale.receipt_no)
    assert counter.receipt_sale(sale.receipt_no).refunded

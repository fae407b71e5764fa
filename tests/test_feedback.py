"""Ratings of a visit: stored as events tied to the sale, once per visit, with the low-score note."""

from __future__ import annotations

from datetime import timedelta

import pytest

from terminal import feedback, tokens
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import meta_get
from terminal.feedback import FeedbackSettings, RatingError, RatingProblem, Scale, Source
from terminal.ledger import Kind


def test_rating_is_an_event_tied_to_the_visit_and_customer(counter: Counter) -> None:
    ann = counter.enrol("Ann Smith").customer
    sale = counter.record_sale(ann.id, 450)
    event = feedback.rate_visit(counter, sale.sale.id, 9, Scale.NPS, reason="service", comment="  lovely   staff ")
    row = counter.db.execute("SELECT kind, customer_id, ref_id, body FROM events WHERE id = ?", [event.id]).fetchone()
    assert row[:3] == (Kind.RATING, ann.id, sale.sale.id)
    assert event.body == {"score": 9, "scale": "nps", "reason": "service", "comment": "lovely staff",
                          "receipt_no": sale.receipt_no, "source": "screen"}


def test_anonymous_sale_rating_has_no_customer(counter: Counter) -> None:
    sale = counter.record_sale(None, 300)
    event = feedback.rate_visit(counter, sale.sale.id, 4, "csat", source=Source.RECEIPT)
    assert event.customer_id is None and event.body["source"] == "receipt"


def test_second_rating_of_a_visit_is_refused(counter: Counter) -> None:
    sale = counter.record_sale(None, 300)
    feedback.rate_visit(counter, sale.sale.id, 10, Scale.NPS)
    with pytest.raises(RatingError) as caught:
        feedback.rate_visit(counter, sale.sale.id, 2, Scale.NPS, source=Source.RECEIPT)
    assert caught.value.problem == RatingProblem.ALREADY_RATED
    assert counter.db.execute("SELECT COUNT(*) FROM events WHERE kind = 'rating'").fetchone()[0] == 1


@pytest.mark.parametrize(("score", "scale"), [(11, "nps"), (-1, "nps"), (0, "csat"), (6, "csat"), (True, "nps")])
def test_scores_outside_the_scale_are_refused(counter: Counter, score: int, scale: str) -> None:
    sale = counter.record_sale(None, 300)
    with pytest.raises(RatingError) as caught:
        feedback.rate_visit(counter, sale.sale.id, score, scale)
    assert caught.value.problem == RatingProblem.BAD_SCORE


def test_rating_an_unknown_visit_is_refused(counter: Counter) -> None:
    enrolled = counter.enrol("Bo")
    with pytest.raises(RatingError) as caught:
        feedback.rate_visit(counter, enrolled.events[0].id, 5, Scale.NPS)  # an event, but not a sale
    assert caught.value.problem == RatingProblem.UNKNOWN_VISIT


@pytest.mark.parametrize(("score", "scale", "low"), [
    (0, "nps", True), (6, "nps", True), (7, "nps", False), (10, "nps", False),
    (1, "csat", True), (2, "csat", True), (3, "csat", False), (5, "csat", False)])
def test_is_low(score: int, scale: str, low: bool) -> None:
    assert feedback.is_low(score, scale) is low


def test_low_rating_leaves_a_note_until_the_next_visit(counter: Counter, clock: FixedClock) -> None:
    ann = counter.enrol("Ann").customer
    first = counter.record_sale(ann.id, 450)
    assert counter.customer(ann.id).notes == ()
    feedback.rate_visit(counter, first.sale.id, 3, Scale.NPS, reason="speed", comment="waited ages")
    assert counter.customer(ann.id).notes == ('last visit: unhappy about speed (3/10): "waited ages"',)
    clock.advance(days=2)
    counter.record_sale(ann.id, 450)  # the shop has seen her again: the note was about the visit before
    assert counter.customer(ann.id).notes == ()


def test_good_rating_leaves_no_note(counter: Counter) -> None:
    ann = counter.enrol("Ann").customer
    sale = counter.record_sale(ann.id, 450)
    feedback.rate_visit(counter, sale.sale.id, 4, Scale.CSAT, reason="quality")
    assert counter.customer(ann.id).notes == ()


def test_feedback_settings_saved_as_a_settings_event(counter: Counter) -> None:
    assert feedback.load_settings(counter.db) == FeedbackSettings()
    chosen = FeedbackSettings(scale=Scale.CSAT, reasons=("coffee", "music"), idle_message="Hi!", timeout_seconds=7)
    event = counter.save_settings(feedback=chosen)
    assert event.kind == Kind.SETTINGS_CHANGED and "feedback" in event.body["settings"]
    assert feedback.load_settings(counter.db) == chosen


@pytest.mark.parametrize("bad", [
    FeedbackSettings(reasons=()), FeedbackSettings(reasons=("a", "a")), FeedbackSettings(reasons=("",)),
    FeedbackSettings(timeout_seconds=0)])
def test_invalid_feedback_settings_are_refused(counter: Counter, bad: FeedbackSettings) -> None:
    with pytest.raises(RatingError):
        counter.save_settings(feedback=bad)


def test_receipt_code_resolves_to_its_visit(counter: Counter, clock: FixedClock) -> None:
    ann = counter.enrol("Ann Smith").customer
    sale = counter.record_sale(ann.id, 450)
    counter.record_sale(None, 200)
    secret = meta_get(counter.db, "shop_secret")
    url = tokens.feedback_url("https://shop.example/f", tokens.make_token(secret, sale.receipt_no, clock.now().date()))
    prompt = feedback.visit_for_code(counter, url)
    assert (prompt.sale_id, prompt.customer_id, prompt.first_name) == (sale.sale.id, ann.id, "Ann")
    assert not prompt.already_rated
    feedback.rate_visit(counter, prompt.sale_id, 8, Scale.NPS, source=Source.RECEIPT)
    assert feedback.visit_for_code(counter, url).already_rated


def test_forged_expired_and_unknown_receipt_codes_are_refused(counter: Counter, clock: FixedClock) -> None:
    sale = counter.record_sale(None, 450)
    secret = meta_get(counter.db, "shop_secret")
    with pytest.raises(tokens.TokenError):
        feedback.visit_for_code(counter, tokens.make_token("another shop", sale.receipt_no, clock.now().date()))
    old = tokens.make_token(secret, sale.receipt_no, (clock.now() - timedelta(days=40)).date())
    with pytest.raises(tokens.TokenError):
        feedback.visit_for_code(counter, old)
    with pytest.raises(RatingError) as caught:
        feedback.visit_for_code(counter, tokens.make_token(secret, "S1-T1-999999", clock.now().date()))
    assert caught.value.problem == RatingProblem.UNKNOWN_RECEIPT


def test_prompt_for_sale_shows_stamp_progress(counter: Counter) -> None:
    ann = counter.enrol("Ann Smith").customer
    result = counter.record_sale(ann.id, 450)
    prompt = feedback.prompt_for_sale(result, counter.rules())
    assert (prompt.stamps_on_card, prompt.card_size, prompt.stamps_to_reward) == (1, 5, 4)
    assert prompt.reward_name == "Free coffee"
    assert prompt == feedback.visit_prompt(counter, result.sale.id)


def test_owner_sees_every_low_rating_newest_first(counter: Counter, clock: FixedClock) -> None:
    ann = counter.enrol("Ann").customer
    scores = [(3, Scale.NPS), (9, Scale.NPS), (2, Scale.CSAT), (3, Scale.CSAT), (6, Scale.NPS)]
    for score, scale in scores:
        clock.advance(hours=1)
        feedback.rate_visit(counter, counter.record_sale(ann.id, 300).sale.id, score, scale, reason="price")
    found = feedback.low_ratings(counter.db)
    assert [(r.score, r.scale) for r in found] == [(6, Scale.NPS), (2, Scale.CSAT), (3, Scale.NPS)]
    assert found[0].customer_name == "Ann" and found[0].reason == "price"

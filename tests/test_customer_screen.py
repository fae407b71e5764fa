"""The customer's screen, tapped through with real widgets on a real database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from terminal import feedback, tokens
from terminal.clock import FixedClock
from terminal.counter import Counter, SaleResult
from terminal.db import meta_get
from terminal.feedback import FeedbackSettings, Scale
from ui.customer import sizing
from ui.customer.window import CustomerWindow, LowScore, Step


def sync_runner(counter: Counter) -> Callable[..., None]:
    """The database worker's contract (job, on_done, on_error), run at once: a synchronous executor."""

    def run(job: Callable[[Counter], Any], on_done: Callable[[Any], None] | None,
            on_error: Callable[[Exception], bool | None] | None) -> None:
        try:
            result = job(counter)
        except Exception as exc:
            if on_error is None or not on_error(exc):
                raise
            return
        if on_done is not None:
            on_done(result)

    return run


@pytest.fixture
def make_window(qtbot: QtBot, counter: Counter) -> Iterator[Callable[..., CustomerWindow]]:
    def make(settings: FeedbackSettings | None = None, double_tap_ms: int = 0) -> CustomerWindow:
        window = CustomerWindow(sync_runner(counter), settings or FeedbackSettings(), "Café Aroma",
                                double_tap_ms=double_tap_ms)
        qtbot.addWidget(window)
        window.resize(1024, 600)
        window.show()
        return window

    yield make


@pytest.fixture
def sale(counter: Counter) -> SaleResult:
    ann = counter.enrol("Ann Smith").customer
    return counter.record_sale(ann.id, 450)


def ratings(counter: Counter) -> list[tuple]:
    return [tuple(r) for r in counter.db.execute(
        "SELECT ref_id, customer_id, json_extract(body, '$.score'), json_extract(body, '$.reason'), "
        "json_extract(body, '$.comment'), json_extract(body, '$.source') FROM events WHERE kind = 'rating'")]


def click(qtbot: QtBot, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_tap_through_to_a_rating_of_the_visit(qtbot: QtBot, counter: Counter, sale: SaleResult,
                                              make_window: Callable[..., CustomerWindow]) -> None:
    window = make_window()
    assert window.step == Step.IDLE and window.idle.shop_name.text() == "Café Aroma"
    window.show_visit(feedback.prompt_for_sale(sale, counter.rules()))
    assert window.step == Step.PROGRESS
    assert window.progress.progress.text() == "4 more to your \u2068free coffee\u2069"  # bidi-isolated
    click(qtbot, window.progress.continue_button)
    assert window.step == Step.QUESTION and len(window.question.score_buttons) == 11
    click(qtbot, window.question.score_buttons[9])
    assert window.step == Step.REASON
    click(qtbot, window.reasons.reason_buttons["service"])
    assert window.step == Step.COMMENT
    for key in "hi!":
        click(qtbot, window.comment.keyboard.keys[key])
    with qtbot.waitSignal(window.rating_saved) as saved, qtbot.assertNotEmitted(window.low_score):
        click(qtbot, window.comment.send_button)
    assert window.step == Step.THANKS
    assert saved.args[0].ref_id == sale.sale.id
    assert ratings(counter) == [(sale.sale.id, sale.customer.id, 9, "service", "Hi!", "screen")]


def test_smileys_and_keys_a_low_score_raises_the_alert(qtbot: QtBot, counter: Counter, sale: SaleResult,
                                                       make_window: Callable[..., CustomerWindow]) -> None:
    window = make_window(FeedbackSettings(scale=Scale.CSAT, progress_seconds=0))
    window.show_visit(feedback.prompt_for_sale(sale, counter.rules()))
    assert window.step == Step.QUESTION and sorted(window.question.score_buttons) == [1, 2, 3, 4, 5]
    qtbot.keyClick(window, "2")
    assert window.step == Step.REASON
    qtbot.keyClick(window, "2")  # the second reason: speed
    assert window.step == Step.COMMENT
    with qtbot.waitSignal(window.low_score) as alert:
        qtbot.keyClick(window, Qt.Key.Key_Escape)  # no comment, thanks
    low: LowScore = alert.args[0]
    assert (low.prompt.sale_id, low.score, low.reason, low.comment) == (sale.sale.id, 2, "speed", "")
    assert ratings(counter) == [(sale.sale.id, sale.customer.id, 2, "speed", "", "screen")]


def test_timeout_returns_to_idle_without_a_rating(qtbot: QtBot, counter: Counter, sale: SaleResult,
                                                  make_window: Callable[..., CustomerWindow]) -> None:
    window = make_window(FeedbackSettings(timeout_seconds=1))
    window.show_visit(feedback.prompt_for_sale(sale, counter.rules()))
    click(qtbot, window.progress.continue_button)
    assert window.step == Step.QUESTION and window.inactivity.isActive()
    # A touch anywhere restarts the wait.
    qtbot.waitUntil(lambda: window.inactivity.remainingTime() < 700, timeout=2000)
    click(qtbot, window.question.question)
    assert window.inactivity.remainingTime() > 800
    with qtbot.waitSignal(window.went_idle, timeout=3000):
        pass
    assert window.step == Step.IDLE and not window.inactivity.isActive()
    assert ratings(counter) == []


def test_a_score_given_then_walked_away_from_still_counts(qtbot: QtBot, counter: Counter, sale: SaleResult,
                                                          make_window: Callable[..., CustomerWindow]) -> None:
    window = make_window(FeedbackSettings(timeout_seconds=1, progress_seconds=0))
    window.show_visit(feedback.prompt_for_sale(sale, counter.rules()))
    click(qtbot, window.question.score_buttons[10])
    with qtbot.waitSignal(window.went_idle, timeout=3000):
        pass
    assert ratings(counter) == [(sale.sale.id, sale.customer.id, 10, "", "", "screen")]


def test_skip_leaves_no_rating(qtbot: QtBot, counter: Counter, sale: SaleResult,
                               make_window: Callable[..., CustomerWindow]) -> None:
    window = make_window(FeedbackSettings(progress_seconds=0))
    window.show_visit(feedback.prompt_for_sale(sale, counter.rules()))
    click(qtbot, window.question.skip_button)
    assert window.step == Step.IDLE and ratings(counter) == []


def test_a_double_tap_answers_only_one_question(qtbot: QtBot, counter: Counter, sale: SaleResult,
                                                make_window: Callable[..., CustomerWindow]) -> None:
    window = make_window(FeedbackSettings(progress_seconds=0), double_tap_ms=400)
    window.show_visit(feedback.prompt_for_sale(sale, counter.rules()))
    click(qtbot, window.question.score_buttons[8])
    assert window.step == Step.QUESTION  # too soon after the page appeared: a stray touch
    qtbot.waitUntil(window.accepting_taps)
    click(qtbot, window.question.score_buttons[8])
    click(qtbot, window.reasons.reason_buttons["price"])  # the second tap of a double tap lands here
    assert window.step == Step.REASON
    qtbot.waitUntil(window.accepting_taps)
    click(qtbot, window.reasons.reason_buttons["quality"])
    assert window.step == Step.COMMENT
    qtbot.waitUntil(window.accepting_taps)
    click(qtbot, window.comment.send_button)
    click(qtbot, window.comment.send_button)
    assert ratings(counter) == [(sale.sale.id, sale.customer.id, 8, "quality", "", "screen")]


def test_a_second_rating_of_the_same_visit_is_refused(qtbot: QtBot, counter: Counter, sale: SaleResult,
                                                      make_window: Callable[..., CustomerWindow]) -> None:
    window = make_window(FeedbackSettings(progress_seconds=0))
    prompt = feedback.prompt_for_sale(sale, counter.rules())
    for score in (7, 1):
        window.show_visit(prompt)  # the same visit shown twice (say, rated on a phone meanwhile)
        click(qtbot, window.question.score_buttons[score])
        if score == 1:
            with qtbot.waitSignal(window.rating_refused) as refused, qtbot.assertNotEmitted(window.low_score):
                click(qtbot, window.reasons.skip_button)
        else:
            click(qtbot, window.reasons.skip_button)
    assert refused.args == ["already_rated"]
    assert window.thanks.message.text() == "This visit has already been rated. Thank you!"
    assert ratings(counter) == [(sale.sale.id, sale.customer.id, 7, "", "", "screen")]


def test_receipt_code_opens_the_right_visit_once(qtbot: QtBot, counter: Counter, clock: FixedClock,
                                                 sale: SaleResult, make_window: Callable[..., CustomerWindow]) -> None:
    counter.record_sale(None, 900)  # a later, different visit
    token = tokens.make_token(meta_get(counter.db, "shop_secret"), sale.receipt_no, clock.now().date())
    url = tokens.feedback_url(counter.shop().feedback_base_url, token)
    window = make_window()
    window.open_receipt_code(url)
    assert window.step == Step.QUESTION and window.prompt.sale_id == sale.sale.id
    click(qtbot, window.question.score_buttons[6])
    with qtbot.waitSignal(window.low_score):
        click(qtbot, window.reasons.reason_buttons["atmosphere"])
        click(qtbot, window.comment.no_thanks_button)
    assert ratings(counter) == [(sale.sale.id, sale.customer.id, 6, "atmosphere", "", "receipt")]
    window.open_receipt_code(url)
    assert window.step == Step.THANKS and "already been rated" in window.thanks.message.text()
    with qtbot.waitSignal(window.rating_refused) as refused:
        window.open_receipt_code(token[:-3] + "AAA")
    assert refused.args == ["bad_signature"] and window.step == Step.THANKS


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
@pytest.mark.parametrize("scale", [Scale.NPS, Scale.CSAT])
def test_touch_targets_are_at_least_15_mm(qtbot: QtBot, counter: Counter, sale: SaleResult, size: tuple[int, int],
                                          scale: Scale, make_window: Callable[..., CustomerWindow]) -> None:
    window = make_window(FeedbackSettings(scale=scale))
    window.resize(*size)
    least = sizing.mm_to_px(sizing.TARGET_MM, window.screen())
    assert least >= 55  # 15 mm at the offscreen screen's 100 dpi
    window.show_visit(feedback.prompt_for_sale(sale, counter.rules()))
    pages = [window.progress, window.question, window.reasons, window.comment]
    for page in pages:
        window.stack.setCurrentWidget(page)
        qtbot.waitUntil(lambda p=page: p.isVisible())
        buttons = [*page.choices, getattr(page, "skip_button", None), *getattr(page, "keyboard", page).findChildren(
            type(window.progress.continue_button))]
        for button in filter(None, buttons):
            assert button.isVisible() and button.width() >= least and button.height() >= least, button.text()
            assert window.rect().contains(button.mapTo(window, button.rect().bottomRight()))

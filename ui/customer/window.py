"""The customer's screen: idle, stamp progress, the question, what mattered, a comment, thank-you.

The window only decides what shows; the rating is written by the database worker it is given
(``run(job, on_done, on_error)``, the signature of ``ui.tasks.DbTasks.run``). It goes back to idle
after the owner's time without a touch, and a tap that comes too soon after a page changed (a
double tap) is ignored, so one tap never answers two questions.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, cast

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLayout, QMenu, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from terminal import feedback
from terminal.counter import CounterError
from terminal.feedback import FeedbackSettings, RatingError, RatingProblem, Scale, Source, VisitPrompt
from terminal.languages import LANGUAGES, is_rtl
from ui.customer import sizing
from ui.customer.pages import CommentPage, IdlePage, Page, ProgressPage, QuestionPage, ReasonPage, ThanksPage
from ui.customer.speech import speech
from ui.customer.style import style_sheet

Runner = Callable[[Callable[[Any], Any], Callable[[Any], None] | None, Callable[[Exception], bool | None] | None],
                  None]
DOUBLE_TAP_MS = 400
_TOUCHES = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress)


class Step(StrEnum):
    IDLE = "idle"
    PROGRESS = "progress"
    QUESTION = "question"
    REASON = "reason"
    COMMENT = "comment"
    THANKS = "thanks"


@dataclass(frozen=True)
class LowScore:
    """A low rating, for the cashier's discreet alert."""

    prompt: VisitPrompt
    score: int
    scale: Scale
    reason: str
    comment: str


class CustomerWindow(QWidget):
    rating_saved = Signal(object)  # the rating Event
    low_score = Signal(object)  # LowScore
    rating_refused = Signal(str)  # a RatingProblem or TokenProblem value
    went_idle = Signal()

    def __init__(self, run: Runner, settings: FeedbackSettings | None = None, shop_name: str = "",
                 parent: QWidget | None = None, *, double_tap_ms: int = DOUBLE_TAP_MS) -> None:
        super().__init__(parent)
        self.setObjectName("customerScreen")
        self.setWindowTitle(self.tr("Customer screen"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._run = run
        self.settings = settings or FeedbackSettings()
        self.double_tap_ms = double_tap_ms
        self.prompt: VisitPrompt | None = None
        self._source = Source.SCREEN
        self._score: int | None = None
        self._reason = ""
        self._units = (0, 0)
        self._since_page = QElapsedTimer()
        self._since_page.start()
        self.inactivity = QTimer(self, singleShot=True)
        self.inactivity.timeout.connect(self._on_inactive)
        self._progress_timer = QTimer(self, singleShot=True)
        self._progress_timer.timeout.connect(self._to_question)
        self.shop_name = shop_name
        speech.customer_language = None  # a new screen starts in the screens' language
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        # The customer may pick their own language (each in its own name); it is kept on their profile.
        self.language_button = QPushButton(self)
        self.language_button.setObjectName("skip")
        self.language_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.language_menu = QMenu(self.language_button)
        for code, name in LANGUAGES.items():
            self.language_menu.addAction(name, functools.partial(self.choose_language, code))
        self.language_button.setMenu(self.language_menu)
        corner = QHBoxLayout()
        corner.setContentsMargins(12, 10, 12, 0)
        corner.addStretch(1)
        corner.addWidget(self.language_button)
        outer.addLayout(corner)
        outer.addWidget(self.stack)
        outer.setContentsMargins(0, 0, 0, 0)
        # The screen's size decides the pages' sizes, not the other way round (and a window manager
        # is never asked to resize a full-screen window when the unit changes).
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.question: QuestionPage
        self.reasons: ReasonPage
        self._make_pages()
        self.apply_settings(self.settings, shop_name)
        self.language_button.setText(LANGUAGES[speech.language])
        self._go(self.idle)

    def _make_pages(self) -> None:
        """The pages that do not depend on the owner's settings, in the screen's current language."""
        for name in ("idle", "progress", "comment", "thanks"):
            old = getattr(self, name, None)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
        self.idle, self.progress, self.thanks = IdlePage(self), ProgressPage(self), ThanksPage(self)
        self.comment = CommentPage(self)
        self.progress.continue_button.clicked.connect(lambda: self._tap(self._to_question))
        self.comment.send_button.clicked.connect(lambda: self._tap(self._save))
        self.comment.no_thanks_button.clicked.connect(lambda: self._tap(self._save, clear_comment=True))
        self.comment.edit.returnPressed.connect(lambda: self._tap(self._save))
        for index, page in enumerate((self.idle, self.progress)):
            self.stack.insertWidget(index, page)
        self.stack.addWidget(self.comment)
        self.stack.addWidget(self.thanks)

    @property
    def language(self) -> str:
        return speech.language

    def set_language(self, language: str | None) -> None:
        """Speak `language` (the card holder's) until the next customer; None: the screens' language.

        The pages are made again in that language; Persian mirrors this window only."""
        before = speech.language
        speech.customer_language = language or None
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(speech.language)
                                else Qt.LayoutDirection.LeftToRight)
        self.language_button.setText(LANGUAGES[speech.language])
        if speech.language == before:
            return
        step = self.step
        self._make_pages()
        self.apply_settings(self.settings, self.shop_name)
        self.setWindowTitle(speech.translate("CustomerWindow", "Customer screen"))
        if step == Step.PROGRESS and self.prompt is not None:
            self.progress.show_prompt(self.prompt)
            self._go(self.progress)
        elif step in (Step.QUESTION, Step.REASON, Step.COMMENT) and self.prompt is not None:
            self._go({Step.QUESTION: self.question, Step.REASON: self.reasons,
                      Step.COMMENT: self.comment}[step])
        else:
            self._go(self.idle)

    def choose_language(self, language: str) -> None:
        """The customer's own choice on this screen: spoken at once, and kept for their next visits."""
        self.set_language(language)
        customer_id = self.prompt.customer_id if self.prompt is not None else None
        if customer_id:
            self._run(lambda counter: counter.update_profile(customer_id, language=language), None,
                      lambda error: isinstance(error, CounterError))  # an erased customer keeps nothing

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and speech.customer_language is None:
            self.language_button.setText(LANGUAGES[speech.language])
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(speech.language)
                                    else Qt.LayoutDirection.LeftToRight)
        super().changeEvent(event)

    # -- settings and size ----------------------------------------------------------------------
    def apply_settings(self, settings: FeedbackSettings, shop_name: str) -> None:
        """The owner's question, reasons, message and timeout; rebuilds the pages that depend on them."""
        self.settings = settings
        self.shop_name = shop_name
        self.idle.shop_name.setText(shop_name)
        default = settings.idle_message == FeedbackSettings().idle_message  # the owner kept ours: translate it
        self.idle.message.setText(speech.translate("CustomerScreen", "Thank you for visiting!") if default
                                  else settings.idle_message)
        self.inactivity.setInterval(settings.timeout_seconds * 1000)
        for name in ("question", "reasons"):
            old = getattr(self, name, None)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
        self.question = QuestionPage(settings.scale, self)
        for score, button in self.question.score_buttons.items():
            button.clicked.connect(lambda _=False, s=score: self._tap(self._choose_score, s))
        self.question.skip_button.clicked.connect(lambda: self._tap(self.go_idle))
        self.reasons = ReasonPage(settings.reasons, self)
        for reason, button in self.reasons.reason_buttons.items():
            button.clicked.connect(lambda _=False, r=reason: self._tap(self._choose_reason, r))
        self.reasons.skip_button.clicked.connect(lambda: self._tap(self._save))
        self.stack.insertWidget(2, self.question)
        self.stack.insertWidget(3, self.reasons)
        self._watch(self)
        self._units = (0, 0)
        self._resize_to(self.width(), self.height())

    def load(self) -> None:
        """Read the owner's settings through the database worker."""
        self._run(lambda counter: (feedback.load_settings(counter.db), counter.shop().name),
                  lambda loaded: self.apply_settings(*loaded), None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resize_to(event.size().width(), event.size().height())

    def _resize_to(self, width: int, height: int) -> None:
        unit = sizing.unit_px(self.screen(), width, height)
        # Type follows the screen's size so headings fit; buttons keep their 15 mm.
        type_unit = min(unit, round(height / 9.5), round(width / 15.5))
        if (unit, type_unit) != self._units:
            self._units = (unit, type_unit)
            self.setStyleSheet(style_sheet(type_unit))
            for index in range(self.stack.count()):
                page = self.stack.widget(index)
                if isinstance(page, Page):
                    page.set_unit(unit)
        self.question.fit(width, unit)
        self.comment.fit(width, height, unit)

    @property
    def unit(self) -> int:
        return self._units[0]

    # -- what shows -----------------------------------------------------------------------------
    @property
    def step(self) -> Step:
        pages = {self.idle: Step.IDLE, self.progress: Step.PROGRESS, self.question: Step.QUESTION,
                 self.reasons: Step.REASON, self.comment: Step.COMMENT, self.thanks: Step.THANKS}
        return pages[cast(Page, self.stack.currentWidget())]

    def show_visit(self, prompt: VisitPrompt, source: Source = Source.SCREEN) -> None:
        """A sale just made (or a receipt code held up): show the card's progress, then ask about it."""
        self._flush_unsaved()
        self.prompt, self._source, self._score, self._reason = prompt, source, None, ""
        self.comment.edit.clear()
        if prompt.already_rated:
            self._thank(speech.translate("CustomerWindow", "This visit has already been rated. Thank you!"))
            self.rating_refused.emit(str(RatingProblem.ALREADY_RATED))
        elif source == Source.SCREEN and prompt.customer_id and prompt.card_size and self.settings.progress_seconds:
            self.progress.show_prompt(prompt)
            self._go(self.progress)
            self._progress_timer.start(self.settings.progress_seconds * 1000)
        else:
            self._to_question()

    def open_receipt_code(self, text: str) -> None:
        """A receipt's feedback code held to the camera: rate that visit, once."""
        self._run(lambda counter: feedback.visit_for_code(counter, text),
                  lambda prompt: self.show_visit(prompt, Source.RECEIPT), self._code_refused)

    def _code_refused(self, error: Exception) -> bool:
        problem = getattr(error, "problem", None)
        if problem is None:
            return False  # a bug, not a bad code: the worker reports it
        self.rating_refused.emit(str(problem))
        self._thank(speech.translate("CustomerWindow", "Sorry, this receipt code cannot be used."))
        return True

    def go_idle(self) -> None:
        self._progress_timer.stop()
        self.prompt, self._score = None, None
        self.set_language(None)  # the visit is over: back to the shop's language
        self._go(self.idle)
        self.went_idle.emit()

    def _go(self, page: Page) -> None:
        self.stack.setCurrentWidget(page)
        self.language_button.setVisible(page is not self.idle)
        self._since_page.restart()
        for button in page.choices:
            button.setEnabled(True)
        if page is self.idle:
            self.inactivity.stop()
        else:
            self.inactivity.start()
        if page is not self.comment:
            self.setFocus()  # keys reach the window; no button looks pre-selected

    def _to_question(self) -> None:
        self._progress_timer.stop()
        if self.prompt is not None:
            self._go(self.question)

    def _thank(self, message: str) -> None:
        self.thanks.message.setText(message)
        self._go(self.thanks)

    # -- taps -----------------------------------------------------------------------------------
    def accepting_taps(self) -> bool:
        return self._since_page.elapsed() >= self.double_tap_ms

    def _tap(self, action: Callable[..., None], *args: Any, clear_comment: bool = False) -> None:
        """Every choice comes through here: too soon after the page changed it is a double tap."""
        page = cast(Page, self.stack.currentWidget())
        if not self.accepting_taps() or (page.choices and not any(b.isEnabled() for b in page.choices)):
            return
        for button in page.choices:
            button.setEnabled(False)  # chosen: a second tap on this page does nothing
        if clear_comment:
            self.comment.edit.clear()
        action(*args)

    def _choose_score(self, score: int) -> None:
        self._score = score
        self._go(self.reasons)

    def _choose_reason(self, reason: str) -> None:
        self._reason = reason
        self._go(self.comment)
        self.comment.edit.setFocus()

    def _save(self) -> None:
        """Store the rating through the worker; the thank-you shows at once."""
        if self.prompt is None or self._score is None:
            return
        prompt, score, scale = self.prompt, self._score, self.settings.scale
        reason, comment, source = self._reason, self.comment.edit.text(), self._source
        self._score = None  # saved (or being saved): never twice
        low = feedback.is_low(score, scale)
        self._thank(speech.translate("CustomerWindow", "We're sorry it wasn't better. We'll put it right.") if low
                    else speech.translate("CustomerWindow", "See you again soon!"))

        def saved(event: Any) -> None:
            self.rating_saved.emit(event)
            if low:
                self.low_score.emit(LowScore(prompt, score, scale, reason, " ".join(comment.split())))

        def refused(error: Exception) -> bool:
            if not isinstance(error, RatingError):
                return False
            self.rating_refused.emit(str(error.problem))
            if error.problem == RatingProblem.ALREADY_RATED and self.step == Step.THANKS:
                self.thanks.message.setText(
                    speech.translate("CustomerWindow", "This visit has already been rated. Thank you!"))
            return True

        self._run(lambda counter: feedback.rate_visit(counter, prompt.sale_id, score, scale, reason=reason,
                                                      comment=comment, source=source), saved, refused)

    def _flush_unsaved(self) -> None:
        """A score given and then walked away from still counts: the customer did answer."""
        if self.prompt is not None and self._score is not None:
            self._save()

    def _on_inactive(self) -> None:
        self._flush_unsaved()
        self.go_idle()

    # -- touches and keys -----------------------------------------------------------------------
    def _watch(self, root: QWidget) -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            widget.removeEventFilter(self)
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _TOUCHES and self.inactivity.isActive():
            self.inactivity.start()  # every touch restarts the wait
        if (event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent)
                and self.stack.currentWidget() is self.progress and not isinstance(watched, QPushButton)):
            self._tap(self._to_question)  # a tap anywhere on the card moves on
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        page, key = self.stack.currentWidget(), event.key()
        text = event.text() if len(event.text()) == 1 and event.text() in "0123456789" else ""  # not '²'
        if key == Qt.Key.Key_Escape and page in (self.reasons, self.comment):
            self._tap(self._save, clear_comment=page is self.comment)  # skip the rest, keep the score
        elif key == Qt.Key.Key_Escape and page is not self.idle:
            self._tap(self.go_idle)
        elif page is self.question and text and int(text) in self.question.score_buttons:
            self.question.score_buttons[int(text)].click()
        elif page is self.reasons and text and 0 < int(text) <= len(self.reasons.reason_buttons):
            list(self.reasons.reason_buttons.values())[int(text) - 1].click()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and page is self.progress:
            self.progress.continue_button.click()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focused := self.focusWidget(), QPushButton):
            focused.click()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.focusNextPrevChild(False)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.focusNextPrevChild(True)
        else:
            super().keyPressEvent(event)

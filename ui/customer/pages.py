"""The pages of the customer's screen, one widget each; the window decides which one shows.

Pages hold no logic beyond their own layout: their buttons' signals go to the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from terminal.feedback import MAX_COMMENT, Scale, VisitPrompt
from terminal.formatting import LocalFormat
from terminal.languages import isolate
from ui.customer.drawings import SmileyButton, StampCard
from ui.customer.keyboard import OnScreenKeyboard
from ui.customer.speech import speech

MIN_KEY_PX = 40  # a window shrunk far below any real screen still lays out



def reason_label(reason: str) -> str:
    """The default reasons in the screen's language; the owner's own words as the owner wrote them."""
    known = {"service": speech.translate("CustomerScreen", "Service"),
             "speed": speech.translate("CustomerScreen", "Speed"),
             "quality": speech.translate("CustomerScreen", "Quality"),
             "price": speech.translate("CustomerScreen", "Price"),
             "atmosphere": speech.translate("CustomerScreen", "Atmosphere"),
             "cleanliness": speech.translate("CustomerScreen", "Cleanliness")}
    return known.get(reason, reason[:1].upper() + reason[1:])


def _label(text: str, name: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names, shop names and messages are text, never markup
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


def choice_button(text: str, parent: QWidget, name: str = "choice") -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


class Page(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QVBoxLayout(self)
        self.choices: list[QPushButton] = []  # disabled together once one is chosen

    def set_unit(self, unit: int) -> None:
        self.box.setContentsMargins(unit // 3, unit // 4, unit // 3, unit // 4)
        self.box.setSpacing(unit // 5)
        for button in self.choices:
            button.setMinimumSize(unit, unit)
            if button.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Fixed:
                button.setFixedHeight(unit)


class IdlePage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop_name = _label("", "shopName", self)
        self.message = _label("", "idleMessage", self)
        self.box.addStretch(2)
        self.box.addWidget(self.shop_name)
        self.box.addWidget(self.message)
        self.box.addStretch(3)


class ProgressPage(Page):
    """After a sale: the customer's card, and how far the next reward is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.greeting = _label("", "title", self)
        self.card = StampCard(self)
        self.progress = _label("", "headline", self)
        self.continue_button = choice_button(speech.translate(
            "CustomerScreen", "Rate your visit  →"), self, "primary")
        self.choices = [self.continue_button]
        self.box.addStretch(1)
        for widget in (self.greeting, self.card, self.progress):
            self.box.addWidget(widget)
        self.box.addStretch(1)
        self.box.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignHCenter)

    def show_prompt(self, prompt: VisitPrompt) -> None:
        name = prompt.first_name
        self.greeting.setText(speech.translate("CustomerScreen", "Thank you, %1!").replace("%1", isolate(name)) if name
                              else speech.translate("CustomerScreen", "Thank you!"))
        self.card.set_card(prompt.stamps_on_card, prompt.card_size)
        reward = isolate((prompt.reward_name or speech.translate("CustomerScreen", "reward")).lower())
        if prompt.stamps_to_reward <= 0:
            text = speech.translate("CustomerScreen", "Your %1 is waiting for you!").replace("%1", reward)
        elif prompt.stamps_to_reward == 1:
            text = speech.translate("CustomerScreen", "Just 1 more to your %1").replace("%1", reward)
        else:
            text = (speech.translate("CustomerScreen", "%1 more to your %2")
                    .replace("%1", str(prompt.stamps_to_reward)).replace("%2", reward))
        self.progress.setText(text)

    def set_unit(self, unit: int) -> None:
        super().set_unit(unit)
        self.card.setFixedHeight(int(unit * 1.2))
        self.continue_button.setMinimumWidth(unit * 5)


class QuestionPage(Page):
    """The owner's question: eleven buttons 0-10 (NPS) or five faces (CSAT). Built for one scale."""

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        nps = scale == Scale.NPS
        self.question = _label(speech.translate(
            "CustomerScreen", "How likely are you to recommend us to a friend?") if nps
                               else speech.translate("CustomerScreen", "How was your visit today?"), "title", self)
        self.row = QGridLayout()
        self.score_buttons: dict[int, QPushButton] = {}
        faces = (speech.translate("CustomerScreen", "Very unhappy"), speech.translate("CustomerScreen", "Unhappy"),
                 speech.translate("CustomerScreen", "OK"), speech.translate("CustomerScreen", "Happy"),
                 speech.translate("CustomerScreen", "Very happy"))
        for score in range(0, 11) if nps else range(1, 6):
            digits = LocalFormat(speech.language).number(score)  # ۰–۱۰ on a Persian screen
            button = choice_button(digits, self, "score") if nps else SmileyButton(score, faces[score - 1], self)
            button.setAccessibleName(str(score) if nps else faces[score - 1])
            self.score_buttons[score] = button
        self.arrange(len(self.score_buttons))
        self.choices = list(self.score_buttons.values())
        ends = QHBoxLayout()
        self.low_hint = _label(speech.translate(
            "CustomerScreen", "0 = not at all likely") if nps else faces[0], "hint", self)
        self.high_hint = _label(speech.translate(
            "CustomerScreen", "10 = extremely likely") if nps else faces[-1], "hint", self)
        self.low_hint.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.high_hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        ends.addWidget(self.low_hint)
        ends.addWidget(self.high_hint)
        self.skip_button = choice_button(speech.translate("CustomerScreen", "Skip"), self, "skip")
        self.skip_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.box.addStretch(1)
        self.box.addWidget(self.question)
        self.box.addStretch(1)
        self.box.addLayout(self.row)
        self.box.addLayout(ends)
        self.box.addStretch(2)
        self.box.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignRight)

    def set_unit(self, unit: int) -> None:
        super().set_unit(unit)
        self.skip_button.setFixedSize(unit * 3, unit)
        self.row.setSpacing(unit // 5)
        if self.scale == Scale.NPS:
            for button in self.score_buttons.values():
                button.setFixedHeight(int(unit * 1.4))
        else:
            for button in self.score_buttons.values():
                button.setMinimumSize(unit, int(unit * 1.8))
                button.setMaximumHeight(int(unit * 2.4))

    def fit(self, width: int, unit: int) -> None:
        """Eleven 15 mm buttons need 18 cm: on a smaller screen 0-10 goes on two rows."""
        count = len(self.score_buttons)
        needed = count * unit + (count - 1) * (unit // 5) + unit * 2 // 3
        one_row = needed <= width
        self.arrange(count if one_row else (count + 1) // 2)
        if self.scale == Scale.NPS:
            for button in self.score_buttons.values():
                button.setFixedHeight(int(unit * 1.4) if one_row else unit)

    def arrange(self, per_row: int) -> None:
        for index, button in enumerate(self.score_buttons.values()):
            self.row.removeWidget(button)
            self.row.addWidget(button, index // per_row, index % per_row)


class ReasonPage(Page):
    """One tap on what mattered most, from the owner's list."""

    def __init__(self, reasons: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _label(speech.translate("CustomerScreen", "What mattered most to you?"), "title", self)
        grid = QGridLayout()
        self.grid = grid
        columns = 3 if len(reasons) > 4 else 2
        self.reason_buttons: dict[str, QPushButton] = {}
        for index, reason in enumerate(reasons):
            button = choice_button(f"{reason_label(reason)}", self)
            button.setToolTip(str(index + 1))
            self.reason_buttons[reason] = button
            grid.addWidget(button, index // columns, index % columns)
        self.skip_button = choice_button(speech.translate("CustomerScreen", "Skip"), self, "skip")
        self.skip_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.choices = [*self.reason_buttons.values()]
        self.box.addStretch(1)
        self.box.addWidget(self.title)
        self.box.addStretch(1)
        self.box.addLayout(grid)
        self.box.addStretch(2)
        self.box.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignRight)

    def set_unit(self, unit: int) -> None:
        super().set_unit(unit)
        self.grid.setSpacing(unit // 4)
        for button in self.reason_buttons.values():
            button.setFixedHeight(int(unit * 1.3))
        self.skip_button.setFixedSize(unit * 3, unit)


class CommentPage(Page):
    """An optional short comment, typed on the screen's own keyboard (or a real one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _label(speech.translate(
            "CustomerScreen", "Anything you'd like to tell us? (optional)"), "subtitle", self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("comment")
        self.edit.setMaxLength(MAX_COMMENT)
        self.edit.setPlaceholderText(speech.translate("CustomerScreen", "Type here…"))
        self.keyboard = OnScreenKeyboard(self.edit, self)
        self.no_thanks_button = choice_button(speech.translate("CustomerScreen", "No thanks"), self, "skip")
        self.send_button = choice_button(speech.translate("CustomerScreen", "Send"), self, "primary")
        self.choices = [self.no_thanks_button, self.send_button]
        buttons = QHBoxLayout()
        buttons.addWidget(self.no_thanks_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        self.box.addWidget(self.title)
        self.box.addWidget(self.edit)
        self.box.addWidget(self.keyboard)
        self.box.addStretch(1)
        self.box.addLayout(buttons)

    def set_unit(self, unit: int) -> None:
        super().set_unit(unit)
        self.box.setSpacing(unit // 8)
        for button in self.choices:
            button.setFixedSize(unit * 4, unit)

    def fit(self, width: int, height: int, unit: int) -> None:
        """Keys as large as a 15 mm target where the screen has room; a 7-inch screen cannot fit ten across."""
        key = max(MIN_KEY_PX, int(min(unit * 0.9, (width - unit) / 10.8, (height - unit * 2.3 - 50) / 5.0)))
        self.edit.setFixedHeight(key)
        self.keyboard.set_unit(key)


class ThanksPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _label(speech.translate("CustomerScreen", "Thank you!"), "shopName", self)
        self.message = _label("", "headline", self)
        self.box.addStretch(2)
        self.box.addWidget(self.title)
        self.box.addWidget(self.message)
        self.box.addStretch(3)

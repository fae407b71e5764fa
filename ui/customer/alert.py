"""The cashier's discreet alert for a low rating: staff can put things right while the customer is there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from terminal.feedback import SCORE_RANGE
from terminal.languages import isolate
from ui.customer.pages import reason_label
from ui.customer.window import LowScore


class LowScoreAlert(QFrame):
    """A quiet strip, not a dialog: it never blocks the next sale; OK puts it away."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lowScoreAlert")
        self.setStyleSheet("QFrame#lowScoreAlert { background: #fff4e5; border: 2px solid #e0a35a; "
                           "border-radius: 8px; } QLabel { color: #5a3a12; font-size: 17px; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.ok_button = QPushButton(self.tr("OK"), self)
        self.ok_button.setMinimumHeight(40)
        self.ok_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.ok_button)
        self.shown_alerts: list[LowScore] = []
        self.hide()

    def show_alert(self, low: LowScore) -> None:
        self.shown_alerts.append(low)
        who = low.prompt.first_name or self.tr("A customer")
        top = SCORE_RANGE[low.scale][1]
        text = self.tr("%1 rated this visit %2/%3").replace("%1", isolate(who)).replace("%2", str(low.score)).replace(
            "%3", str(top))
        if low.reason:
            text += self.tr(": unhappy about %1").replace("%1", reason_label(low.reason).lower())
        if low.comment:
            text += f" \N{EN DASH} \N{LEFT DOUBLE QUOTATION MARK}{low.comment}\N{RIGHT DOUBLE QUOTATION MARK}"
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()

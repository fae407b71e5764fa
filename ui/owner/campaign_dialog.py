"""The owner's "New campaign" dialog: who, what, for how long, and the control group's share."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from terminal import campaigns
from terminal.campaigns import Audience, Campaign, Offer, OfferKind
from terminal.loyalty import Rules

HOURS_ROW, WEEKDAYS_ROW = 7, 8  # the form's rows that only happy hours need


class CampaignDialog(QDialog):
    """Who, what, for how long, and the control group's share."""

    def __init__(self, rules: Rules, today: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New campaign"))
        self.rules = rules
        form = QFormLayout()
        self.name = QLineEdit(self.tr("We miss you"))
        self.audience = QComboBox()
        for value, label in ((Audience.AT_RISK, self.tr("At risk")), (Audience.LAPSED, self.tr("Lapsed")),
                             (Audience.OVERDUE, self.tr("Overdue by their own rhythm")), (Audience.VIP, self.tr("VIP")),
                             (Audience.BIRTHDAY_MONTH, self.tr("Birthday this month")),
                             (Audience.SILENT_DAYS, self.tr("No visit for … days")),
                             (Audience.EVERYONE, self.tr("Everyone (happy hours)"))):
            self.audience.addItem(label, str(value))
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(60)
        self.offer = QComboBox()
        for kind, label in ((OfferKind.BONUS_POINTS, self.tr("Bonus points")),
                             (OfferKind.FREE_REWARD, self.tr("A free reward")),
                             (OfferKind.DOUBLE_NEXT, self.tr("Stamps and points × on the next visit")),
                             (OfferKind.HAPPY_HOURS, self.tr("Happy hours: stamps and points ×"))):
            self.offer.addItem(label, str(kind))
        self.points = QSpinBox()
        self.points.setRange(1, 100_000)
        self.points.setValue(50)
        self.reward = QComboBox()
        for reward in rules.rewards:
            self.reward.addItem(reward.name, reward.id)
        self.multiplier = QSpinBox()
        self.multiplier.setRange(2, 10)
        self.hours_from, self.hours_to = QSpinBox(), QSpinBox()
        self.hours_from.setRange(0, 23)
        self.hours_from.setValue(14)
        self.hours_to.setRange(1, 24)
        self.hours_to.setValue(16)
        hours = QHBoxLayout()
        hours.addWidget(self.hours_from)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.hours_to)
        self.weekdays = [QCheckBox(name) for name in (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                                                      self.tr("Fri"), self.tr("Sat"), self.tr("Sun"))]
        days_row = QHBoxLayout()
        for box in self.weekdays:
            days_row.addWidget(box)
        self.first = QDateEdit(today)
        self.last = QDateEdit(today.addDays(13))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.control = QDoubleSpinBox()
        self.control.setRange(0, 90)
        self.control.setDecimals(0)
        self.control.setValue(20)
        self.control.setSuffix(" %")
        self.control.setToolTip(self.tr("Chosen at random and recorded: they get nothing, so the effect can be "
                                        "measured."))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Who"), self.audience)
        form.addRow(self.tr("Days without a visit"), self.days)
        form.addRow(self.tr("Offer"), self.offer)
        form.addRow(self.tr("Points"), self.points)
        form.addRow(self.tr("Reward"), self.reward)
        form.addRow(self.tr("Multiplier"), self.multiplier)
        form.addRow(self.tr("Hours"), hours)
        form.addRow(self.tr("Days (none: every day)"), days_row)
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To (included)"), self.last)
        form.addRow(self.tr("Control group"), self.control)
        self.form = form
        self.message = QLabel("", wordWrap=True)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.audience.currentIndexChanged.connect(self._show_fields)
        self.offer.currentIndexChanged.connect(self._show_fields)
        self._show_fields()

    def _show_fields(self) -> None:
        offer = OfferKind(self.offer.currentData())
        self.form.setRowVisible(self.days, Audience(self.audience.currentData()) is Audience.SILENT_DAYS)
        self.form.setRowVisible(self.points, offer is OfferKind.BONUS_POINTS)
        self.form.setRowVisible(self.reward, offer is OfferKind.FREE_REWARD)
        self.form.setRowVisible(self.multiplier, offer in (OfferKind.DOUBLE_NEXT, OfferKind.HAPPY_HOURS))
        for row in (HOURS_ROW, WEEKDAYS_ROW):
            self.form.setRowVisible(row, offer is OfferKind.HAPPY_HOURS)

    def campaign(self, zone: str, now: datetime) -> Campaign:
        tz = ZoneInfo(zone)
        first, last = (date(d.year(), d.month(), d.day()) for d in (self.first.date(), self.last.date()))
        starts = max(now, datetime.combine(first, time(), tz))
        ends = datetime.combine(last + timedelta(days=1), time(), tz)
        offer = Offer(OfferKind(self.offer.currentData()), points=self.points.value(),
                      reward_id=str(self.reward.currentData() or ""), multiplier=self.multiplier.value(),
                      hours=(self.hours_from.value(), self.hours_to.value()),
                      weekdays=tuple(day for day, box in enumerate(self.weekdays) if box.isChecked()))
        return campaigns.new_campaign(self.name.text(), Audience(self.audience.currentData()), offer, starts, ends,
                                      control_share=self.control.value() / 100, audience_days=self.days.value())

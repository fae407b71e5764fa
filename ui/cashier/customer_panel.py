"""The customer at the counter: name, tier, stamps, points, rewards available now, last visit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from terminal.campaigns import OfferKind, OpenOffer
from terminal.counter import CustomerView, HistoryEntry, OverdrawnCause
from terminal.languages import isolate
from ui.cashier.stamp_strip import StampStrip
from ui.formatting import format_moment, format_money, format_since
from ui.layouts import clear_layout


class CustomerPanel(QFrame):
    """Shows one CustomerView; emits redeem_requested when the cashier taps a reward."""

    redeem_requested = Signal(str)  # reward id
    enrol_requested = Signal()
    offer_requested = Signal(str)  # campaign id: apply the customer's waiting offer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.customer: CustomerView | None = None
        self.currency = ""

        self.name_label = QLabel(objectName="customerName")
        self.name_label.setWordWrap(True)
        self.tier_label = QLabel(objectName="tierBadge")
        self.birthday_label = QLabel(self.tr("🎂 Birthday this week"), objectName="birthdayBadge")
        self.overdrawn_label = QLabel(objectName="warningBadge")
        self.overdrawn_label.setWordWrap(True)
        self.note_label = QLabel(objectName="noteBadge")
        self.note_label.setWordWrap(True)
        # One line for the waiting offer: the cashier applies it with Ctrl+O or a tap.
        self.offer_button = QPushButton(objectName="offerButton")
        self.offer_button.setMinimumHeight(56)
        self.offer_button.clicked.connect(self._offer_clicked)
        self.stamps = StampStrip()
        self.stamps_text = QLabel(objectName="bigText")
        self.points_label = QLabel(objectName="bigText")
        self.details_label = QLabel(objectName="detailText")
        self.details_label.setWordWrap(True)
        self.rewards_box = QHBoxLayout()
        self.rewards_title = QLabel(self.tr("Rewards available now:"), objectName="detailText")
        self.recent_title = QLabel(self.tr("Recent visits (F6: all, and refunds)"), objectName="sectionTitle")
        self.recent = QListWidget(objectName="recentVisits")
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent.setWordWrap(True)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.enrol_button = QPushButton(self.tr("Enrol a customer on this card (F2)"))
        self.enrol_button.setMinimumHeight(56)
        self.enrol_button.clicked.connect(self.enrol_requested)

        badges = QHBoxLayout()
        for badge in (self.tier_label, self.birthday_label):
            badges.addWidget(badge)
        badges.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(self.stamps, 0, 0, 1, 2)
        grid.addWidget(self.stamps_text, 1, 0, 1, 2)
        grid.addWidget(self.points_label, 2, 0, 1, 2)
        # Names, tiers, notes and reward names come from customers, imports and other terminals: text, never
        # rich text (a comment "<b style=color:red>Manager: refund cash</b>" must not become an order).
        for label in (self.name_label, self.tier_label, self.note_label, self.stamps_text, self.points_label,
                      self.details_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addLayout(badges)
        layout.addWidget(self.overdrawn_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.offer_button)
        layout.addLayout(grid)
        layout.addWidget(self.details_label)
        layout.addWidget(self.rewards_title)
        layout.addLayout(self.rewards_box)
        layout.addWidget(self.enrol_button)
        layout.addWidget(self.recent_title)
        layout.addWidget(self.recent, 1)  # the panel's free height goes to the customer's recent visits
        self.stretch = QWidget()
        layout.addWidget(self.stretch, 1)
        self.show_walk_in()

    def offer_words(self, name: str, offer: OpenOffer) -> str:
        first = name.split()[0] if name.split() else name
        kind = offer.offer.kind
        if kind is OfferKind.BONUS_POINTS:
            return self.tr("Welcome back, {0} — {1} bonus points are waiting").format(first, offer.offer.points)
        if kind is OfferKind.FREE_REWARD:
            return self.tr("Welcome back, {0} — {1} is waiting").format(first, offer.reward_name)
        return self.tr("Welcome back, {0} — stamps and points ×{1} on this visit").format(first,
                                                                                         offer.offer.multiplier)

    def _offer_clicked(self) -> None:
        if self.customer is not None and self.customer.offers:
            self.offer_requested.emit(self.customer.offers[0].campaign_id)

    def _clear_rewards(self) -> None:
        clear_layout(self.rewards_box)

    def reward_buttons(self) -> list[QPushButton]:
        items = (self.rewards_box.itemAt(i) for i in range(self.rewards_box.count()))
        widgets = (item.widget() for item in items if item is not None)
        return [widget for widget in widgets if isinstance(widget, QPushButton)]

    def _show_parts(self, customer: bool) -> None:
        for widget in (self.tier_label, self.stamps, self.stamps_text, self.points_label, self.details_label):
            widget.setVisible(customer)
        self.birthday_label.setVisible(False)
        self.overdrawn_label.setVisible(False)
        self.note_label.setVisible(False)
        self.offer_button.setVisible(False)
        self.rewards_title.setVisible(False)
        self.enrol_button.setVisible(False)
        self.recent.clear()
        for widget in (self.recent_title, self.recent):
            widget.setVisible(customer)
        self.stretch.setVisible(not customer)

    def show_walk_in(self) -> None:
        self.customer = None
        self._clear_rewards()
        self._show_parts(customer=False)
        self.name_label.setText(self.tr("No card: sale without loyalty"))

    def show_anonymous_card(self, hint: str) -> None:
        self.customer = None
        self._clear_rewards()
        self._show_parts(customer=False)
        self.name_label.setText(self.tr("New card …{0}: not yet anyone's").format(hint))
        self.enrol_button.setVisible(True)

    def show_recent(self, customer_id: str, entries: list[HistoryEntry], timezone: str = "") -> None:
        """The open customer's latest sales and rewards, one line each."""
        if self.customer is None or self.customer.id != customer_id:
            return  # another customer opened meanwhile
        self.recent.clear()
        for entry in [e for e in entries if e.kind in ("sale", "reward_redeemed")][:8]:
            if entry.kind == "sale":
                what = self.tr("Sale {0}").format(format_money(entry.amount, self.currency))
                if entry.stamps or entry.points:
                    what += " · " + self.tr("+{0} stamps, +{1} points").format(entry.stamps, entry.points)
                what += f" · {entry.receipt_no}"
                if entry.refunded:
                    what += " · " + self.tr("refunded")
            else:
                what = self.tr("Reward: {0}").format(entry.detail)
            self.recent.addItem(f"{format_moment(entry.at, timezone)} · {what}")
        if not self.recent.count():
            self.recent.addItem(self.tr("No visits yet."))

    def overdrawn_words(self, view: CustomerView) -> str:
        """Below zero, with its real cause, in words."""
        if not view.overdrawn:
            return ""
        balance = self.tr("Balance below zero: {0} stamps, {1} points.").format(view.stamps, view.points)
        cause = {
            OverdrawnCause.REFUND: self.tr("A refund took back stamps or points a reward had already used."),
            OverdrawnCause.REWARDS_ELSEWHERE: self.tr("Rewards were redeemed at two counters while they could not "
                                                      "reach each other."),
            OverdrawnCause.ADJUSTMENT: self.tr("A manual adjustment took away more than there was."),
        }.get(view.overdrawn_cause, "")
        return " ".join(part for part in (balance, cause, self.tr("The next purchases fill it up again.")) if part)

    def show_customer(self, view: CustomerView) -> None:
        self.customer = view
        self._clear_rewards()
        self._show_parts(customer=True)
        self.name_label.setText(view.name or self.tr("(erased customer)"))
        self.tier_label.setText(view.tier.name)
        self.birthday_label.setVisible(view.birthday_soon)
        self.overdrawn_label.setVisible(view.overdrawn)
        self.overdrawn_label.setText(self.overdrawn_words(view))
        self.note_label.setVisible(bool(view.notes))
        self.note_label.setText("\n".join(view.notes))
        self.offer_button.setVisible(bool(view.offers))
        if view.offers:
            self.offer_button.setText(self.offer_words(view.name, view.offers[0]) + "   " + self.tr("Ctrl+O"))
            self.offer_button.setShortcut("Ctrl+O")  # setText resets a button's shortcut to its mnemonic
        self.stamps.set_stamps(view.stamps_on_card, view.card_size)
        if view.stamps_to_next_reward == 0:
            self.stamps_text.setText(self.tr("Card full: a reward is ready"))
        else:
            self.stamps_text.setText(self.tr("%n more to the next reward", "", view.stamps_to_next_reward))
        self.points_label.setText(self.tr("%n points", "", view.points))
        last = format_since(view.last_visit) if view.last_visit else self.tr("first visit today")
        detail = self.tr("Last visit: {0} · {1} · spent {2}").format(
            last, self.tr("%n visits", "", view.visits), format_money(view.spend, self.currency))
        if view.next_tier is not None:
            detail += "\n" + self.tr("{0} more this year for {1}").format(
                format_money(max(0, view.next_tier.min_spend - view.spend_12m), self.currency),
                isolate(view.next_tier.name))
        self.details_label.setText(detail)
        self.rewards_title.setVisible(bool(view.rewards_available))
        for position, reward in enumerate(view.rewards_available[:9], start=1):
            button = QPushButton(self.tr("Ctrl+{0}  Redeem {1}").format(position, isolate(reward.name)))
            button.setObjectName("rewardButton")
            button.setMinimumHeight(56)
            button.setShortcut(f"Ctrl+{position}")
            button.clicked.connect(lambda _=False, rid=reward.id: self.redeem_requested.emit(rid))
            self.rewards_box.addWidget(button)
        self.rewards_box.addStretch(1)
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignLeft)

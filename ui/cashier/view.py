"""The cashier's screen: code field, customer panel, sale entry and the visit's activity.

Every action goes to the counter service through DbTasks; this widget only shows results. The
camera and the USB scanner reach the same `submit_code` as typed codes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from terminal import cards, tokens, vouchers
from terminal.campaigns import OfferKind
from terminal.counter import (
    CardLookup,
    Counter,
    CustomerSummary,
    CustomerView,
    Duplicate,
    Enrolment,
    HistoryEntry,
    ReceiptSale,
    SaleResult,
    VoucherLookup,
)
from terminal.languages import isolate
from terminal.ledger import Event, Kind
from terminal.preferences import UiPreferences
from terminal.shop import Shop
from ui.cashier.code_entry import CodeEntry
from ui.cashier.customer_panel import CustomerPanel
from ui.cashier.enrol_dialog import EnrolDialog
from ui.cashier.history_dialog import HistoryDialog
from ui.cashier.refund_dialog import RefundDialog
from ui.cashier.sale_panel import SalePanel
from ui.cashier.search_dialog import SearchDialog
from ui.formatting import format_money
from ui.messages import known_error
from ui.tasks import DbTasks


class CashierView(QWidget):
    message = Signal(str, str)  # level ("info", "warning", "error"), text
    sale_recorded = Signal(object)  # SaleResult, after it is committed
    customer_opened = Signal(object)  # CustomerView
    receipt_code_scanned = Signal(str)  # a receipt's feedback code: the customer screen takes it
    card_issued = Signal(object, str)  # CardCode, customer name: a new card to print
    card_for_phone = Signal(object, str)  # CardCode, customer name: the card just enrolled, for their phone
    visit_started = Signal()  # a new customer (or none): old messages go

    def __init__(self, tasks: DbTasks, preferences: UiPreferences, currency: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.currency = currency
        self.timezone = ""  # the shop's, for dates on screen; the window sets it
        self.region = ""  # the shop's country: how phone numbers and birthdays are typed
        # The owner's PIN check; the window puts its own here (tests too).
        self.owner_confirmed: Callable[[], bool] = lambda: False
        self.anonymous_card: cards.CardCode | None = None
        self.visit_actions: list[tuple[str, str]] = []  # (event id, description), newest last

        self.code_entry = CodeEntry()
        self.code_entry.submitted.connect(self.submit_code)
        self.banner = QLabel(objectName="banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.customer_panel = CustomerPanel()
        self.customer_panel.currency = currency
        self.customer_panel.redeem_requested.connect(self.redeem)
        self.customer_panel.offer_requested.connect(self.apply_offer)
        self.visit_sale: Event | None = None  # this visit's latest sale: a "double stamps" offer adds to it
        self.armed_offer: str | None = None  # an offer asked for before the sale: applied right after it
        self.customer_panel.enrol_requested.connect(self.open_enrol_dialog)
        self.sale_panel = SalePanel(preferences.quick_amounts, currency)
        self.sale_panel.sale_requested.connect(self.record_sale)
        self.sale_panel.invalid_amount.connect(self._invalid_amount)
        self.sale_panel.code_entered.connect(self.submit_code)
        self.activity = QListWidget(objectName="activity")
        self.activity.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.activity.setWordWrap(True)  # the receipt number at a line's end is never hidden
        self.activity.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        right = QVBoxLayout()
        right.addWidget(self.sale_panel)
        right.addWidget(QLabel(self.tr("This visit"), objectName="sectionTitle"))
        right.addWidget(self.activity, 1)  # below the sale, the rest of the height
        body = QHBoxLayout()
        body.addWidget(self.customer_panel, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code_entry)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self.code_entry.setFocus()

    def apply_shop(self, shop: Shop) -> None:
        """New shop details (time zone, country, currency) shown at once, without a restart."""
        zone_changed = shop.zone != self.timezone
        self.timezone, self.region = shop.zone, shop.country
        if shop.currency != self.currency:
            self.set_currency(shop.currency)
        elif zone_changed:
            self.refresh_customer()  # its visits' times

    def set_currency(self, currency: str) -> None:
        """The shop's currency changed (in the settings, or by sync): every amount shown follows at once."""
        self.currency = currency
        self.customer_panel.currency = currency
        self.sale_panel.set_currency(currency)
        self.refresh_customer()

    # -- messages -------------------------------------------------------------------------------
    def show_message(self, level: str, text: str) -> None:
        self.banner.setProperty("level", level)
        self.banner.setText(text)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.show()
        self.message.emit(level, text)

    def _known_error(self, error: Exception) -> bool:
        words = known_error(error)
        if words is None:
            return False
        self.show_message("warning", words)
        return True

    def _invalid_amount(self, text: str) -> None:
        self.show_message("warning", self.tr("“{0}” is not an amount: type it like 4.50.").format(isolate(text)))

    # -- codes ----------------------------------------------------------------------------------
    def submit_code(self, text: str) -> None:
        """A code from the scanner, the camera or the keyboard; or a phone number or name to search."""
        text = text.strip()
        if not text:
            return
        if cards.looks_like_card(text):
            self.tasks.run(lambda c: c.open_card(text), self._card_opened, self._known_error)
        elif vouchers.looks_like_voucher(text):
            self.tasks.run(lambda c: c.open_voucher(text), self._voucher_opened, self._voucher_refused)
        elif tokens.token_from_text(text) is not None:
            self.receipt_code_scanned.emit(text)
        elif "://" in text or len(text) > 60:
            self.show_message("warning", self.tr("Not one of our cards."))
        else:
            self.tasks.run(lambda c: c.find_customers(text), lambda found: self._search_done(text, found))

    def _card_opened(self, lookup: CardLookup) -> None:
        if lookup.customer is None:
            self._start_visit(None)
            self.anonymous_card = lookup.card
            self.customer_panel.show_anonymous_card(lookup.card.hint)
            self.show_message("info", self.tr("A new card. Enrol the customer (F2) or just record the sale."))
            return
        self._start_visit(lookup.customer)

    def _voucher_opened(self, lookup: VoucherLookup) -> None:
        """A good voucher opens its customer with its offer on the offer line: Ctrl+O applies it."""
        self._start_visit(lookup.customer)
        offer = lookup.customer.offers[0]
        self.show_message("info", self.tr("Voucher: {0}. Ctrl+O applies it.").format(
            isolate(offer.reward_name or offer.name)))

    def _voucher_refused(self, error: Exception) -> bool:
        """A forged, expired or used voucher: the words, and nothing applied (the open customer stays)."""
        words = known_error(error)
        if words is None:
            return False
        self.show_message("error", words)
        return True

    def _search_done(self, query: str, found: list[CustomerSummary]) -> None:
        if len(found) == 1:
            self.open_customer(found[0].id)
        elif not found:
            self.show_message("warning", self.tr("No customer matches “{0}”.").format(isolate(query)))
        else:
            self.open_search_dialog(query)

    def open_search_dialog(self, query: str = "") -> SearchDialog:
        dialog = SearchDialog(lambda text, done: self.tasks.run(lambda c: c.find_customers(text), done), query, self)
        dialog.chosen.connect(self.open_customer)
        dialog.open()
        return dialog

    def open_customer(self, customer_id: str) -> None:
        self.tasks.run(lambda c: c.customer(customer_id), self._start_visit, self._known_error)

    def _start_visit(self, view: CustomerView | None) -> None:
        self.anonymous_card = None
        self.visit_sale, self.armed_offer = None, None
        self.visit_actions.clear()
        self.activity.clear()
        self.banner.hide()
        self.visit_started.emit()
        self.sale_panel.clear()  # nothing of the last customer's typing stays, nor in the field's undo
        if view is None:
            self.customer_panel.show_walk_in()
        else:
            self._show_customer(view)
            self.customer_opened.emit(view)
        self.sale_panel.amount.setFocus()

    def _show_customer(self, view: CustomerView) -> None:
        self.customer_panel.show_customer(view)
        self.tasks.run(lambda c: c.history(view.id, limit=30),
                       lambda entries: self.customer_panel.show_recent(view.id, entries, self.timezone))

    def _refreshed(self, view: CustomerView) -> None:
        shown = self.customer_panel.customer
        if shown is None or shown.id != view.id:
            return  # the cashier moved on while the refresh ran
        if view.erased:
            self.end_visit()  # erased here or by sync: their data leaves the screen too
            return
        self._show_customer(view)

    def refresh_customer(self) -> None:
        if self.customer_panel.customer is not None:
            customer_id = self.customer_panel.customer.id
            self.tasks.run(lambda c: c.customer(customer_id), self._refreshed, self._known_error)

    def end_visit(self) -> None:
        """Esc: the next customer."""
        self._start_visit(None)
        self.code_entry.setFocus()

    # -- actions --------------------------------------------------------------------------------
    def _log(self, event_id: str | None, text: str) -> None:
        if event_id is not None:
            self.visit_actions.append((event_id, text))
        self.activity.insertItem(0, text)

    def record_sale(self, amount: int) -> None:
        customer = self.customer_panel.customer
        customer_id = customer.id if customer is not None else None
        self.sale_panel.set_enabled(False)  # no double sale from a double Enter

        def done(result: SaleResult) -> None:
            self.sale_panel.set_enabled(True)
            self.sale_panel.clear()
            earned = result.earned
            parts = [self.tr("Sale {0}").format(format_money(amount, self.currency))]
            if customer_id:
                parts.append(self.tr("+%n stamps", "", earned.stamps))
                parts.append(self.tr("+%n points", "", earned.points))
            text = " · ".join(parts) + f" · {result.receipt_no}"
            self._log(result.sale.id, text)
            for extra in result.events[1:]:
                if extra.kind == Kind.OFFER_USED:
                    self._log(None, self.tr("Happy hours: +%n stamps", "", extra.stamps) + " · "
                              + self.tr("+%n points", "", extra.points))
                else:
                    self._log(None, self.tr("Birthday bonus: +%n points", "", extra.points))
            self.visit_sale = result.sale
            if earned.stamps_blocked:
                self.show_message("info", self.tr("No stamp: this card already got one in this visit."))
            else:
                self.show_message("info", self.tr("Saved. Receipt {0}.").format(result.receipt_no))
            if result.customer is not None:
                self._show_customer(result.customer)
            self.sale_recorded.emit(result)
            self.sale_panel.amount.setFocus()
            if self.armed_offer is not None:
                campaign_id, self.armed_offer = self.armed_offer, None
                self.apply_offer(campaign_id)

        def failed(error: Exception) -> bool:
            self.sale_panel.set_enabled(True)
            return self._known_error(error)

        self.tasks.run(lambda c: c.record_sale(customer_id, amount), done, failed)

    def redeem(self, reward_id: str) -> None:
        customer = self.customer_panel.customer
        if customer is None:
            return
        name = next((r.name for r in customer.rewards_available if r.id == reward_id), reward_id)

        def job(c: Counter) -> tuple[Event, CustomerView]:
            event = c.redeem(customer.id, reward_id)
            return event, c.customer(customer.id)

        def done(result: tuple[Event, CustomerView]) -> None:
            event, view = result
            self._log(event.id, self.tr("Redeemed: {0}").format(isolate(name)))
            self.show_message("info", self.tr("{0}: enjoy!").format(isolate(name)))
            self._show_customer(view)

        self.tasks.run(job, done, self._known_error)

    def apply_offer(self, campaign_id: str) -> None:
        """Ctrl+O: the customer's waiting offer. Double stamps and points wait for the visit's sale."""
        customer = self.customer_panel.customer
        offer = next((o for o in customer.offers if o.campaign_id == campaign_id), None) if customer else None
        if customer is None or offer is None:
            return
        if offer.offer.kind is OfferKind.DOUBLE_NEXT and self.visit_sale is None:
            self.armed_offer = campaign_id
            self.show_message("info", self.tr("Stamps and points ×{0} will be added to this visit's sale.")
                              .format(offer.offer.multiplier))
            return
        sale = self.visit_sale

        def job(c: Counter) -> tuple[Event, CustomerView]:
            return c.apply_offer(customer.id, campaign_id, sale), c.customer(customer.id)

        def done(result: tuple[Event, CustomerView]) -> None:
            event, view = result
            text = self.tr("Offer applied: {0}").format(offer.reward_name or offer.name)
            self._log(event.id, text)
            self.show_message("info", text)
            self._show_customer(view)

        self.tasks.run(job, done, self._known_error)

    def undo_last(self) -> None:
        if not self.visit_actions:
            self.show_message("warning", self.tr("Nothing to undo in this visit."))
            return
        event_id, text = self.visit_actions.pop()
        self.tasks.run(lambda c: c.undo(event_id),
                       lambda _events: self._after_undo(text), self._known_error)

    def _after_undo(self, text: str) -> None:
        self.sale_panel.clear()
        self._log(None, self.tr("Undone: {0}").format(text))
        self.show_message("info", self.tr("Undone: {0}").format(text))
        self.refresh_customer()

    def open_history_dialog(self) -> None:
        """F6: the open customer's visits, receipts and rewards; a sale there can be refunded."""
        customer = self.customer_panel.customer
        if customer is None:
            self.show_message("warning", self.tr("Open the customer first (find them by name or phone)."))
            return

        def show(entries: list[HistoryEntry]) -> None:
            dialog = HistoryDialog(customer.name, entries, self.currency, self.timezone, self)
            dialog.refund_requested.connect(self.open_refund_dialog)
            dialog.open()
            self.history_dialog = dialog

        self.tasks.run(lambda c: c.history(customer.id), show, self._known_error)

    def open_refund_dialog(self, receipt_no: str = "") -> RefundDialog:
        """F9: the receipt's sale is shown, then refunded only when the cashier says so."""
        dialog = RefundDialog(receipt_no, self.currency, self.timezone, self)

        def look_up(number: str) -> None:
            self.tasks.run(lambda c: c.receipt_sale(number), dialog.show_sale,
                           lambda error: self._dialog_error(dialog, error))

        def confirmed(sale: ReceiptSale) -> None:
            if sale.below_zero and not self.owner_confirmed():
                dialog.show_error(self.tr("Not refunded: a refund below zero needs the owner's PIN."))
                return
            self.refund_receipt(sale.receipt_no, allow_below_zero=sale.below_zero, dialog=dialog)

        dialog.lookup_requested.connect(look_up)
        dialog.refund_confirmed.connect(confirmed)
        dialog.open()
        if receipt_no:
            dialog.look_up()
        return dialog

    def refund_receipt(self, receipt_no: str, allow_below_zero: bool = False,
                       dialog: RefundDialog | None = None) -> None:
        def done(events: tuple[Event, ...]) -> None:
            if dialog is not None:
                dialog.accept()
            stamps = -sum(e.stamps for e in events)
            points = -sum(e.points for e in events)
            self.show_message("info", self.tr("Receipt {0} refunded: {1} stamps and {2} points taken back.")
                              .format(receipt_no, stamps, points))
            self.refresh_customer()

        def failed(error: Exception) -> bool:
            return self._dialog_error(dialog, error) if dialog is not None else self._known_error(error)

        self.tasks.run(lambda c: c.refund_receipt(receipt_no, allow_below_zero=allow_below_zero), done, failed)

    def _dialog_error(self, dialog: RefundDialog, error: Exception) -> bool:
        words = known_error(error)
        if words is None:
            return False
        dialog.show_error(words)
        return True

    def adjust_points(self, points: int, reason: str) -> None:
        customer = self.customer_panel.customer
        if customer is None:
            return
        if customer.points + points < 0:
            self.show_message("warning", self.tr(
                "Not changed: {0} has {1} points, so taking away {2} would leave {3}. Take away at most {1}.")
                .format(customer.name, customer.points, -points, customer.points + points))
            return

        def job(c: Counter) -> tuple[Event, CustomerView]:
            return c.adjust_points(customer.id, points, reason), c.customer(customer.id)

        def done(result: tuple[Event, CustomerView]) -> None:
            event, view = result
            self._log(event.id, self.tr("Points adjusted by {0}: {1}").format(f"{points:+d}", isolate(reason)))
            self.show_message("info", self.tr("Points adjusted by {0}.").format(f"{points:+d}"))
            self._show_customer(view)

        self.tasks.run(job, done, self._known_error)

    def open_enrol_dialog(self) -> EnrolDialog:
        """F2: a new customer, unless the details look like someone we have: then the dialog offers them."""
        card = self.anonymous_card
        dialog = EnrolDialog(card.hint if card else None, self, region=self.region)

        def enrol(values: dict[str, Any]) -> None:
            if not dialog.duplicates_checked:
                self.tasks.run(lambda c: c.likely_duplicates(values["name"], values["phone"], values["email"]),
                               lambda found: duplicates_found(values, found))
                return
            card_text = card.code if card else None
            self.tasks.run(lambda c: c.enrol(card_text=card_text, **values),
                           lambda result: self._enrolled(dialog, result, card),
                           lambda error: self._enrol_failed(dialog, error))

        def duplicates_found(values: dict[str, Any], found: list[Duplicate]) -> None:
            if found:
                dialog.show_duplicates(found)
                return
            dialog.duplicates_checked = True
            enrol(values)

        def open_existing(customer_id: str) -> None:
            dialog.accept()
            if card is None:
                self.open_customer(customer_id)
                return

            def bound(view: CustomerView) -> None:
                self._start_visit(view)
                self.show_message("info", self.tr("The card …{0} is now {1}'s.").format(card.hint, view.name))

            self.tasks.run(lambda c: c.bind_card(customer_id, card.code), bound, self._known_error)

        dialog.submitted.connect(enrol)
        dialog.open_existing.connect(open_existing)
        dialog.open()
        return dialog

    def open_edit_dialog(self) -> EnrolDialog | None:
        customer = self.customer_panel.customer
        if customer is None:
            self.show_message("warning", self.tr("Open the customer first (find them by name or phone)."))
            return None
        current = {"name": customer.name, "phone": customer.phone, "email": customer.email,
                   "birthday": customer.birthday.isoformat() if customer.birthday else "", "consent": customer.consent,
                   "language": customer.language}
        dialog = EnrolDialog(None, self, editing={**current, "birthday": customer.birthday}, region=self.region)

        def save(values: dict[str, Any]) -> None:
            changed = {k: v for k, v in values.items() if v != current[k]}
            if not changed:
                dialog.accept()
                return

            def job(c: Counter) -> CustomerView:
                c.update_profile(customer.id, **changed)
                return c.customer(customer.id)

            def done(view: CustomerView) -> None:
                dialog.accept()
                self._show_customer(view)
                self.show_message("info", self.tr("Saved {0}'s details.").format(isolate(view.name)))

            self.tasks.run(job, done, lambda error: self._enrol_failed(dialog, error))

        dialog.submitted.connect(save)
        dialog.open()
        return dialog

    def _enrolled(self, dialog: EnrolDialog, enrolment: Enrolment, bound: cards.CardCode | None = None) -> None:
        dialog.accept()
        self._start_visit(enrolment.customer)
        self._log(None, self.tr("Enrolled {0}").format(isolate(enrolment.customer.name)))
        phone = " " + self.tr("Ctrl+Shift+P saves the card for their phone.")
        if enrolment.card is not None:
            self.show_message("info", self.tr("Welcome, {0}! A new card is ready to print: {1}")
                              .format(isolate(enrolment.customer.name), enrolment.card.grouped()) + "." + phone)
            self.card_for_phone.emit(enrolment.card, enrolment.customer.name)
            self.card_issued.emit(enrolment.card, enrolment.customer.name)
        else:
            self.show_message("info", self.tr("Welcome, {0}!").format(isolate(enrolment.customer.name)) + phone)
            if bound is not None:  # the pre-printed card they hold: its code is known from the scan
                self.card_for_phone.emit(bound, enrolment.customer.name)

    def _enrol_failed(self, dialog: EnrolDialog, error: Exception) -> bool:
        words = known_error(error)
        if words is None:
            return False
        dialog.show_error(words)
        return True

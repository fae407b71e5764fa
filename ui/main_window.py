"""The terminal's main window: the cashier view, its shortcuts, the status bar and dialogs."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QToolButton,
    QWidget,
)

from terminal.cards import CardCode
from terminal.counter import Counter, CustomerView
from terminal.languages import isolate
from terminal.loyalty import Rules
from terminal.preferences import UiPreferences
from terminal.receipts.cards import CardFace
from terminal.resources import resource_path
from terminal.shop import Shop
from terminal.staff import Permission
from terminal.writer import Changes
from ui import i18n
from ui.cashier import scaling
from ui.cashier.help_dialog import HelpDialog
from ui.cashier.search_dialog import SearchDialog
from ui.cashier.settings_dialog import SettingsDialog
from ui.cashier.view import CashierView
from ui.customer.wiring import CustomerScreenLink
from ui.customer_data_actions import CustomerDataActions
from ui.owner import entry as owner_entry
from ui.owner.pin_change import NewPinDialog
from ui.owner.window import OwnerWindow
from ui.owner.worker import OwnerWorker
from ui.printing.actions import PrintActions
from ui.printing.service import PrintService
from ui.scan_catcher import ScanCatcher
from ui.shift_wiring import ShiftReportLink
from ui.staff_wiring import StaffLink
from ui.sync_status import SyncRunner
from ui.tasks import DbTasks
from ui.window_fit import save_geometry

log = logging.getLogger("ui")
VIEWS_REFRESH_MS = 1_500


def without_key(action: QAction) -> str:
    """An action's label without its key, for where the key is shown beside it ("Lost card (F7)" -> "Lost card",
    "Adjust points… (owner, Shift+F9)" -> "Adjust points… (owner)")."""
    key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    text = action.text()
    if key and text.endswith(f"({key})"):
        return text[: -len(f"({key})")].rstrip()
    if key and text.endswith(f", {key})"):
        return text[: -len(f", {key})")] + ")"
    return text


class MainWindow(QMainWindow):
    def __init__(self, tasks: DbTasks, shop: Shop, preferences: UiPreferences, log_path: Path | None = None,
                 parent: QWidget | None = None, print_service: PrintService | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.shop = shop
        self.language_override: str | None = preferences.language or None  # this terminal's ui.language
        self.log_path = log_path
        self.sync_runner: SyncRunner | None = None  # set by ui.app when sync is attached
        self.owner_window: OwnerWindow | None = None
        self.scale = 1.0  # of the style sheet's sizes, for the window's size
        self.geometry_folder: Path | None = None  # where the window's size and place are kept (ui.app sets it)
        self.first_run_needed = False  # set by ui.app: the shop is not set up yet, the first run opens
        self.pin_set = False
        # The owner's PIN check (a modal dialog); tests put their own answer here.
        self.owner_confirmed: Callable[[], bool] = lambda: owner_entry.require_pin(
            tasks.db_path, tasks.write, tasks.clock, self)
        self.cashier = CashierView(tasks, preferences, shop.currency)
        self.show_shop(shop)
        self.cashier.owner_confirmed = lambda: self.staff.permits(Permission.BELOW_ZERO)  # no staff: the PIN
        self.setCentralWidget(self.cashier)
        self.status_text = QLabel()
        self.busy_label = QLabel()
        self.statusBar().addWidget(self.status_text, 1)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.cashier.message.connect(lambda _level, text: self.status_text.setText(text))
        # A new customer, a clean status line: yesterday's message never stands beside today's customer.
        self.cashier.visit_started.connect(lambda: self.status_text.setText(self.tr("Ready. Scan a card or type "
                                                                                    "a code.")))
        tasks.busy_changed.connect(lambda busy: self.busy_label.setText(self.tr("Working…") if busy else ""))
        tasks.unexpected_error.connect(self.show_bug)
        tasks.changed.connect(self.data_changed)
        tasks.changed_elsewhere.connect(self.data_changed_elsewhere)
        # Many commits in a row (an import's chunks, a sync's pages) refresh the slower views once.
        self._views_refresh = QTimer(self, singleShot=True, interval=VIEWS_REFRESH_MS)
        self._views_refresh.timeout.connect(self._refresh_views)
        self.cashier.card_issued.connect(self._card_issued)
        # The last card enrolled or issued here, for the customer's phone: its code is in clear only now
        # (the database keeps a hash), so it lives in memory until the next one.
        self.phone_card: CardFace | None = None
        self.cashier.card_for_phone.connect(lambda code, name: self._remember_phone_card(code, name))
        self.toolbar = QToolBar(self.tr("Actions"))
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.toolbar)
        self.actions_by_name: dict[str, QAction] = {}
        # The counter's common actions are buttons; the rest sit under "More" (their keys work everywhere).
        self.more_menu = QMenu(self.tr("More"), self)
        self._add_action("enrol", self.tr("Enrol (F2)"), "F2", self.cashier.open_enrol_dialog)
        self._add_action("search", self.tr("Find (F3)"), "F3", lambda: self.cashier.open_search_dialog())
        self._add_action("edit", self.tr("Edit (F4)"), "F4", self.cashier.open_edit_dialog)
        self._add_action("history", self.tr("History (F6)"), "F6", self.cashier.open_history_dialog)
        self._add_action("undo", self.tr("Undo (Ctrl+Z)"), QKeySequence.StandardKey.Undo, self.cashier.undo_last)
        self._add_action("next", self.tr("Next (Esc)"), "Esc", self.cashier.end_visit)
        self._add_action("refund", self.tr("Refund (F9)"), "F9", self.ask_refund)
        self._add_action("owner", self.tr("Owner (F8)"), "F8", self.open_owner)
        self._add_action("adjust", self.tr("Adjust points… (owner, Shift+F9)"), "Shift+F9", self.ask_adjustment,
                         primary=False)
        self._add_action("lost", self.tr("Lost card (F7)"), "F7", self.replace_lost_card, primary=False)
        self._add_action("phone_card", self.tr("Card for the phone… (Ctrl+Shift+P)"), "Ctrl+Shift+P",
                         lambda: self.save_phone_card(), primary=False)
        self._add_action("merge", self.tr("Merge with another record… (owner, Shift+F4)"), "Shift+F4",
                         self.ask_merge, primary=False)
        self._add_action("settings", self.tr("Loyalty rules and shop (F10)"), "F10", self.open_settings,
                         primary=False)
        self._add_action("help", self.tr("Cashier's guide (F1)"), "F1", self.show_help, primary=False)
        self._add_action("change_pin", self.tr("Change owner PIN…"), "Ctrl+F8", self.change_pin, primary=False)
        self.staff = StaffLink(self)  # who is signed in, and what their role opens
        self.customer_data = CustomerDataActions(self)  # export and erasure, for the owner
        self.shift_report = ShiftReportLink(self)
        self.customer_screen = CustomerScreenLink(self)
        self._add_action("customer", self.tr("Customer screen (F11)"), "F11", self.customer_screen.toggle,
                         primary=False)
        more = QToolButton(self)
        more.setText(self.tr("More… (F12)"))
        more.setMenu(self.more_menu)
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.setMinimumSize(88, 52)
        more.setShortcut(QKeySequence("F12"))
        self.toolbar.addWidget(more)
        self.printing = self._add_printing(print_service) if print_service is not None else None
        self.status_text.setText(self.tr("Ready. Scan a card or type a code."))
        # The USB scanner types into whatever has the focus: its codes reach the code handler from anywhere.
        self.scan_catcher = ScanCatcher(self)
        self.scan_catcher.scanned.connect(self.code_scanned)
        # On a one-monitor counter the cashier may click into the customer screen: the keys still work there.
        for name, action in self.actions_by_name.items():
            if name != "next":  # Esc on the customer screen is the customer's "back"
                self.customer_screen.screen.addAction(action)
        self.customer_screen.screen.addAction(self.customer_screen.settings_action)

    def code_scanned(self, text: str) -> None:
        """A code from the scanner, wherever the focus was: a search in progress gives way to it."""
        for dialog in self.findChildren(SearchDialog):
            if dialog.isVisible():
                dialog.reject()
        self.cashier.submit_code(text)

    def data_changed(self, changes: Changes) -> None:
        """The one place the open screens learn what the writer committed: the cashier's own work, a
        pulled page, an import chunk, the owner's settings. Each screen re-reads what it shows."""
        if changes.settings:
            self.tasks.run(lambda counter: counter.shop(), self.show_shop)
            self.customer_screen.reload_settings()
        if changes.projections:
            self._views_refresh.start()


    def _refresh_views(self) -> None:
        if self.sync_runner is not None:
            self.sync_runner.refresh_status()  # the count of events waiting to be sent
        if self.owner_window is not None and self.owner_window.isVisible():
            self.owner_window.data_changed()

    def _add_printing(self, service: PrintService) -> PrintActions:
        """Print / reprint (Ctrl+P) with a menu for the rest; receipts print after each sale when chosen.

        The button sits in the status bar, beside the sync status.
        """
        printing = PrintActions(service, self)
        printing.message.connect(lambda text, problem: self.cashier.show_message("warning" if problem else "info",
                                                                                 text))
        self.cashier.sale_recorded.connect(lambda result: printing.sale_recorded(result.receipt_no))
        printing.settings.triggered.disconnect()
        printing.settings.triggered.connect(self.owner_only(printing.open_settings))
        printing.print_last.setText(self.tr("Print receipt (Ctrl+P)"))
        printing.print_last.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(printing.print_last)
        button = QToolButton(self)
        button.setDefaultAction(printing.print_last)
        button.setMenu(QMenu(button))
        button.menu().addActions([printing.save_pdf, printing.auto_print, printing.settings])
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.setMinimumHeight(40)
        # A menu arrow big enough for a finger, and room for it beside the label.
        button.setStyleSheet("QToolButton { padding: 0 40px 0 12px; } QToolButton::menu-button { width: 32px; }")
        self.statusBar().addPermanentWidget(button)
        self.actions_by_name["print"] = printing.print_last
        service.card_printed.connect(self._card_printed)
        service.phone_card_saved.connect(self._phone_card_saved)
        return printing

    def _card_printed(self, hint: str, where: str, kept_as_pdf: bool) -> None:
        phone = " " + self.tr("Ctrl+Shift+P saves it for their phone.")
        if kept_as_pdf:
            text = self.tr("No printer for the new card …{0}: it is saved as {1} to print later.")
            self.cashier.show_message("warning", text.format(hint, where) + phone)
        else:
            self.cashier.show_message("info", self.tr("New card …{0} sent to {1}.").format(hint, where) + phone)

    def _add_action(self, name: str, text: str, shortcut: str | QKeySequence.StandardKey, slot: object,
                    primary: bool = True) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.actions_by_name[name] = action
        if primary:
            self.toolbar.addAction(action)
            widget = self.toolbar.widgetForAction(action)
            if widget is not None:
                widget.setMinimumSize(88, 52)  # wider than a finger; nine fit a 1024-pixel screen
        else:
            self.add_secondary_action(action)
        return action

    def owner_only(self, slot: Callable[[], object]) -> Callable[[], None]:
        """``slot`` behind the owner's PIN: for the settings of the terminal (camera, printer, sync, screens)."""

        def guarded() -> None:
            if self.owner_confirmed():
                slot()
            else:
                self.cashier.show_message("warning", self.tr("Settings need the owner's PIN."))

        return guarded

    def add_secondary_action(self, action: QAction) -> None:
        """An action for the "More" menu: listed there, and its shortcut works anywhere in the window.

        The menu shows the shortcut in its own column, so the key is taken out of the label ("Lost card
        (F7)" reads "Lost card", "Adjust points… (owner, Shift+F9)" reads "Adjust points… (owner)").
        """
        action.setText(without_key(action))
        self.addAction(action)
        self.more_menu.addAction(action)

    def show_help(self) -> HelpDialog:
        """F1: the cashier's guide and every key, as the window has them now."""
        actions = list(dict.fromkeys([*self.actions_by_name.values(), *self.actions()]))
        dialog = HelpDialog([a for a in actions if a.shortcut().toString()], self)
        dialog.open()
        self.help_dialog = dialog
        return dialog

    def ask_refund(self) -> None:
        if self.staff.refuses(Permission.REFUND):
            return
        self.cashier.open_refund_dialog()

    def replace_lost_card(self) -> QMessageBox | None:
        """F7: asks first (the old card stops working), then blocks it and shows the new card."""
        customer = self.cashier.customer_panel.customer
        if customer is None:
            self.cashier.show_message("warning", self.tr("Open the customer first (find them by name or phone)."))
            return None
        hints = ", ".join(f"…{hint}" for hint in customer.card_hints) or self.tr("(none)")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Lost card"),
                          self.tr("Block {0}'s card {1} and issue a new one?\nThe old card stops working at once; "
                                  "the stamps and points stay with {0}.").format(customer.name, hints),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        block = box.button(QMessageBox.StandardButton.Yes)
        block.setText(self.tr("Block and issue a new card"))
        block.setMinimumWidth(block.fontMetrics().horizontalAdvance(block.text()) + 48)  # the style's padding
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self._replace_card(customer.id, customer.name))
        box.open()
        self.lost_card_box = box
        return box

    def _replace_card(self, customer_id: str, name: str) -> None:
        def done(code: CardCode) -> None:
            self.cashier.show_message("info", self.tr("Old card blocked. New card for {0}: {1}")
                                      .format(isolate(name), code.grouped()))
            self.cashier.card_issued.emit(code, name)
            self.cashier.refresh_customer()

        self.tasks.run(lambda c: c.replace_lost_card(customer_id), done, self.cashier._known_error)

    def ask_merge(self) -> SearchDialog | None:
        """Two records of one person made one: the open customer is kept, the one chosen is merged into it."""
        keep = self.cashier.customer_panel.customer
        if keep is None:
            self.cashier.show_message("warning", self.tr("Open the customer to keep first, then merge the other "
                                                         "record into them."))
            return None
        if not self.staff.permits(Permission.CUSTOMER_DATA):
            if not self.staff.members:
                self.cashier.show_message("warning", self.tr("Merging customers needs the owner's PIN."))
            return None
        dialog = SearchDialog(lambda text, done: self.tasks.run(
            lambda c: [s for s in c.find_customers(text) if s.id != keep.id], done),
            keep.name, self.cashier, title=self.tr("Merge into {0}: which other record?").format(keep.name))
        dialog.chosen.connect(lambda other_id: self._confirm_merge(keep, other_id))
        dialog.open()
        self.merge_search = dialog
        return dialog

    def _confirm_merge(self, keep: CustomerView, other_id: str) -> None:
        def ask(other: CustomerView) -> None:
            text = self.tr(
                "Merge {0} ({1}, {2} stamps, {3} points, {4} visits) into {5} ({6}, {7} stamps, {8} points, "
                "{9} visits)?\nAfterwards there is one customer, {5}, with all the stamps, points, cards and "
                "visits of both. The counter cannot undo this.").format(
                other.name, other.phone or "—", other.stamps, other.points, other.visits,
                keep.name, keep.phone or "—", keep.stamps, keep.points, keep.visits)
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge customers"), text,
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Merge"))
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.accepted.connect(lambda: self._merge(keep.id, other.id, other.name))
            box.open()
            self.merge_box = box

        self.tasks.run(lambda c: c.customer(other_id), ask, self.cashier._known_error)

    def _merge(self, keep_id: str, other_id: str, other_name: str) -> None:
        def job(c: Counter) -> CustomerView:
            c.merge_customers(keep_id, other_id)
            return c.customer(keep_id)

        def done(view: CustomerView) -> None:
            self.cashier.customer_panel.show_customer(view)
            self.cashier.show_message("info", self.tr("{0} is now part of {1}: {2} stamps, {3} points.")
                                      .format(other_name, view.name, view.stamps, view.points))

        self.tasks.run(job, done, self.cashier._known_error)

    def open_owner(self) -> None:
        """The owner's dashboard, behind the PIN; it closes itself (back to cashier mode) when left idle."""
        if self.owner_window is not None and self.owner_window.isVisible():
            self.owner_window.raise_()
            self.owner_window.activateWindow()
            return
        if self.staff.members and not self.staff.permits(Permission.BOOKS):
            return
        self.owner_window = owner_entry.open_owner(self.tasks.db_path, self.tasks.write, self.tasks.clock, self,
                                                   pin_checked=self.staff.signed_in is not None)
        if self.owner_window is not None:
            self.owner_window.idle_timeout.connect(self._owner_left)

    def _owner_left(self) -> None:
        self.cashier.show_message("info", self.tr("The owner's screen closed after a few idle minutes."))
        self.owner_window = None

    def ask_adjustment(self) -> None:
        """A manual correction of a customer's points: owner only, recorded as an event with its reason."""
        customer = self.cashier.customer_panel.customer
        if customer is None:
            self.cashier.show_message("warning", self.tr("Open the customer first (find them by name or phone)."))
            return
        if not self.staff.permits(Permission.ADJUST):
            return
        question = self.tr("Points to add (negative to take away) for {0}:").format(isolate(customer.name))
        points, ok = QInputDialog.getInt(self, self.tr("Adjust points"), question, 0, -100_000, 100_000)
        if not ok or points == 0:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Adjust points"), self.tr("Reason (kept in the history):"))
        if not ok or not reason.strip():
            self.cashier.show_message("warning", self.tr("No change: an adjustment needs a reason."))
            return
        self.cashier.adjust_points(points, reason.strip())

    def change_pin(self) -> NewPinDialog:
        """The owner's PIN, changed with the old one (the dialog checks it on the owner worker)."""
        worker = OwnerWorker(self.tasks.db_path, self.tasks.write)
        dialog = NewPinDialog(worker, self.tasks.clock, recover=False, parent=self)
        worker.setParent(dialog)
        dialog.accepted.connect(lambda: self.cashier.show_message("info", self.tr("Owner PIN changed.")))
        dialog.finished.connect(lambda _result: worker.shutdown())
        dialog.open()
        self.pin_dialog = dialog
        return dialog

    def open_settings(self) -> None:
        if not self.staff.permits(Permission.RULES):
            if not self.staff.members:
                self.cashier.show_message("warning", self.tr("Settings need the owner's PIN."))
            return
        self.show_settings()

    def show_settings(self) -> None:
        """The rules and shop dialog, once the owner is known."""

        def show(current: tuple[Rules, Shop]) -> None:
            dialog = SettingsDialog(*current, parent=self)
            dialog.saved.connect(self._save_settings)
            dialog.open()
            self.settings_dialog = dialog

        self.tasks.run(lambda c: (c.rules(), c.shop()), show)

    def _save_settings(self, rules: Rules, shop: Shop) -> None:
        def job(c: Counter) -> None:
            c.save_settings(rules=rules, shop=shop)

        def done(_result: None) -> None:
            if shop.language != self.shop.language:
                self.language_override = None  # the owner chose the shop's language here: this screen follows
            self.cashier.show_message("info", self.tr("Settings saved."))  # the screens follow data_changed

        self.tasks.run(job, done, self.cashier._known_error)

    def _remember_phone_card(self, code: CardCode, name: str) -> None:
        self.phone_card = CardFace(code, self.shop.name, name, self.shop.language)

    def save_phone_card(self, path: Path | None = None) -> QFileDialog | None:
        """The last enrolled card as a picture for the customer's phone (PNG or PDF); asks where, off the GUI
        thread renders it. Returns the file dialog when one was opened."""
        face = self.phone_card
        if face is None:
            self.cashier.show_message("warning", self.tr("Enrol a customer or issue a card first: a card's code "
                                                         "can be saved only right after that."))
            return None
        if self.printing is None:
            self.cashier.show_message("warning", self.tr("Saving files is not available on this terminal."))
            return None
        if path is not None:
            self.printing.service.save_phone_card(face, path)
            return None
        dialog = QFileDialog(self, self.tr("Save the card for a phone"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        filters = {self.tr("Picture (*.png)"): "png", self.tr("PDF (*.pdf)"): "pdf"}
        dialog.setNameFilters(list(filters))
        pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        dialog.setDirectory(pictures if pictures and Path(pictures).is_dir() else str(Path.home()))
        stem = "card-" + "".join(c for c in face.code.hint if c.isalnum())  # check characters include * and $
        dialog.selectFile(f"{stem}.png")
        dialog.filterSelected.connect(lambda kind: dialog.selectFile(f"{stem}.{filters.get(kind, 'png')}"))

        def chosen(name: str) -> None:
            path = Path(name)
            if path.suffix.lower() not in (".png", ".pdf"):  # the kind chosen decides
                path = path.with_name(f"{path.name}.{filters.get(dialog.selectedNameFilter(), 'png')}")
            self.save_phone_card(path)

        dialog.fileSelected.connect(lambda name: chosen(name) if name else None)
        dialog.open()
        return dialog

    def _phone_card_saved(self, hint: str, where: str) -> None:
        self.cashier.show_message("info", self.tr("Card …{0} saved for the phone as {1}.").format(hint, where))

    def data_changed_elsewhere(self, changes: Changes) -> None:
        """A commit that did not come from the cashier (a pulled page, an import, the owner) touched the
        customer on the screen: read them again. The cashier's own operations show their own result."""
        shown = self.cashier.customer_panel.customer
        if shown is not None and shown.id in changes.customers:
            self.cashier.refresh_customer()

    def show_shop(self, shop: Shop) -> None:
        """The shop's name, currency, time zone, country and language, on every open screen at once (at
        start, and when settings change)."""
        self.shop = shop
        language = self.language_override or shop.language
        if language != i18n.current() or not i18n.installed():  # English is a translation too
            i18n.apply(language)
        self.setWindowTitle(self.tr("{0} — Loyalty Terminal").format(shop.name))
        self.cashier.apply_shop(shop)

    def apply_shop(self, shop: Shop) -> None:
        """New shop details (the first run): the title and the money shown follow them at once."""
        self.show_shop(shop)

    def _card_issued(self, code: CardCode, name: str) -> None:
        self._remember_phone_card(code, name)
        log.info("card issued (…%s)", code.hint)  # never the name: a log line outlives an erasure
        if self.printing is not None:
            self.printing.service.print_card(CardFace(code, self.shop.name, name, self.shop.language))

    def show_bug(self, error: BaseException) -> QMessageBox:
        """A bug: the log's path, the details to send, and a button that copies them."""
        where = str(self.log_path) if self.log_path else self.tr("the log")
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Something went wrong"),
                          self.tr("The terminal hit an unexpected problem. Nothing already confirmed is lost.\n"
                                  "Details are in {0}.").format(where), parent=self)
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__)).strip()
        details = f"Loyalty Terminal\nlog: {where}\n{details}"
        box.setDetailedText(details)
        copy = box.addButton(self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        box.copy_button = copy  # type: ignore[attr-defined]
        box.addButton(QMessageBox.StandardButton.Close)
        box.open()
        self.bug_box = box
        return box

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Text and stamps follow the window's size (ui/cashier/scaling.py); buttons keep their heights."""
        super().resizeEvent(event)
        factor = scaling.factor_for(self.width(), self.height())
        if factor == self.scale:
            return
        self.scale = factor
        style = "" if factor == 1.0 else scaling.scaled(resource_path("style.qss").read_text(encoding="utf-8"),
                                                        factor)
        for part in (self.cashier, self.toolbar, self.statusBar()):
            part.setStyleSheet(style)
        self.cashier.customer_panel.stamps.set_scale(factor)

    def changeEvent(self, event: QEvent) -> None:
        """A new language (ui.i18n.apply): the fixed words are already swapped; redo what is made from data."""
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("{0} — Loyalty Terminal").format(self.shop.name))
            self.status_text.setText(self.tr("Ready. Scan a card or type a code."))
            self.cashier.sale_panel.show_amounts()
            self.cashier.refresh_customer()
            self.customer_screen.reload_settings()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.geometry_folder is not None:
            save_geometry(self, "main", self.geometry_folder)
        if self.sync_runner is not None:
            self.sync_runner.shutdown()  # first: a round under way hands its last page to the writer
        self.tasks.shutdown()
        if self.printing is not None:
            self.printing.service.shutdown()
        super().closeEvent(event)

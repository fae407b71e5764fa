"""The customer's screen joined to the cashier's window.

After a sale the customer screen shows that visit's progress and question; a receipt's feedback
code scanned at the counter opens the rating of its visit; a low score puts a discreet alert on
the cashier's screen. The note for the next visit needs no wiring: it comes with the customer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QBoxLayout

from terminal import feedback
from terminal.counter import SaleResult
from terminal.feedback import FeedbackSettings
from ui.customer import placement
from ui.customer.alert import LowScoreAlert
from ui.customer.settings_dialog import FeedbackSettingsDialog
from ui.customer.window import CustomerWindow, LowScore
from ui.customer.words import refusal

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class CustomerScreenLink(QObject):
    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        self.main = main
        # A child of the main window: closed with it, so the app never outlives the cashier's window.
        self.screen = CustomerWindow(main.tasks.run, shop_name=main.shop.name, parent=main)
        self.screen.setWindowFlag(Qt.WindowType.Window)
        if placement.customer_screen() is not None:
            # The USB scanner types into the focused window: a customer's touch on the second screen must
            # never take the focus from the cashier's. (Windowed, the cashier may click it and use keys.)
            self.screen.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
            self.screen.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.alert = LowScoreAlert(main.cashier)
        cast(QBoxLayout, main.cashier.layout()).insertWidget(2, self.alert)  # under the code field and its banner
        main.cashier.sale_recorded.connect(self.ask_about_sale)
        # The card holder's language on their screen from the moment the card is read.
        main.cashier.customer_opened.connect(lambda view: self.screen.set_language(view.language or None))
        main.cashier.receipt_code_scanned.connect(self.open_receipt_code)
        self.screen.low_score.connect(self._low_score)
        self.screen.rating_refused.connect(lambda problem: main.cashier.show_message("warning", refusal(problem)))
        self.screen.load()
        self.on_second_screen = placement.place(self.screen)
        # The owner's settings for this screen: in the window's More menu, not on the cashier's toolbar.
        self.settings_action = QAction(self.tr("Customer screen settings (Shift+F11)"), main)
        self.settings_action.setShortcut(QKeySequence("Shift+F11"))
        self.settings_action.triggered.connect(main.owner_only(self.open_settings))
        main.add_secondary_action(self.settings_action)

    def toggle(self) -> None:
        """The cashier's button when there is no second screen: show or hide the customer's window."""
        if self.screen.isVisible() and not self.on_second_screen:
            self.screen.hide()
            self.main.activateWindow()  # the keys go back to the cashier's window
        else:
            self.on_second_screen = placement.place(self.screen)
            self.screen.show()

    def reload_settings(self) -> None:
        self.screen.load()

    def open_settings(self) -> FeedbackSettingsDialog:
        """The owner's settings for this screen, saved as a settings event like the loyalty rules."""
        dialog = FeedbackSettingsDialog(self.screen.settings, self.main)

        def save(settings: FeedbackSettings) -> None:
            self.main.tasks.run(lambda counter: counter.save_settings(feedback=settings),
                                lambda _event: self.reload_settings())

        dialog.saved.connect(save)
        dialog.open()
        return dialog

    def ask_about_sale(self, result: SaleResult) -> None:
        self.main.tasks.run(lambda counter: feedback.visit_prompt(counter, result.sale.id), self.screen.show_visit)

    def open_receipt_code(self, text: str) -> None:
        self.main.cashier.show_message("info", self.tr("Receipt code read: the customer screen asks for the rating."))
        self.screen.open_receipt_code(text)

    def _low_score(self, low: LowScore) -> None:
        self.alert.show_alert(low)

"""The owner's answers to a customer's "what do you hold about me?" and "delete it" (GDPR Art. 15, 17).

Two entries in the cashier window's More menu, for the customer on screen, each behind the owner's
PIN: export (a JSON file and a readable PDF into a folder the owner picks) and erase (after a
confirmation that names the customer and says it cannot be undone). The work runs on the database
worker; the erasure reaches the hub and the other terminals at the next sync.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from terminal import paths
from terminal.clock import iso
from terminal.counter import Counter
from terminal.customer_data import export_language, gather
from terminal.customer_pdf import render_export
from terminal.erasure import ErasureReport, erase
from terminal.staff import Permission

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def erase_confirmation(parent: QWidget, name: str) -> QMessageBox:
    """The question before an erasure: names the customer, says what goes and what stays; No is the default."""
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Warning, translate("CustomerDataActions", "Erase customer's data"), "",
                      parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a typed name shows as typed, never as markup
    box.setText(translate("CustomerDataActions", "Erase the personal data of {0}?").format(name))
    box.setInformativeText(translate(
        "CustomerDataActions",
        "Name, phone, e-mail, birthday and rating comments are removed from this terminal, its backups and logs, "
        "and from the hub and the other terminals at their next sync. The visits and points stay as anonymous "
        "numbers. This cannot be undone."))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("CustomerDataActions", "Erase"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box


class CustomerDataActions(QObject):
    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        self.main = main
        # The owner's answers; tests put their own here (the dialogs have their own tests).
        self.confirm_erase: Callable[[str], bool] = lambda name: (
            erase_confirmation(main, name).exec() == QMessageBox.StandardButton.Yes)
        self.choose_folder: Callable[[], str] = lambda: QFileDialog.getExistingDirectory(
            main, self.tr("Folder for the customer's data"), str(Path.home()))
        self.export_action = QAction(self.tr("Export customer's data… (owner)"), main)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.export_customer)
        self.erase_action = QAction(self.tr("Erase customer's data… (owner)"), main)
        self.erase_action.setShortcut(QKeySequence("Ctrl+Shift+Del"))
        self.erase_action.triggered.connect(self.erase_customer)
        main.add_secondary_action(self.export_action)
        main.add_secondary_action(self.erase_action)

    def _customer(self) -> tuple[str, str] | None:
        customer = self.main.cashier.customer_panel.customer
        if customer is None:
            self.main.cashier.show_message("warning", self.tr("Open the customer first (find them by name or phone)."))
            return None
        return customer.id, customer.name

    def export_customer(self) -> None:
        chosen = self._customer()
        if chosen is None or not self.main.staff.permits(Permission.CUSTOMER_DATA):
            return
        customer_id, _name = chosen
        folder = self.choose_folder()
        if not folder:
            return
        now = iso(self.main.tasks.clock.now())

        def job(c: Counter) -> Path:
            c.require(Permission.CUSTOMER_DATA)
            data = gather(c.db, customer_id, now)
            stem = Path(folder) / f"customer-{data['profile']['id']}"  # the id, never the name, in a file name
            paths.write_private(stem.with_suffix(".json"), json.dumps(data, indent=2, ensure_ascii=False).encode())
            shop = c.shop()  # the person reads it in their own language, else the shop's
            language = export_language(c.db, data["profile"]["id"], shop.language)
            paths.write_private(stem.with_suffix(".pdf"), render_export(data, shop.currency, language, shop.timezone))
            return stem

        def done(stem: Path) -> None:
            self.main.cashier.show_message("info", self.tr("Customer's data saved as {0}.json and .pdf.").format(stem))

        def failed(error: Exception) -> bool:
            if isinstance(error, OSError):
                self.main.cashier.show_message("warning", self.tr("Could not write to {0}: {1}")
                                               .format(folder, error.strerror or error))
                return True
            return self.main.cashier._known_error(error)

        self.main.tasks.run(job, done, failed)

    def erase_customer(self) -> None:
        chosen = self._customer()
        if chosen is None or not self.main.staff.permits(Permission.CUSTOMER_DATA):
            return
        customer_id, name = chosen
        if not self.confirm_erase(name):
            self.main.cashier.show_message("info", self.tr("Nothing erased."))
            return

        def done(report: ErasureReport) -> None:
            self.main.cashier.end_visit()
            self.main.cashier.show_message("info", self.tr(
                "Customer's personal data erased here ({0} backups cleaned). The hub and the other terminals "
                "erase it at their next sync.").format(report.backups_scrubbed))

        def job(c: Counter) -> ErasureReport:
            c.require(Permission.CUSTOMER_DATA)
            return erase(c, customer_id)

        self.main.tasks.run(job, done, self.main.cashier._known_error)

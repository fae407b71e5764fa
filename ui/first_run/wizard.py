"""The first run: a short set-up the owner finishes in minutes, shown while the shop is not set up yet.

Language (at once), the shop, loyalty rules from a template, the owner's PIN and its recovery code, a
camera test, a printer test page and the hub. Every page starts at a sane default and has "Skip this
step" (back to that default); everything is changeable later in the settings. "Finish" writes it all
in one job on the database worker (terminal/first_run.apply); "Cancel" leaves the shop on its defaults
and the set-up comes back at the next start.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget, QWizard

from terminal import first_run
from terminal.counter import Counter
from terminal.first_run import SetupChoices
from terminal.loyalty import Rules
from terminal.owner_access import AccessError
from terminal.paths import preferences_path
from terminal.preferences import UiPreferences, save_section
from terminal.receipts.recovery import render_recovery_code
from terminal.shop import Shop
from ui import i18n
from ui.camera.worker import CameraWorker
from ui.first_run.device_pages import CameraPage, HubPage, PrinterPage
from ui.first_run.pages import LanguagePage, PinPage, RecoveryPage, RulesPage, ShopPage
from ui.printing.backend import PrintProblem
from ui.printing.messages import problem_text
from ui.printing.service import PrintService
from ui.tasks import DbTasks

log = logging.getLogger("ui")
RECOVERY_LABEL = "recovery code"


class Step(IntEnum):
    LANGUAGE = 0
    SHOP = 1
    RULES = 2
    PIN = 3
    RECOVERY = 4
    CAMERA = 5
    PRINTER = 6
    HUB = 7


class FirstRunWizard(QWizard):
    setup_saved = Signal(object)  # the Shop as saved
    language_changed = Signal(str)

    def __init__(self, tasks: DbTasks, shop: Shop, *, pin_set: bool, preferences: UiPreferences,
                 camera: CameraWorker, print_service: PrintService, folder: Path | None,
                 current_rules: Rules | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks, self.print_service, self.folder = tasks, print_service, folder
        self.preferences = preferences
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(820, 620)
        self.language_page = LanguagePage(preferences.language)
        self.shop_page = ShopPage(shop)
        self.rules_page = RulesPage(current_rules)
        self.pin_page = PinPage(pin_set)
        self.recovery_page = RecoveryPage()
        self.camera_page = CameraPage(camera, folder)
        self.printer_page = PrinterPage(print_service, self.shop_page.shop)
        self.hub_page = HubPage(shop)
        for step, page in zip(Step, (self.language_page, self.shop_page, self.rules_page, self.pin_page,
                                     self.recovery_page, self.camera_page, self.printer_page, self.hub_page),
                              strict=True):
            self.setPage(step, page)
        self.language_page.language_chosen.connect(self.use_language)
        self.recovery_page.print_requested.connect(self.print_recovery_code)
        self.recovery_page.save_requested.connect(self._ask_recovery_path)
        self.customButtonClicked.connect(lambda _which: self.skip_step())
        self.currentIdChanged.connect(self._page_changed)
        self.print_service.printed.connect(self._recovery_printed)
        self.print_service.failed.connect(self._recovery_failed)
        self.saving = False
        self.retranslate()

    # -- navigation ------------------------------------------------------------------------------
    def nextId(self) -> int:
        current = self.currentId()
        if current == Step.PIN and self.pin_page.chosen_pin is None:
            return Step.CAMERA  # no PIN, no recovery code to print
        if current == Step.HUB:
            return -1
        return current + 1

    def skip_step(self) -> None:
        """Back to this page's defaults, then on (or finish, on the last page)."""
        page = self.currentPage()
        page.reset()  # type: ignore[attr-defined]
        if self.nextId() == -1:
            self.accept()
        else:
            self.next()

    def _page_changed(self, step: int) -> None:
        if step != Step.CAMERA:
            self.camera_page.leave()
        if step != Step.HUB:
            self.hub_page.leave()

    # -- language --------------------------------------------------------------------------------
    def use_language(self, code: str) -> None:
        i18n.apply(code)
        self.preferences.language = code
        self.language_changed.emit(code)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up Loyalty Terminal"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Skip this step"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the recovery code -----------------------------------------------------------------------
    def print_recovery_code(self, _code: str = "") -> None:
        shop_name = self.shop_page.shop().name
        code = self.recovery_page.code
        self.recovery_page.status.setText(self.tr("Printing the recovery code…"))
        self.print_service.print_document(RECOVERY_LABEL, lambda _prefs: render_recovery_code(code, shop_name,
                                                                                               date.today()))

    def _recovery_printed(self, label: str, where: str) -> None:
        if label == RECOVERY_LABEL:
            if where.lower().endswith(".pdf"):
                text = self.tr("Saved as {0}. Print it, then delete the file.")
            else:
                text = self.tr("The recovery code was sent to {0}.")
            self.recovery_page.status.setText(text.format(where))

    def _recovery_failed(self, label: str, problem: PrintProblem, detail: str) -> None:
        if label == RECOVERY_LABEL:
            self.recovery_page.status.setText(problem_text(problem, detail))

    def _ask_recovery_path(self, _code: str) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the recovery code"),
                                                    str(Path.home() / "loyalty-recovery-code.pdf"), "PDF (*.pdf)")
        if path:
            self.save_recovery_pdf(Path(path))

    def save_recovery_pdf(self, path: Path) -> None:
        shop_name, code = self.shop_page.shop().name, self.recovery_page.code
        self.print_service.save_document(RECOVERY_LABEL, lambda _prefs: render_recovery_code(code, shop_name,
                                                                                              date.today()), path)

    # -- finishing -------------------------------------------------------------------------------
    def choices(self) -> SetupChoices:
        shop = replace(self.shop_page.shop(), feedback_base_url=self.hub_page.feedback_base())
        pin = self.pin_page.chosen_pin if not self.pin_page.pin_already_set else None
        return SetupChoices(shop=shop, rules=self.rules_page.rules(), pin=pin,
                            recovery_code=self.recovery_page.code if pin else None)

    def accept(self) -> None:
        if self.saving:
            return
        page = self.currentPage()
        if page is not None and not page.validatePage():
            return
        choices = self.choices()
        self.saving = True

        def job(counter: Counter) -> Shop:
            first_run.apply(counter, choices)
            return counter.shop()

        def saved(shop: Shop) -> None:
            if self.folder is not None:
                save_section(preferences_path(self.folder), "ui", self.preferences)
            self._close_devices()
            self.setup_saved.emit(shop)
            super(FirstRunWizard, self).accept()

        def refused(error: Exception) -> bool:
            self.saving = False
            if not isinstance(error, AccessError | ValueError):
                return False
            QMessageBox.warning(self, self.windowTitle(), self.tr("The set-up could not be saved: {0}")
                                .format(error))
            return True

        self.tasks.run(job, saved, refused)

    def reject(self) -> None:
        self._close_devices()
        super().reject()

    def _close_devices(self) -> None:
        self.camera_page.leave()
        self.hub_page.shutdown()

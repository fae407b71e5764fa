"""The first run's pages that talk to things: the camera (live preview, a test scan), the printer (a test
page) and the hub (its address checked, never a loopback one for phones)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import httpx
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from terminal import hub_address
from terminal.hub_address import AddressProblem
from terminal.receipts.preferences import PrinterPreferences
from terminal.receipts.test_page import render_test_page
from terminal.scan import settings as camera_settings
from terminal.scan.model import ScanEvent, ScanKind
from terminal.scan.settings import CameraSettings
from terminal.shop import Shop
from ui.camera.preview import CameraPanel
from ui.camera.settings_dialog import CameraSettingsDialog
from ui.camera.worker import CameraWorker
from ui.first_run.pages import Page
from ui.printing.backend import PrintProblem
from ui.printing.messages import problem_text
from ui.printing.service import PrintService
from ui.printing.settings_dialog import PrinterSettingsDialog
from ui.worker import ThreadWorker

TEST_PAGE = "test page"
CHECK_TIMEOUT_S = 3.0


class CameraPage(Page):
    """The live preview while the page is shown; any code held up proves the camera reads."""

    def __init__(self, worker: CameraWorker, folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.folder = worker, folder
        self.panel = CameraPanel(worker)
        self.panel.setMaximumWidth(16777215)
        self.result = QLabel(wordWrap=True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(self.open_settings)
        self.layout_.addWidget(self.panel, 1)
        self.layout_.addWidget(self.result)
        row = QHBoxLayout()
        row.addWidget(self.settings_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.scanned: str | None = None
        worker.code_scanned.connect(self._scanned)
        worker.foreign_code.connect(self._foreign)
        self.retranslate()

    def _scanned(self, event: ScanEvent) -> None:
        if event.kind is ScanKind.CARD:
            self.scanned = event.text
            self.result.setText(self.tr("Test scan worked: card …{0}.").format(event.text[-4:]))
        else:
            self.scanned = event.text
            self.result.setText(self.tr("Test scan worked: a receipt's feedback code."))

    def _foreign(self, _text: str) -> None:
        self.scanned = _text
        self.result.setText(self.tr("The camera reads codes: that one is not one of our cards."))

    def open_settings(self) -> CameraSettingsDialog:
        dialog = CameraSettingsDialog(self.worker.settings, self)
        dialog.saved.connect(self.apply_settings)
        dialog.open()
        self.settings_dialog = dialog
        return dialog

    def apply_settings(self, settings: CameraSettings) -> None:
        if self.folder is not None:
            camera_settings.save(self.folder, settings)
        self.panel.set_mirror(settings.mirror)
        self.worker.restart(settings)

    def initializePage(self) -> None:
        self.worker.start()

    def cleanupPage(self) -> None:
        self.worker.stop()

    def leave(self) -> None:
        self.worker.stop()

    def reset(self) -> None:
        self.worker.stop()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Camera"))
        self.setSubTitle(self.tr("Hold a loyalty card (or any QR code) up to the camera. No camera? Skip: the "
                                 "USB scanner and typing work too."))
        self.settings_button.setText(self.tr("Which camera…"))
        if self.scanned is None:
            self.result.setText(self.tr("Waiting for a test scan…"))


class PrinterPage(Page):
    def __init__(self, service: PrintService, shop: Callable[[], Shop], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.shop = service, shop
        self.printer = QLabel(wordWrap=True)
        self.printer.setTextFormat(Qt.TextFormat.PlainText)
        self.result = QLabel(wordWrap=True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_button, self.settings_button = QPushButton(), QPushButton()
        self.test_button.clicked.connect(self.print_test_page)
        self.settings_button.clicked.connect(self.open_settings)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.settings_button)
        row.addStretch(1)
        self.layout_.addWidget(self.printer)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.result)
        self.layout_.addStretch(1)
        service.printed.connect(self._printed)
        service.failed.connect(self._failed)
        self.retranslate()

    def print_test_page(self) -> None:
        shop = self.shop()
        self.result.setText(self.tr("Printing the test page…"))

        def render(preferences: PrinterPreferences) -> bytes:
            return render_test_page(shop.name, preferences.roll_width_mm, datetime.now(),
                                    preferences.printer_name)

        self.service.print_document(TEST_PAGE, render)

    def _printed(self, label: str, where: str) -> None:
        if label == TEST_PAGE:
            self.result.setText(self.tr("Test page sent to {0}. Both ends of the line should be on the paper.")
                                .format(where))

    def _failed(self, label: str, problem: PrintProblem, detail: str) -> None:
        if label == TEST_PAGE:
            self.result.setText(self.tr("The test page did not print: {0}").format(problem_text(problem, detail)))

    def open_settings(self) -> PrinterSettingsDialog:
        dialog = PrinterSettingsDialog(self.service, self)
        dialog.accepted.connect(self._show_printer)
        dialog.open()
        self.settings_dialog = dialog
        return dialog

    def _show_printer(self) -> None:
        preferences = self.service.preferences
        name = preferences.printer_name or self.tr("the system's default printer")
        self.printer.setText(self.tr("Receipts go to {0}, on a {1} mm roll.").format(name, preferences.roll_width_mm))

    def reset(self) -> None:
        self.result.clear()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Receipt printer"))
        self.setSubTitle(self.tr("Print a test page to see the printer and the roll width are right."))
        self.test_button.setText(self.tr("Print a test page"))
        self.settings_button.setText(self.tr("Printer and paper…"))
        self._show_printer()


class HubPage(Page):
    """Where the receipts' feedback codes point: the hub's page for phones, or the counter's camera."""

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        existing = hub_address.hub_from_feedback_base(shop.feedback_base_url)
        self.initial_url = existing if hub_address.address_problem(existing) is None else ""
        self.none_button, self.hub_button = QRadioButton(), QRadioButton()
        group = QButtonGroup(self)
        group.addButton(self.none_button)
        group.addButton(self.hub_button)
        self.url = QLineEdit(maxLength=200)
        self.url.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.check_button = QPushButton()
        self.warning = self.error_label()
        self.status = QLabel(wordWrap=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QLabel(wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(self.check_button)
        self.layout_.addWidget(self.none_button)
        self.layout_.addWidget(self.hub_button)
        self.layout_.addLayout(row)
        for label in (self.warning, self.status, self.note):
            self.layout_.addWidget(label)
        self.layout_.addStretch(1)
        self.checker: ThreadWorker[httpx.Client] = ThreadWorker(lambda: httpx.Client(timeout=CHECK_TIMEOUT_S),
                                                                lambda client: client.close(), "hub-check", self)
        self.answered: str | None = None  # the address that last answered
        self._debounce = QTimer(self, singleShot=True, interval=600)
        self._debounce.timeout.connect(self.check)
        self.url.textEdited.connect(self._edited)
        self.check_button.clicked.connect(self.check)
        self.hub_button.toggled.connect(self._mode_changed)
        self.retranslate()
        self.reset()

    def reset(self) -> None:
        self.url.setText(self.initial_url or hub_address.suggested_hub_url())
        (self.hub_button if self.initial_url else self.none_button).setChecked(True)
        self._mode_changed()

    def _mode_changed(self) -> None:
        using = self.hub_button.isChecked()
        self.url.setEnabled(using)
        self.check_button.setEnabled(using)
        self._show_problem()

    def _edited(self) -> None:
        self.answered = None
        self.status.clear()
        self._show_problem()
        if hub_address.address_problem(self.url.text()) is None:
            self._debounce.start()

    def problem_text(self, problem: AddressProblem) -> str:
        if problem is AddressProblem.LOOPBACK:
            text = self.tr("“{0}” is this computer itself: customers' phones cannot open it, so their receipts' "
                           "codes would lead nowhere.").format(self.url.text().strip())
            suggested = hub_address.suggested_hub_url()
            if suggested:
                return text + " " + self.tr("On the shop's network this computer is {0}.").format(suggested)
            return text + " " + self.tr("Use the hub's address on the shop's network (it looks like "
                                        "http://192.168.1.20:8765).")
        if problem is AddressProblem.NOT_HTTP:
            return self.tr("Type the hub's address starting with http://, for example http://192.168.1.20:8765.")
        return self.tr("Type the hub's address, or choose “No hub yet”.")

    def _show_problem(self) -> None:
        problem = hub_address.address_problem(self.url.text())
        self.warning.setText(self.problem_text(problem) if self.hub_button.isChecked() and problem else "")

    def check(self) -> None:
        """Ask the hub's /health off the GUI thread; the answer shows below the address."""
        url = self.url.text().strip().rstrip("/")
        if hub_address.address_problem(url) is not None:
            self._show_problem()
            return
        self.status.setText(self.tr("Checking {0}…").format(url))

        def ask(client: httpx.Client) -> int:
            return client.get(url + "/health").status_code

        def answered(status: int) -> None:
            if url != self.url.text().strip().rstrip("/"):
                return  # the owner typed on meanwhile
            if status == 200:
                self.answered = url
                self.status.setText(self.tr("The hub answers at {0}.").format(url))
            else:
                self.status.setText(self.tr("{0} answered, but not as a hub (HTTP {1}).").format(url, status))

        def refused(error: Exception) -> bool:
            if not isinstance(error, httpx.HTTPError):
                return False
            if url == self.url.text().strip().rstrip("/"):
                self.status.setText(self.tr("No answer from {0}. Start the hub on the computer that stays on "
                                            "(python main.py hub --host 0.0.0.0), then check again.").format(url))
            return True

        self.checker.run(ask, answered, refused)

    def validatePage(self) -> bool:
        if self.hub_button.isChecked() and hub_address.address_problem(self.url.text()) is not None:
            self._show_problem()
            return False
        return True

    def feedback_base(self) -> str:
        """What the shop's receipts link to: the hub's feedback page, or "" (the counter camera's code)."""
        if self.hub_button.isChecked() and hub_address.address_problem(self.url.text()) is None:
            return hub_address.feedback_base(self.url.text())
        return ""

    def leave(self) -> None:
        self._debounce.stop()

    def shutdown(self) -> None:
        self._debounce.stop()
        self.checker.shutdown()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Hub and feedback codes"))
        self.setSubTitle(self.tr("Each receipt has a code for the customer's rating. With a hub that phones on the "
                                 "shop's Wi-Fi can reach, the code opens its rating page."))
        self.none_button.setText(self.tr("No hub yet: receipts carry a code to hold to the counter camera"))
        self.hub_button.setText(self.tr("Use the hub at:"))
        self.check_button.setText(self.tr("Check"))
        self.url.setPlaceholderText("http://192.168.1.20:8765")
        self.note.setText(self.tr("The hub also syncs several counters (sync settings: Shift+F5). Change this later "
                                  "under Loyalty rules and shop (F10)."))
        self._show_problem()

"""The first run, driven as an owner would: every step answered, or every step skipped; then a sale.

Real widgets, the real database worker, the real camera worker reading the bundled sample card photo,
a printer that writes PDFs (rasterised and read back), and a real hub on this computer's network address.
Screenshots of each page go to $LOYALTY_SCREENSHOTS when it is set (to look at them).
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWizard

from terminal import first_run, hub_address
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect
from terminal.owner_access import OwnerAccess
from terminal.preferences import UiPreferences, load_section
from terminal.resources import resource_path
from terminal.scan.scanner import ScannerOptions, Tuning
from terminal.scan.settings import CameraSettings
from terminal.scan.sources import ImagesSource
from terminal.shop import Shop
from terminal.sync.hub import Hub, HubConfig
from terminal.sync.server import HubServer
from terminal.sync.stores import open_store
from tests.receipts.pdftools import decode_qr, pdf_text, rasterise
from tests.ui.drive import sell, submit_code
from tests.ui_printing.test_print_service import PdfPrinters
from ui.app import application
from ui.camera.worker import CameraWorker
from ui.first_run.launch import add_rerun_action, open_first_run
from ui.first_run.wizard import FirstRunWizard, Step
from ui.formatting import format_money
from ui.main_window import MainWindow
from ui.printing.service import PrintService
from ui.tasks import DbTasks

PHOTO = resource_path("samples", "card-photo.jpg")
PHOTO_CODE = resource_path("samples", "card-photo.txt").read_text().strip()
FAST = ScannerOptions(debounce_window=3.0, reconnect=True, retry_interval=0.01,
                      tuning=Tuning(preview_fps=30.0, preview_width=320))


@dataclass
class Terminal:
    folder: Path
    window: MainWindow
    wizard: FirstRunWizard
    printers: PdfPrinters
    closed: list[bool]


@pytest.fixture
def terminal(qtbot, tmp_path: Path, clock: FixedClock) -> Iterator[Terminal]:
    application()
    folder = tmp_path / "data"
    folder.mkdir()
    connect(folder / "terminal.db").close()
    tasks = DbTasks(folder / "terminal.db", clock)
    printers = PdfPrinters(tmp_path)
    service = PrintService(folder / "terminal.db", folder, printer_factory=printers)
    window = MainWindow(tasks, Shop(), UiPreferences(), print_service=service)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    camera = CameraWorker(CameraSettings(source=str(PHOTO)), source_factory=lambda: ImagesSource([PHOTO], loop=True),
                          options=FAST)
    closed: list[bool] = []
    wizard = open_first_run(window, CameraSettings(), folder, pin_set=False, preferences=UiPreferences(),
                            print_service=service, camera_worker=camera, when_closed=lambda: closed.append(True))
    yield Terminal(folder, window, wizard, printers, closed)
    wizard.camera_page.worker.stop()
    qtbot.waitUntil(tasks.is_idle)
    tasks.shutdown()
    service.shutdown()


def shot(widget, name: str) -> None:
    folder = os.environ.get("LOYALTY_SCREENSHOTS")
    if folder:
        QApplication.processEvents()  # let pending layout requests settle first
        widget.grab().save(str(Path(folder) / f"first-run-{name}.png"))


def reachable_host() -> str:
    """An address of this computer that is not loopback (what a phone on the shop's Wi-Fi would use)."""
    return hub_address.lan_address() or socket.gethostname()


def test_every_step_answered_then_a_sale(qtbot, terminal: Terminal, tmp_path: Path) -> None:
    wizard = terminal.wizard
    assert wizard.currentId() == Step.LANGUAGE
    shot(wizard, "1-language")
    wizard.language_page.list.setCurrentRow([c for c, _n in first_run.LANGUAGES].index("fa"))
    assert wizard.preferences.language == "fa"
    assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft  # applied at once
    assert QLocale().name().startswith("fa")
    wizard.language_page.list.setCurrentRow([c for c, _n in first_run.LANGUAGES].index("uk"))
    assert wizard.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert wizard.preferences.language == "uk" and QLocale().name().startswith("uk")
    # The rest is walked in English, so its checks can read the words.
    wizard.language_page.list.setCurrentRow([c for c, _n in first_run.LANGUAGES].index("en"))
    wizard.next()

    page = wizard.shop_page
    assert wizard.currentId() == Step.SHOP
    page.name.setText("Кав'ярня на розі")  # QTest's key clicks know only Latin-1
    page.country.setCurrentIndex(page.country.findData("UA"))
    assert (page.currency.currentText(), page.timezone.currentText()) == ("UAH", "Europe/Kyiv")
    page.timezone.setCurrentText("Europe/Atlantis")
    wizard.next()
    assert wizard.currentId() == Step.SHOP and "not a time zone" in page.error.text()
    page.timezone.setCurrentText("Europe/Kyiv")
    shot(wizard, "2-shop")
    wizard.next()

    assert wizard.currentId() == Step.RULES
    wizard.rules_page.buttons[first_run.Template.CAFE].setChecked(True)
    shot(wizard, "3-rules")
    wizard.next()

    pin = wizard.pin_page
    assert wizard.currentId() == Step.PIN
    qtbot.keyClicks(pin.pin, "1234")
    qtbot.keyClicks(pin.repeat, "1234")
    wizard.next()
    assert wizard.currentId() == Step.PIN and "6 to 12 digits" in pin.error.text()
    pin.pin.setText("246813")
    pin.repeat.setText("246831")
    wizard.next()
    assert wizard.currentId() == Step.PIN and "differ" in pin.error.text()
    pin.repeat.setText("246813")
    shot(wizard, "4-pin")
    wizard.next()

    recovery = wizard.recovery_page
    assert wizard.currentId() == Step.RECOVERY
    saved_to = tmp_path / "recovery.pdf"
    wizard.save_recovery_pdf(saved_to)
    qtbot.waitUntil(lambda: "Saved as" in recovery.status.text(), timeout=10_000)
    assert recovery.code in " ".join(pdf_text(saved_to).split())
    shot(wizard, "5-recovery")
    wizard.next()

    camera = wizard.camera_page
    assert wizard.currentId() == Step.CAMERA
    qtbot.waitUntil(lambda: camera.scanned is not None, timeout=20_000)
    assert camera.scanned == PHOTO_CODE
    assert f"…{PHOTO_CODE[-4:]}" in camera.result.text()
    shot(wizard, "6-camera")
    wizard.next()
    qtbot.waitUntil(lambda: not camera.worker._runner, timeout=5_000)  # the camera is let go when the page is left

    printer = wizard.printer_page
    assert wizard.currentId() == Step.PRINTER
    qtbot.mouseClick(printer.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Test page sent" in printer.result.text(), timeout=10_000)
    test_page = terminal.printers.jobs[-1]
    assert [found.text for found in decode_qr(rasterise(test_page))] == ["TEST"]
    rasterise(test_page).save(str(tmp_path / "test-page.png"))  # printed as pixels, as a roll printer gets it
    shot(wizard, "7-printer")
    wizard.next()

    hub = wizard.hub_page
    assert wizard.currentId() == Step.HUB
    assert hub.none_button.isChecked()  # no hub until one is named
    hub.hub_button.setChecked(True)
    hub.url.clear()
    qtbot.keyClicks(hub.url, "http://127.0.0.1:8765")
    assert "this computer itself" in hub.warning.text()
    shot(wizard, "8-hub-loopback")
    assert not hub.validatePage()
    (tmp_path / "hub").mkdir()
    store = open_store(None, tmp_path / "hub")
    server = HubServer(Hub(store, HubConfig(data_dir=tmp_path / "hub")), host="0.0.0.0").start()
    try:
        host = reachable_host()
        hub.url.clear()
        qtbot.keyClicks(hub.url, f"http://{host}:1")  # nothing listens there
        hub.check()
        qtbot.waitUntil(lambda: "No answer" in hub.status.text(), timeout=10_000)
        url = f"http://{host}:{server.port}"
        hub.url.setText(url)
        hub.check()
        qtbot.waitUntil(lambda: "The hub answers" in hub.status.text(), timeout=10_000)
        assert hub.warning.text() == ""
        shot(wizard, "8-hub")
        with qtbot.waitSignal(wizard.setup_saved, timeout=10_000):
            wizard.button(QWizard.WizardButton.FinishButton).click()
    finally:
        server.stop()
        store.close()
    assert terminal.closed == [True]

    db = connect(terminal.folder / "terminal.db")
    try:
        shop = Counter(db).shop()
        assert (shop.name, shop.currency, shop.timezone, shop.country) == ("Кав'ярня на розі", "UAH", "Europe/Kyiv",
                                                                          "UA")
        assert shop.feedback_base_url == f"{url}/f"
        assert Counter(db).rules().card_size == 9
        assert first_run.is_set_up(db)
        OwnerAccess(db).verify("246813")
    finally:
        db.close()
    assert load_section(terminal.folder / "preferences.json", "ui", UiPreferences).language == "en"
    window = terminal.window
    assert "Кав'ярня на розі" in window.windowTitle()
    enrol_and_sell(qtbot, window, terminal.folder, expected_currency="UAH")


def enrol_and_sell(qtbot, window: MainWindow, folder: Path, expected_currency: str) -> None:
    """The counter works after the set-up: a pre-printed card, bound at its first scan, and a sale."""
    db = connect(folder / "terminal.db")
    try:
        code = Counter(db).issue_anonymous_cards(1)[0]
        Counter(db).enrol("Олена", card_text=code.code)
    finally:
        db.close()
    submit_code(qtbot, window, code.code)
    assert window.cashier.customer_panel.customer is not None
    sell(qtbot, window, "4.50")
    db = connect(folder / "terminal.db")
    try:
        amounts = [row[0] for row in db.execute("SELECT amount FROM events WHERE kind = 'sale'")]
    finally:
        db.close()
    assert amounts == [450]
    panel = window.cashier.sale_panel
    assert window.cashier.currency == expected_currency
    assert panel.quick_buttons[0].text() == format_money(panel.quick_amounts[0], expected_currency)


def test_every_step_skipped_leaves_sane_defaults_then_a_sale(qtbot, terminal: Terminal) -> None:
    wizard = terminal.wizard
    skip = wizard.button(QWizard.WizardButton.CustomButton1)
    assert skip.text() == "Skip this step"
    seen = []
    while True:
        seen.append(Step(wizard.currentId()))
        if wizard.currentId() == Step.HUB:
            with qtbot.waitSignal(wizard.setup_saved, timeout=10_000):
                skip.click()
            break
        skip.click()
    assert seen == [Step.LANGUAGE, Step.SHOP, Step.RULES, Step.PIN, Step.CAMERA, Step.PRINTER, Step.HUB]
    db = connect(terminal.folder / "terminal.db")
    try:
        assert first_run.is_set_up(db)
        assert Counter(db).shop() == Shop()
        assert Counter(db).rules() == first_run.template_rules(first_run.Template.DEFAULT)
        assert not OwnerAccess(db).has_pin()  # the first F8 will ask for one
    finally:
        db.close()
    assert terminal.printers.jobs == []
    enrol_and_sell(qtbot, terminal.window, terminal.folder, expected_currency=Shop().currency)


def test_a_skipped_page_goes_back_to_its_defaults(qtbot, terminal: Terminal) -> None:
    wizard = terminal.wizard
    wizard.next()
    qtbot.keyClicks(wizard.shop_page.name, "Typed, then skipped")
    wizard.shop_page.country.setCurrentIndex(wizard.shop_page.country.findData("GB"))
    wizard.button(QWizard.WizardButton.CustomButton1).click()
    assert wizard.currentId() == Step.RULES
    assert wizard.shop_page.shop() == Shop()


def test_the_set_up_runs_again_from_the_menu_behind_the_pin(qtbot, terminal: Terminal) -> None:
    terminal.wizard.reject()
    window = terminal.window
    asked: list[bool] = []
    window.owner_confirmed = lambda: asked.append(True) or False
    action = add_rerun_action(window, terminal.folder, UiPreferences())
    assert action in window.more_menu.actions()
    action.trigger()
    assert asked == [True] and getattr(window, "first_run", None) is None  # a wrong PIN: nothing opens
    window.apply_shop(Shop(name="Corner Café", currency="GBP", timezone="Europe/London"))
    window.owner_confirmed = lambda: True
    action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "first_run", None) is not None)
    again = window.first_run
    assert again.rules_page.buttons[first_run.Template.DEFAULT].text() == "Keep the current rules"
    assert again.isVisible() and not again.pin_page.pin.isEnabled()  # the PIN is changed with the old one
    assert again.shop_page.shop().name == "Corner Café" and again.shop_page.currency.currentText() == "GBP"
    again.camera_page.worker.stop()
    again.reject()

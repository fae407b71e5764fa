"""Codes shown to the camera reach the cashier's customer panel through the real signals (pytest-qt)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from terminal import tokens
from terminal.counter import Counter
from terminal.scan import settings
from terminal.scan.demo_video import Showing, write_video
from terminal.scan.model import CameraStatus
from terminal.scan.scanner import ScannerOptions
from terminal.scan.settings import CameraSettings
from terminal.scan.sources import VideoSource
from ui.camera.wiring import CameraLink
from ui.main_window import MainWindow

NOT_OURS = "Not one of our cards."


def test_a_card_a_receipt_and_foreign_codes_shown_to_the_camera(qtbot, window: MainWindow, seed_counter: Counter,
                                                               tmp_path: Path) -> None:
    enrolment = seed_counter.enrol("Zsófia Őrsi")
    sale = seed_counter.record_sale(enrolment.customer.id, 450)
    secret = seed_counter.db.execute("SELECT value FROM meta WHERE key = 'shop_secret'").fetchone()[0]
    receipt_url = tokens.feedback_url("https://shop.example/f", tokens.make_token(secret, sale.receipt_no,
                                                                                 date(2026, 3, 10)))
    card = enrolment.card.code
    garbled = card[:-1] + ("0" if card[-1] != "0" else "1")
    video = tmp_path / "counter.mp4"
    write_video(video, [Showing(receipt_url, hold=0.6, gap=0.2), Showing(card, hold=0.6, gap=0.2),
                        Showing("https://example.com/menu", hold=0.6, gap=0.2), Showing(garbled, hold=0.6, gap=0.2)],
                fps=10)
    events_before = seed_counter.db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    messages: list[str] = []
    receipts: list[str] = []
    window.cashier.message.connect(lambda _level, text: messages.append(text))
    window.cashier.receipt_code_scanned.connect(receipts.append)

    link = CameraLink(window, CameraSettings(), source_factory=lambda: VideoSource(video),
                      options=ScannerOptions(debounce_window=3.0))
    link.start()
    qtbot.waitUntil(lambda: link.worker.status is CameraStatus.ENDED, timeout=20000)
    qtbot.waitUntil(window.tasks.is_idle)

    assert receipts == [receipt_url]
    assert window.cashier.customer_panel.customer is not None
    assert window.cashier.customer_panel.customer.id == enrolment.customer.id
    assert window.cashier.customer_panel.name_label.text() == "Zsófia Őrsi"
    assert messages.count(NOT_OURS) == 2
    assert window.cashier.banner.text() == NOT_OURS
    assert seed_counter.db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == events_before  # no stamp
    assert not link.dock.isHidden() and link.panel.view.mirror


def test_closing_the_window_stops_the_camera(qtbot, window: MainWindow, tmp_path: Path) -> None:
    link = CameraLink(window, CameraSettings(source=str(tmp_path / "missing.mp4")),
                      options=ScannerOptions(reconnect=True, retry_interval=30.0))
    with qtbot.waitSignal(link.worker.status_changed):
        link.start()
    window.close()
    assert link.worker.status is CameraStatus.STOPPED


def test_camera_settings_are_saved_and_the_camera_restarts_on_the_new_source(qtbot, window: MainWindow,
                                                                            data_folder: Path) -> None:
    link = CameraLink(window, CameraSettings(source=str(data_folder / "missing.mp4")), folder=data_folder,
                      options=ScannerOptions(retry_interval=30.0))
    link.start()
    dialog = link.open_settings()
    assert dialog.resolution.currentText() == "1280 × 720"
    dialog.grab().save(str(data_folder / "camera-settings.png"))
    folder = data_folder / "frames"
    folder.mkdir()
    dialog._select_source(str(folder))
    dialog.mirror.setChecked(False)
    dialog.same_card_window.setValue(5.0)
    dialog.resolution.setCurrentIndex(0)
    with qtbot.waitSignal(link.worker.status_changed,
                          check_params_cb=lambda status, detail: detail == str(folder)):
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    assert settings.load(data_folder) == CameraSettings(source=str(folder), width=640, height=480, mirror=False,
                                                        debounce_seconds=5.0)
    assert link.worker.settings.source == str(folder)
    assert not link.panel.view.mirror

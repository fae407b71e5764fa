"""At start: a folder whose shop is not set up opens the set-up (the cashier's camera waits for it to
close); a set-up shop goes straight to the counter with the camera on."""

from __future__ import annotations

from pathlib import Path

from terminal import first_run
from terminal.counter import Counter
from terminal.db import connect
from terminal.first_run import SetupChoices
from terminal.preferences import UiPreferences
from terminal.resources import resource_path
from terminal.scan.model import CameraStatus
from terminal.scan.settings import CameraSettings
from terminal.scan.sources import ImagesSource
from terminal.shop import Shop
from ui.app import application, build_main_window
from ui.camera.wiring import CameraLink
from ui.first_run.launch import first_run_or_camera

PHOTO = resource_path("samples", "card-photo.jpg")


def start(qtbot, folder: Path) -> tuple:
    application()
    opened: list = []
    settings = CameraSettings(enabled=False)  # the wizard's own camera test stays off here
    window = build_main_window(folder, ready=lambda w: opened.append(
        first_run_or_camera(w, folder, settings, UiPreferences())))
    qtbot.addWidget(window)
    window.camera = CameraLink(window, CameraSettings(source=str(PHOTO)), source_factory=lambda: ImagesSource([PHOTO]))
    window.show()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    return window, opened[0]


def finish(qtbot, window) -> None:
    window.camera.worker.stop()
    window.close()


def test_a_new_folder_opens_the_set_up_and_the_camera_waits(qtbot, tmp_path: Path) -> None:
    window, wizard = start(qtbot, tmp_path)
    try:
        assert wizard is not None and wizard.isVisible()
        assert window.camera.worker.status is CameraStatus.STOPPED
        wizard.reject()
        qtbot.waitUntil(lambda: window.camera.worker.status is not CameraStatus.STOPPED, timeout=5_000)
    finally:
        finish(qtbot, window)


def test_a_set_up_shop_goes_to_the_counter_with_its_camera(qtbot, tmp_path: Path) -> None:
    db = connect(tmp_path / "terminal.db")
    first_run.apply(Counter(db), SetupChoices(shop=Shop(name="Corner Café")))
    db.close()
    window, wizard = start(qtbot, tmp_path)
    try:
        assert wizard is None
        assert "Corner Café" in window.windowTitle()
        qtbot.waitUntil(lambda: window.camera.worker.status is not CameraStatus.STOPPED, timeout=5_000)
    finally:
        finish(qtbot, window)

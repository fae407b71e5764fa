"""Every terminal setting is behind the owner's PIN: camera, printer, sync and the customer screen."""

from __future__ import annotations

from pathlib import Path

from terminal.clock import FixedClock
from terminal.preferences import UiPreferences
from terminal.scan.settings import CameraSettings
from terminal.shop import Shop
from ui import sync_wiring
from ui.app import application
from ui.camera.wiring import CameraLink
from ui.main_window import MainWindow
from ui.printing.service import PrintService
from ui.tasks import DbTasks


def test_each_settings_action_asks_for_the_pin_and_opens_nothing_without_it(qtbot, data_folder: Path,
                                                                            clock: FixedClock) -> None:
    application()
    tasks = DbTasks(data_folder / "terminal.db", clock)
    service = PrintService(data_folder / "terminal.db", data_folder)
    window = MainWindow(tasks, Shop(), UiPreferences(), print_service=service)
    qtbot.addWidget(window)
    camera = CameraLink(window, CameraSettings(enabled=False))
    runner = sync_wiring.attach(window, tasks, data_folder)
    asked: list[bool] = []
    window.owner_confirmed = lambda: asked.append(True) or False
    try:
        actions = {"camera": camera.settings_action, "customer screen": window.customer_screen.settings_action,
                   "printer": window.printing.settings,
                   "sync": next(a for a in window.more_menu.actions() if "Sync settings" in a.text())}
        for name, action in actions.items():
            before = len(asked)
            action.trigger()
            assert len(asked) == before + 1, name
            assert "owner's PIN" in window.status_text.text()
        assert not hasattr(camera, "settings_dialog")
        assert not hasattr(window.customer_screen, "settings_dialog")
    finally:
        camera.worker.stop()
        if runner is not None:
            runner.shutdown()
        qtbot.waitUntil(tasks.is_idle)
        tasks.shutdown()
        service.shutdown()

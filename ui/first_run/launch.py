"""Opening the first run over the cashier's window, and what its answers change there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from terminal.loyalty import Rules
from terminal.preferences import UiPreferences
from terminal.scan.settings import CameraSettings
from terminal.shop import Shop
from ui.camera.worker import CameraWorker
from ui.first_run.wizard import FirstRunWizard
from ui.printing.service import PrintService

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def open_first_run(window: MainWindow, camera: CameraSettings, folder: Path | None, *, pin_set: bool,
                   preferences: UiPreferences, print_service: PrintService | None = None,
                   camera_worker: CameraWorker | None = None, current_rules: Rules | None = None,
                   when_closed: Callable[[], None] | None = None) -> FirstRunWizard:
    """The wizard, modal over ``window``; ``when_closed`` runs after Finish or Cancel (the camera starts then)."""
    service = print_service or (window.printing.service if window.printing is not None else None)
    if service is None:
        service = PrintService(window.tasks.db_path, folder or window.tasks.db_path.parent, parent=window)
    worker = camera_worker or CameraWorker(camera)
    wizard = FirstRunWizard(window.tasks, window.shop, pin_set=pin_set, preferences=preferences, camera=worker,
                            print_service=service, folder=folder, current_rules=current_rules, parent=window)
    worker.setParent(wizard)

    def saved(shop: Shop) -> None:
        window.apply_shop(shop)
        window.customer_screen.reload_settings()
        window.cashier.show_message("info", window.tr("Set-up saved. Ready for the first customer."))

    wizard.setup_saved.connect(saved)
    if when_closed is not None:
        wizard.finished.connect(lambda _result: when_closed())
    wizard.open()
    return wizard


def first_run_or_camera(window: MainWindow, folder: Path, camera: CameraSettings,
                        preferences: UiPreferences) -> FirstRunWizard | None:
    """At start, once the shop is known: the set-up when it is not set up yet, else the cashier's camera.

    The set-up has its own camera test; the cashier's camera starts once it closes (one reader at a time).
    """
    link = getattr(window, "camera", None)
    start = link.start if link is not None else None
    if not window.first_run_needed:
        if start is not None:
            start()
        return None
    return open_first_run(window, camera, folder, pin_set=window.pin_set, preferences=preferences,
                          when_closed=start)


def add_rerun_action(window: MainWindow, folder: Path, preferences: UiPreferences) -> QAction:
    """"Set-up again" in the More menu, behind the owner's PIN: the same pages on the shop's current values.

    The cashier's camera pauses while the set-up's camera test runs (one reader of a webcam at a time).
    """
    action = QAction(QCoreApplication.translate("FirstRun", "Set-up again (language, shop, camera, printer, hub)…"),
                     window)
    action.setShortcut(QKeySequence("Ctrl+F10"))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def rerun() -> None:
        if not window.owner_confirmed():
            return
        link = getattr(window, "camera", None)
        settings = link.worker.settings if link is not None else CameraSettings()
        if link is not None:
            link.worker.stop()

        def show(rules: Rules) -> None:
            window.first_run = open_first_run(  # type: ignore[attr-defined]
                window, settings, folder, pin_set=True, preferences=preferences, current_rules=rules,
                when_closed=(link.start if link is not None else None))

        window.tasks.run(lambda counter: counter.rules(), show)

    action.triggered.connect(rerun)
    window.add_secondary_action(action)
    return action

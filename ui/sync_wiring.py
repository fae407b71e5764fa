"""Connecting sync to the main window: status bar text, F5 to sync now, Shift+F5 for its settings, and
the hub's confirmation of redemptions on the counter."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from terminal.sync import guard
from terminal.sync import settings as sync_settings
from terminal.sync.settings import SyncSettings
from ui.sync_settings_dialog import SyncSettingsDialog
from ui.sync_status import SyncRunner, SyncStatusLabel
from ui.tasks import DbTasks

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def open_settings(window: MainWindow, runner: SyncRunner) -> SyncSettingsDialog:
    """The sync preferences dialog; saving stores them in the data folder and applies them at once."""
    dialog = SyncSettingsDialog(runner.settings, parent=window)

    def save(settings: SyncSettings) -> None:
        sync_settings.save(runner.data_dir, settings)  # a few hundred bytes of JSON
        runner.apply_settings(settings)
        runner.refresh_status()

    dialog.saved.connect(save)
    dialog.open()
    return dialog


def attach(window: MainWindow, tasks: DbTasks, folder: Path) -> SyncRunner:
    """Give the window sync: call once after building it; call `shutdown()` on the result when closing."""
    runner = SyncRunner(folder, tasks.write, parent=window)
    label = SyncStatusLabel(window)
    window.statusBar().addPermanentWidget(label)
    runner.status_changed.connect(lambda status: label.show_status(status, runner.settings.configured))

    def install_guard(settings: SyncSettings) -> None:
        tasks.run(lambda counter: guard.install(counter, settings))  # on the database thread, as the counter

    runner.settings_applied.connect(install_guard)
    runner.start()
    action = QAction(QCoreApplication.translate("MainWindow", "Sync now (F5)"), window)
    action.setShortcut(QKeySequence("F5"))
    action.triggered.connect(runner.sync_now)
    window.add_secondary_action(action)
    settings_action = QAction(QCoreApplication.translate("MainWindow", "Sync settings (Shift+F5)"), window)
    settings_action.setShortcut(QKeySequence("Shift+F5"))
    settings_action.triggered.connect(window.owner_only(lambda: open_settings(window, runner)))
    window.add_secondary_action(settings_action)
    window.sync_action = action  # type: ignore[attr-defined]
    window.sync_label = label  # type: ignore[attr-defined]
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(runner.shutdown)
    return runner

"""The camera joined to the cashier's window: a preview dock, and scans into the code field's path.

A card or a receipt's code from the camera goes to the same ``CashierView.submit_code`` as the USB
scanner and typed codes; a code that is not ours only puts "not one of our cards" in the banner.
The camera stops when the window closes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from terminal.scan import settings as camera_settings
from terminal.scan.model import ScanEvent
from terminal.scan.scanner import ScannerOptions
from terminal.scan.settings import CameraSettings
from terminal.scan.sources import FrameSource
from ui.camera.preview import CameraPanel
from ui.camera.settings_dialog import CameraSettingsDialog
from ui.camera.worker import CameraWorker

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class CameraLink(QObject):
    def __init__(self, main: MainWindow, settings: CameraSettings, *, folder: Path | None = None,
                 source_factory: Callable[[], FrameSource] | None = None,
                 options: ScannerOptions | None = None) -> None:
        super().__init__(main)
        self.main = main
        self.folder = folder  # where the settings are saved; None: only for this run
        self.worker = CameraWorker(settings, self, source_factory=source_factory, options=options)
        self.panel = CameraPanel(self.worker)
        self.dock = QDockWidget(self.tr("Camera"), main)
        self.dock.setObjectName("cameraDock")
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.dock.setWidget(self.panel)
        self.panel.setMinimumWidth(300)
        main.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.worker.code_scanned.connect(self.scanned)
        self.worker.foreign_code.connect(self.foreign)
        main.installEventFilter(self)
        app = QCoreApplication.instance()
        if app is not None:  # quitting without closing the window must not leave the camera's thread running
            app.aboutToQuit.connect(self.worker.stop)
        # Set up once by the owner: in the window's More menu, not on the cashier's toolbar.
        self.settings_action = QAction(self.tr("Camera settings (Shift+F10)"), main)
        self.settings_action.setShortcut(QKeySequence("Shift+F10"))
        self.settings_action.triggered.connect(main.owner_only(self.open_settings))
        main.add_secondary_action(self.settings_action)

    def open_settings(self) -> CameraSettingsDialog:
        dialog = CameraSettingsDialog(self.worker.settings, self.main)
        dialog.saved.connect(self.apply_settings)
        dialog.open()
        self.settings_dialog = dialog
        return dialog

    @Slot(object)
    def apply_settings(self, settings: CameraSettings) -> None:
        if self.folder is not None:
            camera_settings.save(self.folder, settings)
        self.panel.set_mirror(settings.mirror)
        self.worker.restart(settings)

    def start(self) -> None:
        self.worker.start()

    @Slot(object)
    def scanned(self, event: ScanEvent) -> None:
        self.main.cashier.submit_code(event.text)

    @Slot(str)
    def foreign(self, _text: str) -> None:
        self.main.cashier.show_message("warning", self.tr("Not one of our cards."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main and event.type() == QEvent.Type.Close:
            self.worker.stop()
        return False

"""Starting the terminal: data folder, logging, Qt application, style, main window."""

from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from terminal import demo
from terminal.clock import Clock
from terminal.logs import setup_logging
from terminal.paths import data_dir, database_path, preferences_path
from terminal.preferences import UiPreferences, load_section
from terminal.resources import resource_path
from terminal.scan.settings import startup_settings
from terminal.shop import Shop
from ui import i18n, sync_wiring
from ui.camera.wiring import CameraLink
from ui.main_window import MainWindow
from ui.printing.service import PrintService
from ui.tasks import DbTasks
from ui.window_fit import fit_to_screen, restore_geometry

log = logging.getLogger("ui")
_QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), message)


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Loyalty Terminal")
    app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
    return app  # type: ignore[return-value]


def prepare_folder(args: argparse.Namespace) -> Path:
    """The data folder; with --demo a fresh one filled with demo history (unless one was named)."""
    if getattr(args, "demo", False):
        folder = data_dir(args.data_dir or tempfile.mkdtemp(prefix="loyalty-demo-"))
        if not database_path(folder).exists():
            print(f"Making demo data in {folder} …", file=sys.stderr)
            demo.generate(folder)
        return folder
    return data_dir(args.data_dir)


def build_main_window(folder: Path, clock: Clock | None = None, language: str | None = None) -> MainWindow:
    """The window at once; the database opens (and migrates) on the writer's thread as its first job.

    The readers (sync, printing, the owner) open their connections without migrating, and only after
    the writer's first job: jobs on one worker run in order, and theirs are queued behind it.
    The screens speak `language`, else this terminal's ``ui.language``, else the shop's (once known).
    """
    preferences = load_section(preferences_path(folder), "ui", UiPreferences)
    if language or preferences.language:
        i18n.apply(language or preferences.language)
    tasks = DbTasks(database_path(folder), clock)
    printing = PrintService(database_path(folder), folder)
    if language:
        preferences = dataclasses.replace(preferences, language=language)
    window = MainWindow(tasks, Shop(), preferences, log_path=folder / "logs" / "terminal.log", print_service=printing)

    def opened(shop: Shop) -> None:
        window.show_shop(shop)
        window.sync_runner = sync_wiring.attach(window, tasks, folder)
        tasks.run(lambda c: c.expire_points())

    tasks.run(lambda c: c.shop(), opened)
    return window


def _no_display() -> bool:
    import os

    return (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"))


def run_app(args: argparse.Namespace) -> int:
    if _no_display():
        print("There is no display here. Run the app under a virtual screen:\n"
              "  xvfb-run -a .venv/bin/python main.py --demo\n"
              "or render a view to a file:\n"
              "  .venv/bin/python main.py screenshot cashier cashier.png --data-dir DIR", file=sys.stderr)
        return 2
    folder = prepare_folder(args)
    log_path = setup_logging(folder)
    qInstallMessageHandler(_qt_message)
    log.info("starting with data folder %s", folder)
    app = application()
    window = build_main_window(folder)
    window.log_path = log_path
    camera = startup_settings(folder, getattr(args, "camera", None), getattr(args, "demo", False))
    window.camera = CameraLink(window, camera, folder=folder)  # type: ignore[attr-defined]
    window.camera.start()  # type: ignore[attr-defined]
    if not restore_geometry(window, "main", folder):
        fit_to_screen(window, QSize(1280, 800))
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)  # a counter uses its screen
    window.geometry_folder = folder
    window.show()
    return app.exec()

"""Starting the terminal: data folder, logging, Qt application, style, main window."""

from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, QSize, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from terminal import demo, first_run, health
from terminal.clock import Clock
from terminal.logs import setup_logging
from terminal.owner_access import OwnerAccess
from terminal.paths import data_dir, database_path, preferences_path
from terminal.preferences import UiPreferences, load_section
from terminal.resources import resource_path
from terminal.scan.settings import startup_settings
from terminal.shop import Shop
from ui import i18n, sync_wiring
from ui.camera.wiring import CameraLink
from ui.database_screen import DatabaseScreen
from ui.first_run.launch import add_rerun_action, first_run_or_camera
from ui.main_window import MainWindow
from ui.printing.service import PrintService
from ui.tasks import DbTasks
from ui.window_fit import fit_to_screen, restore_geometry
from ui.worker import ThreadWorker

log = logging.getLogger("ui")
_QT_LEVELS = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), message)


def application() -> QApplication:
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("Loyalty Terminal")
    app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
    return app


def prepare_folder(args: argparse.Namespace) -> Path:
    """The data folder; with --demo a fresh one filled with demo history (unless one was named)."""
    if getattr(args, "demo", False):
        folder = data_dir(args.data_dir or tempfile.mkdtemp(prefix="loyalty-demo-"))
        if not database_path(folder).exists():
            print(f"Making demo data in {folder} …", file=sys.stderr)
            demo.generate(folder)
        return folder
    return data_dir(args.data_dir)


def build_main_window(folder: Path, clock: Clock | None = None, language: str | None = None,
                      ready: Callable[[MainWindow], None] | None = None) -> MainWindow:
    """The window at once; the database opens (and migrates) on the writer's thread as its first job.

    The readers (sync, printing, the owner) open their connections without migrating, and only after
    the writer's first job: jobs on one worker run in order, and theirs are queued behind it. ``ready``
    runs once the shop is known (and whether it still needs its first-run set-up).
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

    def opened(state: tuple[Shop, bool, bool]) -> None:
        shop, set_up, window.pin_set = state
        window.first_run_needed = not set_up
        window.show_shop(shop)
        window.sync_runner = sync_wiring.attach(window, tasks, folder)
        tasks.run(lambda c: c.expire_points())
        if ready is not None:
            ready(window)

    tasks.run(lambda c: (c.shop(), first_run.is_set_up(c.db), OwnerAccess(c.db).has_pin()), opened)
    return window


class Startup(QObject):
    """The start-up path: the database is checked and its layout updated off the GUI thread
    (terminal.health.prepare); when it is good the main window is built and handed to `show_main`, when
    not the database screen is shown, which does that once the owner has brought the data back."""

    finished = Signal()

    def __init__(self, folder: Path, show_main: Callable[[MainWindow], None], clock: Clock | None = None,
                 ready: Callable[[MainWindow], None] | None = None) -> None:
        super().__init__()
        self.folder, self.show_main, self.clock, self.ready = folder, show_main, clock, ready
        self.screen: DatabaseScreen | None = None
        self.done = False
        self._worker: ThreadWorker[Path] = ThreadWorker(lambda: folder, lambda _folder: None, "startup", self)
        self._worker.run(health.prepare, self._checked)

    def _checked(self, state: health.Health) -> None:
        self._worker.shutdown()
        if state.ok:
            self.show_main(build_main_window(self.folder, self.clock, ready=self.ready))
        else:
            log.warning("the database cannot be used: %s (%s)", state.problem, state.detail)
            self.screen = DatabaseScreen(self.folder, state)
            self.screen.recovered.connect(
                lambda: self.show_main(build_main_window(self.folder, self.clock, ready=self.ready)))
            self.screen.resize(1000, 640)
            self.screen.show()
        self.done = True
        self.finished.emit()


def start(folder: Path, show_main: Callable[[MainWindow], None], clock: Clock | None = None,
          ready: Callable[[MainWindow], None] | None = None) -> Startup:
    return Startup(folder, show_main, clock, ready)
def show_uncaught_errors(window: MainWindow) -> None:
    """An exception no slot caught (logged by terminal/logs.py's hook) also shows the bug dialog."""
    logged = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: object) -> None:
        logged(kind, value, tb)  # type: ignore[arg-type]
        if threading.current_thread() is threading.main_thread() and not issubclass(kind, KeyboardInterrupt):
            window.show_bug(value)

    sys.excepthook = hook


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
    preferences = load_section(preferences_path(folder), "ui", UiPreferences)
    if preferences.language:
        i18n.apply(preferences.language)
    camera = startup_settings(folder, getattr(args, "camera", None), getattr(args, "demo", False))

    def ready(window: MainWindow) -> None:
        window.first_run = first_run_or_camera(window, folder, camera, preferences)  # type: ignore[attr-defined]

    def show_main(window: MainWindow) -> None:
        window.log_path = log_path
        show_uncaught_errors(window)
        window.camera = CameraLink(window, camera, folder=folder)  # type: ignore[attr-defined]
        if not restore_geometry(window, "main", folder):
            fit_to_screen(window, QSize(1280, 800))
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)  # a counter uses its screen
        window.geometry_folder = folder
        add_rerun_action(window, folder, preferences)
        window.show()
        shown.append(window)

    shown: list[QObject] = [start(folder, show_main, ready=ready)]  # kept alive until the app ends
    return app.exec()

"""The "Owner" entry point the cashier window opens: the PIN first, then the dashboard.

``open_owner`` returns the window (or None when the PIN dialog was cancelled); the caller may
connect ``idle_timeout`` to return to cashier mode. ``require_pin`` guards the settings dialog and
manual point adjustments the same way.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from terminal.clock import Clock, SystemClock
from terminal.db import connect
from terminal.owner_access import OwnerAccess
from terminal.writer import WriteRunner
from ui.owner.pin_dialog import PinDialog
from ui.owner.window import OwnerWindow
from ui.owner.worker import OwnerWorker


def ask_pin(worker: OwnerWorker, clock: Clock, first_run: bool, parent: QWidget | None = None) -> bool:
    return PinDialog(worker, clock, first_run, parent).exec() == QDialog.DialogCode.Accepted


def _first_run(db_path: Path) -> bool:
    # Reading one meta row is instant; the scrypt check itself runs on the worker.
    probe = connect(db_path)
    try:
        return not OwnerAccess(probe).has_pin()
    finally:
        probe.close()


def require_pin(db_path: Path, write: WriteRunner, clock: Clock | None = None, parent: QWidget | None = None) -> bool:
    """Ask for the owner's PIN (or to set one, at first run) before settings or a manual adjustment."""
    worker = OwnerWorker(db_path, write)
    try:
        return ask_pin(worker, clock or SystemClock(), _first_run(db_path), parent)
    finally:
        worker.shutdown()


def open_owner(db_path: Path, write: WriteRunner, clock: Clock | None = None,
               parent: QWidget | None = None) -> OwnerWindow | None:
    clock = clock or SystemClock()
    worker = OwnerWorker(db_path, write)
    if not ask_pin(worker, clock, _first_run(db_path), parent):
        worker.shutdown()
        return None
    window = OwnerWindow(db_path, clock=clock, worker=worker)
    worker.setParent(window)
    window.show()
    return window

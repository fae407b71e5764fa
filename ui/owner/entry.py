"""The "Owner" entry point the cashier window opens: the PIN first, then the dashboard.

``open_owner`` returns the window (or None when the PIN dialog was cancelled); the caller may
connect ``idle_timeout`` to return to cashier mode. ``require_pin`` guards the settings dialog and
manual point adjustments the same way.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from terminal.clock import Clock, SystemClock
from terminal.writer import WriteRunner
from ui.owner.pin_dialog import PinDialog
from ui.owner.window import OwnerWindow
from ui.owner.worker import OwnerWorker


def ask_pin(worker: OwnerWorker, clock: Clock, parent: QWidget | None = None) -> bool:
    """The PIN dialog; it asks the worker whether a PIN is set yet (first run) before it shows its form."""
    return PinDialog(worker, clock, None, parent).exec() == QDialog.DialogCode.Accepted


def require_pin(db_path: Path, write: WriteRunner, clock: Clock | None = None, parent: QWidget | None = None) -> bool:
    """Ask for the owner's PIN (or to set one, at first run) before settings or a manual adjustment."""
    worker = OwnerWorker(db_path, write)
    try:
        return ask_pin(worker, clock or SystemClock(), parent)
    finally:
        worker.shutdown()


def open_owner(db_path: Path, write: WriteRunner, clock: Clock | None = None,
               parent: QWidget | None = None, *, pin_checked: bool = False) -> OwnerWindow | None:
    """The dashboard after the owner's PIN; `pin_checked` when an owner signed in with their own PIN."""
    clock = clock or SystemClock()
    worker = OwnerWorker(db_path, write)
    if not pin_checked and not ask_pin(worker, clock, parent):
        worker.shutdown()
        return None
    window = OwnerWindow(db_path, clock=clock, worker=worker)
    worker.setParent(window)
    window.show()
    return window

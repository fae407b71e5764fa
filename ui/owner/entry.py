"""The "Owner" entry point the cashier window opens: the PIN first, then the dashboard.

``open_owner`` returns the window (or None when the PIN dialog was cancelled); the caller may
connect ``idle_timeout`` to return to cashier mode.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from terminal.clock import Clock, SystemClock
from terminal.db import meta_get
from terminal.owner_access import PIN_KEY
from ui.owner.pin_dialog import PinDialog
from ui.owner.window import OwnerWindow
from ui.owner.worker import OwnerWorker


def ask_pin(worker: OwnerWorker, clock: Clock, first_run: bool, parent: QWidget | None = None) -> bool:
    return PinDialog(worker, clock, first_run, parent).exec() == QDialog.DialogCode.Accepted


def open_owner(db_path: Path, clock: Clock | None = None, parent: QWidget | None = None) -> OwnerWindow | None:
    clock = clock or SystemClock()
    worker = OwnerWorker(db_path)
    # Reading one meta row is instant; the scrypt check itself runs on the worker.
    from terminal.db import connect

    probe = connect(db_path)
    first_run = meta_get(probe, PIN_KEY) is None
    probe.close()
    if not ask_pin(worker, clock, first_run, parent):
        worker.shutdown()
        return None
    window = OwnerWindow(db_path, clock=clock, worker=worker)
    worker.setParent(window)
    window.show()
    return window

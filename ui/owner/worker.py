"""The dashboard's own worker thread with its OWN read connection.

Stats queries can take a moment on a big ledger; they run here, never on the GUI thread and never on
the cashier's writing connection. The connection is opened inside the worker thread (SQLite
connections stay on the thread that made them) and closed there on shutdown. Results and errors
come back to the GUI thread through a queued signal; ``busy_changed`` drives the visible busy state.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils
from PySide6.QtCore import QObject, Signal

from terminal.db import connect
from ui.worker import ThreadWorker


class OwnerWorker(ThreadWorker[sqlite_utils.Database]):
    progress = Signal(str, int, int)  # phase, done, total: emitted from the worker, queued to the GUI

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(lambda: connect(db_path), lambda db: db.close(), "owner", parent)
        self._db_path = db_path

    def report_progress(self, phase: str, done: int, total: int) -> None:
        """For jobs: call from the worker thread; the GUI gets it through ``progress``."""
        self.progress.emit(phase, done, total)

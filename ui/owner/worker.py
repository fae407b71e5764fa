"""The dashboard's own worker thread with its OWN read connection.

Stats queries can take a moment on a big ledger; they run here, never on the GUI thread and never on
the cashier's writing connection. The connection is opened inside the worker thread (SQLite
connections stay on the thread that made them) and closed there on shutdown. Results and errors
come back to the GUI thread through a queued signal; ``busy_changed`` drives the visible busy state.

The ledger's chain check (seconds on a big ledger) runs on a second worker, ``chain``, with a
connection of its own: a period the owner picks meanwhile is answered at once instead of behind it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from terminal.db import Database, connect
from terminal.writer import EventWriter, WriteRunner
from ui.worker import ThreadWorker

R = TypeVar("R")


class ReadOnlyView(RuntimeError):
    """A write was asked of an owner view opened without the terminal's writer (a screenshot)."""


def _refuse(_job: Callable[[EventWriter], R]) -> R:
    raise ReadOnlyView("this owner view has no writer: it can only read")


class OwnerWorker(ThreadWorker[Database]):
    """Reads on its own connection; writes (PIN state, an import's chunks) go to ``write``, the
    process's one writer (the cashier's database worker), from this worker's thread."""

    progress = Signal(str, int, int)  # phase, done, total: emitted from the worker, queued to the GUI

    def __init__(self, db_path: Path, write: WriteRunner | None = None, parent: QObject | None = None) -> None:
        super().__init__(lambda: connect(db_path, migrate=False), lambda db: db.close(), "owner", parent)
        self._db_path = db_path
        self.write: WriteRunner = write or _refuse
        # Its connection opens with its first job: the PIN dialog's worker never opens one.
        self.chain: ThreadWorker[Database] = ThreadWorker(
            lambda: connect(db_path, migrate=False), lambda db: db.close(), "owner-chain", self)
        self.chain.unexpected_error.connect(self.unexpected_error)  # a bug in the check, reported as the others
        self.stopping = threading.Event()  # set at shutdown: the check (terminal.chain.verify) ends early

    def report_progress(self, phase: str, done: int, total: int) -> None:
        """For jobs: call from the worker thread; the GUI gets it through ``progress``."""
        self.progress.emit(phase, done, total)

    def shutdown(self) -> None:
        """Stop a running chain check, then finish queued work and close both connections. Safe to call twice."""
        self.stopping.set()
        self.chain.shutdown()
        super().shutdown()

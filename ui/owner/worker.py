"""The dashboard's own worker thread with its OWN read connection.

Stats queries can take a moment on a big ledger; they run here, never on the GUI thread and never on
the cashier's writing connection. The connection is opened inside the worker thread (SQLite
connections stay on the thread that made them) and closed there on shutdown. Results and errors
come back to the GUI thread through a queued signal; ``busy_changed`` drives the visible busy state.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils
from PySide6.QtCore import QObject, Signal

from terminal.db import connect

log = logging.getLogger("ui")
R = TypeVar("R")


class OwnerWorker(QObject):
    _delivered = Signal(object)
    busy_changed = Signal(bool)
    progress = Signal(str, int, int)  # phase, done, total: emitted from the worker, queued to the GUI
    unexpected_error = Signal(object)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="owner")
        self._local = threading.local()
        self._pending = 0
        self._closed = False
        self._delivered.connect(self._deliver)

    def _db(self) -> sqlite_utils.Database:
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = connect(self._db_path)
        return db

    def run(self, job: Callable[[sqlite_utils.Database], R], on_done: Callable[[R], None] | None = None,
            on_error: Callable[[Exception], bool | None] | None = None) -> None:
        """Run ``job(db)`` on the worker; ``on_error`` returns True when it handled the error."""
        if self._closed:
            return
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def work() -> None:
            try:
                result = job(self._db())
            except Exception as exc:
                self._delivered.emit((on_done, None, exc, on_error))
            else:
                self._delivered.emit((on_done, result, None, on_error))

        self._executor.submit(work)

    def report_progress(self, phase: str, done: int, total: int) -> None:
        """For jobs: call from the worker thread; the GUI gets it through ``progress``."""
        self.progress.emit(phase, done, total)

    def _deliver(self, payload: tuple[Any, Any, Exception | None, Any]) -> None:
        on_done, result, error, on_error = payload
        self._pending -= 1
        try:
            if error is None:
                if on_done is not None:
                    on_done(result)
            elif on_error is None or not on_error(error):
                log.error("unexpected error in an owner task", exc_info=error)
                self.unexpected_error.emit(error)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def is_idle(self) -> bool:
        return self._pending == 0

    def shutdown(self) -> None:
        """Finish queued work, close the connection on its own thread. Safe to call twice."""
        if self._closed:
            return
        self._closed = True

        def close() -> None:
            db = getattr(self._local, "db", None)
            if db is not None:
                db.close()
                self._local.db = None

        self._executor.submit(close)
        self._executor.shutdown(wait=True)

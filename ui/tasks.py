"""The one way to run work off the GUI thread.

``DbTasks`` owns the terminal's only writing connection on a single worker thread: every call runs
there, one at a time, and its result or error comes back to the GUI thread through a queued signal.
Screens hold no threading code of their own.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from terminal import backup
from terminal.clock import Clock, SystemClock
from terminal.counter import Counter
from terminal.db import checkpoint, connect
from terminal.paths import backups_dir

log = logging.getLogger("ui")
R = TypeVar("R")
Job = Callable[[Counter], R]
HOUSEKEEPING_INTERVAL_MS = 20_000


class DbTasks(QObject):
    """Runs jobs against the Counter on one database thread; callbacks run on the GUI thread."""

    _delivered = Signal(object)
    busy_changed = Signal(bool)
    unexpected_error = Signal(object)  # an exception no caller handled: a bug, shown generically

    def __init__(self, db_path: Path, clock: Clock | None = None, parent: QObject | None = None,
                 housekeeping_ms: int = HOUSEKEEPING_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._clock = clock or SystemClock()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self._local = threading.local()
        self._pending = 0
        self._closed = False
        self._counters: list[Counter] = []
        self._delivered.connect(self._deliver)
        # WAL checkpoints and the daily backup happen between customers, so a sale never waits for them.
        self._checkpoint_timer = QTimer(self, interval=housekeeping_ms)
        self._checkpoint_timer.timeout.connect(self._checkpoint_when_idle)
        self._checkpoint_timer.start()

    def _counter(self) -> Counter:
        counter = getattr(self._local, "counter", None)
        if counter is None:
            counter = Counter(connect(self._db_path), clock=self._clock)
            self._local.counter = counter
            self._counters.append(counter)
        return counter

    def run(self, job: Job[R], on_done: Callable[[R], None] | None = None,
            on_error: Callable[[Exception], bool | None] | None = None) -> None:
        """Run `job(counter)` on the database thread.

        `on_error` returns True when it handled the error; anything unhandled is a bug and goes to
        `unexpected_error` with its traceback logged.
        """
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def work() -> None:
            try:
                result = job(self._counter())
            except Exception as exc:
                self._delivered.emit((on_done, None, exc, on_error))
            else:
                self._delivered.emit((on_done, result, None, on_error))

        self._executor.submit(work)

    def _deliver(self, payload: tuple[Any, Any, Exception | None, Any]) -> None:
        on_done, result, error, on_error = payload
        self._pending -= 1
        try:
            if error is None:
                if on_done is not None:
                    on_done(result)
            elif on_error is None or not on_error(error):
                log.error("unexpected error in a database task", exc_info=error)
                self.unexpected_error.emit(error)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def _checkpoint_when_idle(self) -> None:
        if self._pending == 0 and not self._closed:
            self.run(self._housekeeping)

    def _housekeeping(self, counter: Counter) -> None:
        checkpoint(counter.db)
        now = self._clock.now()
        if backup.due(backups_dir(self._db_path.parent), now):
            backup.backup(self._db_path, backups_dir(self._db_path.parent), now)

    @property
    def db_path(self) -> Path:
        return self._db_path

    @property
    def clock(self) -> Clock:
        return self._clock

    def is_idle(self) -> bool:
        return self._pending == 0

    def shutdown(self) -> None:
        """Finish queued work and close the connection on its own thread. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self._checkpoint_timer.stop()

        def close() -> None:
            counter = getattr(self._local, "counter", None)
            if counter is not None:
                counter.db.close()
                self._local.counter = None

        self._executor.submit(close)
        self._executor.shutdown(wait=True)

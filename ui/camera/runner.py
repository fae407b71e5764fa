"""Runs a generator in a worker thread and hands what it yields to the GUI thread, with a cooperative stop.

The generator function receives a :class:`threading.Event`; it must check it (or wait on it) between
steps. ``stop()`` sets the event and waits for the thread to end: no QThread subclass, no ``quit()``
pretending to interrupt work that has no event loop. Errors are logged with their traceback and
reported through ``failed``; none disappears.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

log = logging.getLogger("ui")

GeneratorFunction = Callable[[threading.Event], Iterator[Any]]


class _Job(QObject):
    yielded = Signal(object)
    failed = Signal(object)
    done = Signal()

    def __init__(self, function: GeneratorFunction, stop: threading.Event) -> None:
        super().__init__()
        self._function, self._stop = function, stop

    @Slot()
    def run(self) -> None:
        try:
            for item in self._function(self._stop):
                self.yielded.emit(item)
                if self._stop.is_set():
                    break
        except Exception as exc:  # reported, not swallowed: the GUI shows it and the log keeps the traceback
            log.exception("worker failed")
            self.failed.emit(exc)
        finally:
            self.done.emit()


class GeneratorRunner(QObject):
    """One run of a generator function in its own thread; signals arrive on the GUI thread."""

    yielded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, function: GeneratorFunction, name: str = "worker", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._job = _Job(function, self._stop)
        self._job.moveToThread(self._thread)
        self._thread.started.connect(self._job.run)
        self._job.yielded.connect(self.yielded)
        self._job.failed.connect(self.failed)
        # quit() is thread-safe; a queued call would wait for the GUI thread, which may be blocked in stop()
        self._job.done.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.finished.connect(self.finished)

    def start(self) -> None:
        self._thread.start()

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def stop(self, timeout_ms: int = 5000) -> bool:
        """Asks the generator to stop and waits for its thread; False if it did not end in time."""
        self._stop.set()
        if not self._thread.isRunning():
            return True
        ended = self._thread.wait(timeout_ms)
        if not ended:
            log.error("%s did not stop within %d ms", self._thread.objectName(), timeout_ms)
        return ended

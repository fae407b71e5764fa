"""The one way to run work off the GUI thread: a single worker thread that owns one resource.

The resource (a database connection, or the counter service around one) is opened on the worker
thread the first time a job needs it and closed there at shutdown, because SQLite connections stay
on the thread that made them. Jobs run one at a time, in order; each result or error comes back to
the GUI thread through a queued signal. Screens hold no threading code of their own.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

log = logging.getLogger("ui")
T = TypeVar("T")
R = TypeVar("R")


class ThreadWorker(QObject, Generic[T]):
    _delivered = Signal(object)
    busy_changed = Signal(bool)
    unexpected_error = Signal(object)  # an exception no caller handled: a bug, shown generically

    def __init__(self, open_resource: Callable[[], T], close_resource: Callable[[T], None], thread_name: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_resource = open_resource
        self._close_resource = close_resource
        self._resource: T | None = None  # touched only on the worker thread
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=thread_name)
        # The first lane and the later one; the executor gets one turn per job and each turn takes the
        # first lane's oldest job when there is one, else the later lane's.
        self._lanes: tuple[deque[tuple[Future[Any], Callable[[], Any]]], ...] = (deque(), deque())
        self._lanes_lock = threading.Lock()
        self._worker_thread: threading.Thread | None = None
        self._pending = 0
        self._closed = False
        self._delivered.connect(self._deliver)

    def _resource_here(self) -> T:
        if self._resource is None:
            self._worker_thread = threading.current_thread()
            self._resource = self._open_resource()
        return self._resource

    def _after_job(self, resource: T) -> None:
        """On the worker thread, after every job (done or failed): subclasses announce what it changed."""

    def _run_job(self, job: Callable[[T], R]) -> R:
        resource = self._resource_here()
        try:
            return job(resource)
        finally:
            self._after_job(resource)

    def _submit(self, work: Callable[[], R], later: bool = False) -> Future[R]:
        future: Future[R] = Future()
        with self._lanes_lock:
            self._lanes[1 if later else 0].append((future, work))
        self._executor.submit(self._take_turn)
        return future

    def _take_turn(self) -> None:
        with self._lanes_lock:
            future, work = (self._lanes[0] or self._lanes[1]).popleft()
        if not future.set_running_or_notify_cancel():
            return
        try:
            result = work()
        except BaseException as exc:  # handed to the waiting caller, as the executor would
            future.set_exception(exc)
        else:
            future.set_result(result)

    def run(self, job: Callable[[T], R], on_done: Callable[[R], None] | None = None,
            on_error: Callable[[Exception], bool | None] | None = None, *, later: bool = False) -> None:
        """Run `job(resource)` on the worker; callbacks run on the GUI thread. ``later``: in the later lane.

        `on_error` returns True when it handled the error; anything unhandled is a bug and goes to
        `unexpected_error` with its traceback logged. Nothing runs once the worker is shut down.
        """
        if self._closed:
            return
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def work() -> None:
            try:
                result = self._run_job(job)
            except Exception as exc:
                self._delivered.emit((on_done, None, exc, on_error))
            else:
                self._delivered.emit((on_done, result, None, on_error))

        self._submit(work, later)

    def call(self, job: Callable[[T], R], *, later: bool = False) -> R:
        """Run `job(resource)` on the worker and wait for its result, from another worker thread.

        For threads that do their slow part (the network, parsing a file) on their own and hand the
        write to this worker: the job queues behind the cashier's work and runs in order (``later``: it
        also lets the cashier's jobs queued after it go first). Never from
        the GUI thread (it would freeze the screen) nor from this worker's own thread (a deadlock).
        """
        if self._closed:
            raise RuntimeError("the worker is shut down")
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is app.thread():
            raise RuntimeError("ThreadWorker.call would block the GUI thread; use run()")
        if threading.current_thread() is self._worker_thread:
            return self._run_job(job)  # already on the worker: run in place rather than wait for itself
        return self._submit(lambda: self._run_job(job), later).result()

    def _deliver(self, payload: tuple[Any, Any, Exception | None, Any]) -> None:
        on_done, result, error, on_error = payload
        self._pending -= 1
        try:
            if error is None:
                if on_done is not None:
                    on_done(result)
            elif on_error is None or not on_error(error):
                log.error("unexpected error in a worker task", exc_info=error)
                self.unexpected_error.emit(error)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def is_idle(self) -> bool:
        return self._pending == 0

    def queued(self) -> tuple[int, int]:
        """Jobs waiting for their turn (not the one running): in the first lane, in the later one."""
        with self._lanes_lock:
            return len(self._lanes[0]), len(self._lanes[1])

    def shutdown(self) -> None:
        """Finish queued work, then close the resource on its own thread. Safe to call twice."""
        if self._closed:
            return
        self._closed = True

        def close() -> None:
            if self._resource is not None:
                self._close_resource(self._resource)
                self._resource = None

        self._submit(close, later=True)  # after every job queued in either lane
        self._executor.shutdown(wait=True)

"""The cashier's database worker: the terminal's only writing connection, on one thread.

Every counter operation runs there, one at a time (see ui/worker.py). Jobs handed over by other threads
(sync's pages, the import's chunks, the owner's changes) go in the worker's later lane: a sale queued
after them still goes first. Between customers, and only when no such bulk work has run for a while,
it also checkpoints the WAL and builds the owner's next mark (terminal/marks.py), so a sale never waits
for either, nor for them between an import's chunks. The daily backup only reads: it runs on a thread of
its own (checking and compressing a big file takes a while), so sales go on meanwhile.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from terminal import backup, erasure, marks
from terminal.clock import Clock, SystemClock
from terminal.counter import Counter
from terminal.db import checkpoint, connect
from terminal.paths import backups_dir
from terminal.writer import EventWriter
from ui.worker import ThreadWorker

HOUSEKEEPING_INTERVAL_MS = 20_000
# Housekeeping waits this long after the last handed-over job: an import or a sync round hands its next
# chunk or page over within milliseconds of the last, and a checkpoint or a mark between two of them would
# keep the sales waiting behind the import's WAL (and a mark the next chunk drops again).
BULK_QUIET_S = 5.0
# The writer gives the interpreter up at every SQLite call and must get it back from whichever thread took
# it: a busy one (the import checking its file, sync reading a page) keeps it for the switch interval, 5 ms
# by default, so a pulled page of 327 statements took 1,469 ms with 23 ms of CPU (bench_writer.py, load 1.5).
# 0.2 ms: with an import and a pull running, a sale's longest wait was 63-75 ms in five runs, against 76-279 ms
# at 1 ms (the first sales, meeting the import's busiest start), for 5 % more time on the bulk work.
SWITCH_INTERVAL_S = 0.0002
R = TypeVar("R")
log = logging.getLogger("db")


class DbTasks(ThreadWorker[Counter]):
    """Runs jobs against the Counter on one database thread; callbacks run on the GUI thread.

    It is the process's one writer: sync hands it each pulled page, the import each chunk, the owner
    PIN state, through :meth:`write` from their own threads. After every job it announces what changed
    (``changed``), and the open screens refresh from that one signal.
    """

    changed = Signal(object)  # Changes: emitted on the worker thread, delivered queued to the GUI
    # The same, for jobs handed over by write() (sync, the import, the owner): the cashier's own jobs
    # show their result in their callback already, so only these make the open customer be read again.
    changed_elsewhere = Signal(object)

    def __init__(self, db_path: Path, clock: Clock | None = None, parent: QObject | None = None,
                 housekeeping_ms: int = HOUSEKEEPING_INTERVAL_MS) -> None:
        self._db_path = db_path
        self._clock = clock or SystemClock()
        super().__init__(lambda: Counter(connect(db_path), clock=self._clock), lambda c: c.db.close(), "db", parent)
        self._backups: ThreadWorker[Path] = ThreadWorker(lambda: db_path, lambda _path: None, "backup", self)
        self._housekeeping_timer = QTimer(self, interval=housekeeping_ms)
        self._housekeeping_timer.timeout.connect(self._housekeeping_when_idle)
        self._housekeeping_timer.start()
        self._job_from_elsewhere = False  # touched only on the worker thread
        self._bulk_lock = threading.Lock()
        self._bulk_jobs = 0  # handed-over jobs queued or running
        self._bulk_done_at = float("-inf")  # time.monotonic() when the last one ended
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))  # for the whole process

    @property
    def db_path(self) -> Path:
        return self._db_path

    @property
    def clock(self) -> Clock:
        return self._clock

    def write(self, job: Callable[[EventWriter], R]) -> R:
        """Run a write job on the writer from another thread and wait for it (see ThreadWorker.call)."""
        def handed_over(counter: Counter) -> R:
            self._job_from_elsewhere = True
            return job(counter.writer)

        with self._bulk_lock:
            self._bulk_jobs += 1
        try:
            return self.call(handed_over, later=True)
        finally:
            with self._bulk_lock:
                self._bulk_jobs -= 1
                self._bulk_done_at = time.monotonic()

    def bulk_quiet(self) -> bool:
        """No handed-over job is queued or running, and none ended in the last ``BULK_QUIET_S``."""
        with self._bulk_lock:
            return self._bulk_jobs == 0 and time.monotonic() - self._bulk_done_at >= BULK_QUIET_S

    def _after_job(self, counter: Counter) -> None:
        changes = counter.writer.take_changes()
        from_elsewhere, self._job_from_elsewhere = self._job_from_elsewhere, False
        if changes.settings:
            counter.forget_cached_settings()
        if changes:
            self.changed.emit(changes)
            if from_elsewhere:
                self.changed_elsewhere.emit(changes)

    def _housekeeping_when_idle(self) -> None:
        if self.is_idle() and self.bulk_quiet():  # else at the next tick: a sale never waits behind it
            self.run(self._housekeeping, later=True)
        now, folder = self._clock.now(), backups_dir(self._db_path.parent, create=False)
        if self._backups.is_idle() and backup.due(folder, now):
            self._backups.run(lambda path: backup.backup(path, folder, now), on_error=self._backup_failed)

    def _housekeeping(self, counter: Counter) -> None:
        marks.extend(counter.db, limit=1)  # one at a time: a sale arriving meanwhile waits for one mark at most
        checkpoint(counter.db)
        erasure.compact_if_due(counter.db)  # an erasure's WAL that a reader kept busy: emptied now

    def _backup_failed(self, error: Exception) -> bool:
        if isinstance(error, backup.BackupFailed):  # a full disk, say: tried again at the next housekeeping
            log.warning("the daily backup failed and was not kept: %s", error)
            return True
        return False

    def shutdown(self) -> None:
        self._housekeeping_timer.stop()
        self._backups.shutdown()
        super().shutdown()

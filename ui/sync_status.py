"""Sync for the app: rounds on a schedule and on demand, off the GUI thread, and their status in words.

Sync has its own worker thread and its own (reading) database connection: a sale must never wait for
the network. Each pulled page is handed to the process's one writer (``write``, the cashier's
database worker), so a sale waits at most for one page. Results come back to the GUI thread through a
queued signal.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from terminal.clock import Clock, SystemClock
from terminal.db import connect
from terminal.paths import database_path
from terminal.sync import settings as sync_settings
from terminal.sync.client import SyncClient, SyncReport, SyncStatus, sync_status
from terminal.sync.transport import HubConnection, SyncError, SyncProblem
from terminal.writer import WriteRunner

log = logging.getLogger("sync")


class SyncRunner(QObject):
    """Runs one sync round at a time on its own thread; `finished`/`failed` and `status_changed` report back."""

    finished = Signal(object)  # SyncReport; when `applied` > 0 the counter should re-read its settings
    failed = Signal(object)  # SyncError
    status_changed = Signal(object)  # SyncStatus
    settings_applied = Signal(object)  # SyncSettings: the counter's redemption guard follows them
    _delivered = Signal(object)

    def __init__(self, data_dir: Path, write: WriteRunner, *, clock: Clock | None = None,
                 attempts: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._write = write
        self._clock = clock or SystemClock()
        self._attempts = attempts
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync")
        self._running = False
        self._closed = False
        self.settings = sync_settings.load(data_dir)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)
        self._delivered.connect(self._deliver)

    def start(self) -> None:
        """Start the schedule (when a hub is set) and show the current status."""
        self.apply_settings(self.settings)
        self.refresh_status()

    def apply_settings(self, settings: sync_settings.SyncSettings) -> None:
        self.settings = settings
        self.timer.stop()
        if settings.configured:
            self.timer.start(settings.interval_minutes * 60_000)
        self.settings_applied.emit(settings)

    def is_running(self) -> bool:
        return self._running

    def sync_now(self) -> bool:
        """Start a round unless one is running or no hub is set; True if one started."""
        if self._running or self._closed or not self.settings.configured:
            return False
        self._running = True
        settings = self.settings
        self._executor.submit(self._work, lambda db: self._round(db, settings))
        return True

    def refresh_status(self) -> None:
        if not self._closed:
            self._executor.submit(self._work, None)

    def _round(self, db: Any, settings: sync_settings.SyncSettings) -> SyncReport:
        with HubConnection(settings.hub_url, settings.token, timeout=settings.timeout_seconds,
                           attempts=self._attempts) as hub:
            return SyncClient(db, hub, clock=self._clock, write=self._write).run()

    def _work(self, job: Any) -> None:
        """On the sync thread: run the round (if any), then read the status, on a connection of its own."""
        db = connect(database_path(self.data_dir))
        outcome: object = None
        try:
            if job is not None:
                try:
                    outcome = job(db)
                except SyncError as error:
                    outcome = error
                except Exception as error:  # a bug: logged with its traceback, reported as a hub error
                    log.exception("sync round failed unexpectedly")
                    outcome = SyncError(SyncProblem.HUB_ERROR, type(error).__name__)
            self._delivered.emit((job is not None, outcome, sync_status(db)))
        finally:
            db.close()

    def _deliver(self, payload: tuple[bool, object, SyncStatus]) -> None:
        was_round, outcome, status = payload
        if was_round:
            self._running = False
            if isinstance(outcome, SyncError):
                self.failed.emit(outcome)
            else:
                self.finished.emit(outcome)
        self.status_changed.emit(status)

    def shutdown(self) -> None:
        """Stop the schedule and wait for a running round to end. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self.timer.stop()
        self._executor.shutdown(wait=True)


class SyncStatusLabel(QLabel):
    """The status bar's sync part: "Last sync 10:42 · 3 events waiting · The hub cannot be reached"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Sync: checking…"))

    def problem_words(self, problem: SyncProblem) -> str:
        return {
            SyncProblem.NOT_CONFIGURED: self.tr("no hub set"),
            SyncProblem.UNREACHABLE: self.tr("the hub cannot be reached"),
            SyncProblem.BAD_TOKEN: self.tr("the hub refused this terminal's token"),
            SyncProblem.REFUSED: self.tr("the hub refused some data; see the log"),
            SyncProblem.HUB_ERROR: self.tr("the hub had an error; will retry"),
            SyncProblem.EPOCH_CHANGED: self.tr("the hub was restored; syncing again"),
        }[problem]

    def show_status(self, status: SyncStatus, configured: bool = True, now: datetime | None = None) -> None:
        if not configured:
            self.setText(self.tr("Sync off (no hub set) · {0} events not sent").format(status.waiting))
            return
        parts = []
        if status.last_sync is None:
            parts.append(self.tr("Never synced"))
        else:
            local = status.last_sync.astimezone()
            today = (now or datetime.now().astimezone()).date()
            when = local.strftime("%H:%M") if local.date() == today else local.strftime("%Y-%m-%d %H:%M")
            parts.append(self.tr("Last sync {0}").format(when))
        if status.waiting == 0:
            parts.append(self.tr("all sent"))
        elif status.waiting == 1:
            parts.append(self.tr("1 event waiting"))
        else:
            parts.append(self.tr("{0} events waiting").format(status.waiting))
        if status.problem is not None:
            parts.append(self.problem_words(status.problem))
        self.setText(" · ".join(parts))
        self.setProperty("problem", status.problem is not None)
        self.setToolTip(status.detail)

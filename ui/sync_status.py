"""Sync for the app: rounds on a schedule and on demand, off the GUI thread, and their status in words.

Sync has its own worker thread and its own (reading) database connection: a sale must never wait for
the network. Each pulled page is handed to the process's one writer (``write``, the cashier's
database worker), so a sale waits at most for one page. Results come back to the GUI thread through a
queued signal.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from terminal.clock import Clock, SystemClock
from terminal.db import Database, connect
from terminal.paths import database_path
from terminal.sync import settings as sync_settings
from terminal.sync.client import SyncClient, SyncReport, SyncStatus, sync_status
from terminal.sync.transport import HubConnection, SyncError, SyncProblem
from terminal.writer import WriteRunner
from ui import i18n
from ui.formatting import local_format
from ui.worker import ThreadWorker

log = logging.getLogger("sync")


class SyncRunner(QObject):
    """Runs one sync round at a time on its own thread; `finished`/`failed` and `status_changed` report back."""

    finished = Signal(object)  # SyncReport
    failed = Signal(object)  # SyncError
    status_changed = Signal(object)  # SyncStatus
    settings_applied = Signal(object)  # SyncSettings: the counter's redemption guard follows them

    def __init__(self, data_dir: Path, write: WriteRunner, *, clock: Clock | None = None,
                 attempts: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._write = write
        self._clock = clock or SystemClock()
        self._attempts = attempts
        # The sync thread's own reading connection, opened there; the writes go to `write`.
        self._worker: ThreadWorker[Database] = ThreadWorker(
            lambda: connect(database_path(data_dir), migrate=False), lambda db: db.close(), "sync", self)
        self._running = False
        self._closed = False
        self.settings = sync_settings.load(data_dir)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)

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

        def job(db: Database) -> tuple[SyncReport | SyncError, SyncStatus]:
            try:
                outcome: SyncReport | SyncError = self._round(db, settings)
            except SyncError as error:
                outcome = error
            except Exception as error:  # a bug: logged with its traceback, reported as a hub error
                log.exception("sync round failed unexpectedly")
                outcome = SyncError(SyncProblem.HUB_ERROR, type(error).__name__)
            return outcome, sync_status(db)

        self._worker.run(job, self._round_done)
        return True

    def refresh_status(self) -> None:
        if not self._closed:
            self._worker.run(sync_status, self.status_changed.emit)

    def _round(self, db: Database, settings: sync_settings.SyncSettings) -> SyncReport:
        with HubConnection(settings.hub_url, settings.token, timeout=settings.timeout_seconds,
                           attempts=self._attempts) as hub:
            return SyncClient(db, hub, clock=self._clock, write=self._write).run()

    def _round_done(self, result: tuple[SyncReport | SyncError, SyncStatus]) -> None:
        outcome, status = result
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
        self._worker.shutdown()


class SyncStatusLabel(QLabel):
    """The status bar's sync part: "Last sync 10:42 · 3 events waiting · The hub cannot be reached"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Sync: checking…"))
        self._shown: tuple[SyncStatus, bool] | None = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._shown is not None:
            self.show_status(*self._shown)
        super().changeEvent(event)

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
        self._shown = (status, configured)
        if not configured:
            self.setText(self.tr("Sync off (no hub set) · %n events not sent", "", status.waiting))
            return
        parts = []
        if status.last_sync is None:
            parts.append(self.tr("Never synced"))
        else:
            local = status.last_sync.astimezone()
            today = (now or datetime.now().astimezone()).date()
            fmt, clock_time = local_format(), f"{local:%H:%M}"  # this machine's time zone, as before
            when = fmt.digits(clock_time)
            if local.date() != today:
                when = f"{fmt.date(local.date())} {when}"
            parts.append(self.tr("Last sync {0}").format(when))
        if status.waiting == 0:
            parts.append(self.tr("all sent"))
        elif status.waiting == 1:
            parts.append(self.tr("1 event waiting"))
        else:
            parts.append(self.tr("%n events waiting", "", status.waiting))
        if status.set_aside:
            # Events the hub refused or this terminal could not apply: kept for the owner, sync goes on.
            parts.append(self.tr("%n events set aside", "", status.set_aside))
        if status.problem is not None:
            parts.append(self.problem_words(status.problem))
        self.setText("، ".join(parts) if i18n.current() == "fa" else " · ".join(parts))
        self.setProperty("problem", status.problem is not None)
        self.setToolTip(status.detail)

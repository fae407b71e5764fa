"""The screen shown instead of the counter when the database cannot be used at start.

It says what is wrong in words (never a traceback), and offers what can bring the data back: restore
one of the backups (listed with their dates) or rebuild the database from the hub, where one is set.
A full disk, a read-only folder or an update that could not run offer "Try again" once fixed. Nothing
creates an empty database behind the owner's back: that is a button too, offered only when there is
neither a backup nor a hub, and the old file is kept aside. Restoring and re-syncing run off the GUI
thread; ``recovered`` is emitted once the database is good again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from terminal import health as db_health
from terminal.health import Health, Problem
from ui.worker import ThreadWorker

log = logging.getLogger("ui")


def _plain(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _first_line(text: str, limit: int = 160) -> str:
    """The system's message, one line of it: a damaged file's full report runs to pages."""
    lines = [line for line in text.strip().splitlines() if line.strip() and not line.startswith("***")]
    line = lines[0] if lines else text.strip()
    return line if len(line) <= limit else line[:limit - 1] + "…"


class DatabaseScreen(QWidget):
    recovered = Signal()

    def __init__(self, folder: Path, health: Health, parent: QWidget | None = None,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        super().__init__(parent)
        self.folder = folder
        self.health = health
        self._now = now
        self.worker: ThreadWorker[Path] = ThreadWorker(lambda: folder, lambda _folder: None, "recovery", self)
        self.setWindowTitle(self.tr("Loyalty Terminal — the database needs attention"))
        self.title = _plain("", "bigText")
        self.explanation = _plain("", "detailText")
        self.detail = _plain("", "detailText")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_title = QLabel(self.tr("Backups, newest first"))
        self.backup_title.setObjectName("sectionTitle")
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("backupList")
        self.backup_list.setMinimumHeight(160)
        self.restore_button = QPushButton(self.tr("Restore the selected backup"))
        self.restore_button.setObjectName("primaryButton")
        self.resync_button = QPushButton()
        self.empty_button = QPushButton(self.tr("Start with an empty database (the old file is kept aside)"))
        self.retry_button = QPushButton(self.tr("Try again"))
        self.quit_button = QPushButton(self.tr("Quit"))
        for button in (self.restore_button, self.resync_button, self.empty_button, self.retry_button,
                       self.quit_button):
            button.setMinimumHeight(48)
        self.status = _plain("", "banner")
        self.status.hide()
        self.restore_button.clicked.connect(self.restore_selected)
        self.resync_button.clicked.connect(self.resync)
        self.empty_button.clicked.connect(self.start_empty)
        self.retry_button.clicked.connect(self.retry)
        self.quit_button.clicked.connect(self.close)
        self.backup_list.itemActivated.connect(lambda _item: self.restore_selected())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        for widget in (self.title, self.explanation, self.detail, self.backup_title, self.backup_list):
            layout.addWidget(widget)
        actions = QHBoxLayout()
        for button in (self.restore_button, self.resync_button, self.empty_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.retry_button)
        actions.addWidget(self.quit_button)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.show_health(health)

    # -- what is wrong ---------------------------------------------------------------------------
    def headline(self, problem: Problem) -> str:
        return {
            Problem.MISSING: self.tr("The shop's database is missing."),
            Problem.DAMAGED: self.tr("The shop's database is damaged."),
            Problem.TRUNCATED: self.tr("The shop's database is cut short."),
            Problem.UNREADABLE: self.tr("The shop's database cannot be read."),
            Problem.READ_ONLY: self.tr("The data folder cannot be written."),
            Problem.DISK_FULL: self.tr("The disk is full."),
            Problem.MIGRATION_FAILED: self.tr("The database could not be updated."),
        }[problem]

    def explain(self, health: Health) -> str:
        folder = str(self.folder)
        words = {
            Problem.MISSING: self.tr("The database file is not in {0}, yet this terminal has had one. Nothing "
                                     "new is created until you choose how to bring the data back."),
            Problem.DAMAGED: self.tr("The file in {0} fails its check and cannot be used safely. It will be "
                                     "kept aside, not deleted."),
            Problem.TRUNCATED: self.tr("The file in {0} is shorter than it should be, as after a failed copy or "
                                       "a full disk. It will be kept aside, not deleted."),
            Problem.UNREADABLE: self.tr("The system refuses to read the file in {0} (its permissions, or a "
                                        "failing disk)."),
            Problem.READ_ONLY: self.tr("Nothing can be saved in {0}: the folder or the disk is read-only. No sale "
                                       "could be recorded. Check the folder's permissions, then choose Try again."),
            Problem.DISK_FULL: self.tr("The disk that holds {0} has no space left: no sale could be saved. Free "
                                       "some space, then choose Try again."),
            Problem.MIGRATION_FAILED: self.tr("This version needs to update the file in {0} and could not; the "
                                              "file is unchanged. Fix what is said below, then choose Try again."),
        }[health.problem].format(folder)  # type: ignore[index]
        if health.problem in db_health.RECOVERABLE:
            if health.backups and health.hub_url:
                words += " " + self.tr("Restore a backup below, or rebuild the database from the hub.")
            elif health.backups:
                words += " " + self.tr("Restore a backup below.")
            elif health.hub_url:
                words += " " + self.tr("There is no backup: rebuild the database from the hub.")
            else:
                words += " " + self.tr("There is no backup and no hub is set: the data cannot be brought back "
                                       "here. You can start with an empty database; the old file stays aside "
                                       "for a specialist.")
        return words

    def show_health(self, health: Health) -> None:
        self.health = health
        problem = health.problem
        if problem is None:
            return
        recoverable = problem in db_health.RECOVERABLE
        self.title.setText(self.headline(problem))
        self.explanation.setText(self.explain(health))
        self.detail.setText(self.tr("Details: {0}").format(_first_line(health.detail)) if health.detail else "")
        self.backup_list.clear()
        locale = QLocale()
        for copy in reversed(health.backups):
            local = copy.taken.astimezone()
            day = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)
            hour = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
            taken = self.tr("{0}, {1}").format(day, hour)
            size = locale.formattedDataSize(copy.size)
            item = QListWidgetItem(self.tr("{0} — {1}").format(taken, size))
            item.setData(Qt.ItemDataRole.UserRole, str(copy.path))
            self.backup_list.addItem(item)
        if self.backup_list.count():
            self.backup_list.setCurrentRow(0)
        has_backups = recoverable and bool(health.backups)
        self.backup_title.setVisible(has_backups)
        self.backup_list.setVisible(has_backups)
        self.restore_button.setVisible(has_backups)
        self.resync_button.setText(self.tr("Rebuild from the hub ({0})").format(health.hub_url))
        self.resync_button.setVisible(recoverable and bool(health.hub_url))
        self.empty_button.setVisible(recoverable and not health.backups and not health.hub_url)
        self.retry_button.setVisible(not recoverable)

    def say(self, text: str, level: str = "info") -> None:
        self.status.setText(text)
        self.status.setProperty("level", level)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.show()

    def _busy(self, busy: bool) -> None:
        for button in (self.restore_button, self.resync_button, self.empty_button, self.retry_button):
            button.setEnabled(not busy)

    # -- ways back ------------------------------------------------------------------------------
    def _run(self, job: Callable[[Path], object], done: Callable[[object], None], working: str) -> None:
        self._busy(True)
        self.say(working)

        def failed(error: Exception) -> bool:
            self._busy(False)
            words = self.failure_words(error)
            if words is None:
                return False
            self.say(words, "error")
            return True

        def finished(result: object) -> None:
            self._busy(False)
            done(result)

        self.worker.run(job, finished, failed)

    def failure_words(self, error: Exception) -> str | None:
        from terminal.restore import RestoreFailed
        from terminal.sync.transport import SyncError

        if isinstance(error, RestoreFailed):
            return self.tr("That backup cannot be used ({0}). Nothing was changed: choose another one.").format(
                str(error))
        if isinstance(error, SyncError):
            return self.tr("The hub did not give the data back ({0}). Nothing was changed: check the network "
                           "and try again.").format(error.problem.value.replace("_", " "))
        problem = db_health.storage_problem(error)
        if problem is not None:
            return self.tr("{0} Nothing was changed.").format(self.headline(problem))
        return None

    def restore_selected(self) -> None:
        item = self.backup_list.currentItem()
        if item is None:
            self.say(self.tr("Choose a backup in the list first."), "warning")
            return
        path = Path(item.data(Qt.ItemDataRole.UserRole))
        now = self._now()

        def job(folder: Path) -> object:
            from terminal.recovery import catch_up
            from terminal.restore import restore
            from terminal.sync import settings as sync_settings
            from terminal.sync.transport import HubConnection, SyncError

            report = restore(folder, path, now)
            current = sync_settings.load(folder)
            if current.configured:  # what this terminal did after the backup, back from the hub
                try:
                    with HubConnection(current.hub_url, current.token, timeout=current.timeout_seconds) as hub:
                        log.info("after the restore, %d events came back from the hub", catch_up(folder, hub))
                except SyncError as error:
                    log.warning("after the restore the hub could not be asked for later events: %s", error)
            return report

        self._run(job, self._restored, self.tr("Restoring the backup…"))

    def _restored(self, report: object) -> None:
        self._check_then_continue(self.tr("The backup is back in place."))

    def resync(self) -> None:
        now = self._now()

        def job(folder: Path) -> object:
            from terminal.recovery import resync
            from terminal.sync import settings as sync_settings
            from terminal.sync.transport import HubConnection

            current = sync_settings.load(folder)
            with HubConnection(current.hub_url, current.token, timeout=current.timeout_seconds) as hub:
                return resync(folder, hub, now)

        self._run(job, lambda _report: self._check_then_continue(self.tr("The database was rebuilt from the hub.")),
                  self.tr("Rebuilding the database from the hub…"))

    def start_empty(self) -> None:
        now = self._now()

        def job(folder: Path) -> object:
            from terminal.restore import set_aside

            return set_aside(folder, now)

        self._run(job, lambda _aside: self._check_then_continue(self.tr("A new, empty database was started.")),
                  self.tr("Starting an empty database…"))

    def retry(self) -> None:
        self._check_then_continue("")

    def _check_then_continue(self, success: str) -> None:
        def checked(result: object) -> None:
            assert isinstance(result, Health)
            if result.ok:
                self.worker.shutdown()
                self.recovered.emit()
                self.close()
                return
            self.show_health(result)
            self.say(success + (" " if success else "") + self.tr("The database still cannot be used."), "error")

        self._run(db_health.prepare, checked, self.tr("Checking the database…"))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.worker.shutdown()
        super().closeEvent(event)

"""The owner's dashboard window: period selector, KPI tiles, charts, lists, exports and import.

Every query, export and import runs on the owner worker (its own read connection), the ledger's chain
check on the worker's second one (``OwnerWorker.chain``, its own connection too); the window only shows
results. It closes itself after a few idle minutes so the terminal falls back to cashier mode.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from terminal import campaigns, feedback
from terminal.chain import (
    MAX_KEPT,
    ChainCheck,
    CheckStopped,
    VerifyReport,
    check_due,
    last_check,
    remember_check,
    verify,
)
from terminal.clock import Clock, SystemClock
from terminal.counter import Counter
from terminal.db import Database
from terminal.formatting import LocalFormat
from terminal.importer import ImportFailed, ImportKind, ImportOptions, ImportReport, import_customers, import_sales
from terminal.owner_access import IDLE_MINUTES
from terminal.stats.dashboard import Dashboard, quick_numbers, read_rules, read_shop, refresh
from terminal.stats.export import write_customers, write_numbers
from terminal.stats.period import Period, Preset, local_today, preset_period
from terminal.stats.ratings import LowRating
from terminal.stats.report import build_report
from terminal.stats.segments import export_rows
from terminal.writer import WriteRunner
from ui.formatting import local_format
from ui.owner.campaigns import CampaignsPanel
from ui.owner.charts import ChartsPanel
from ui.owner.import_dialog import ImportDialog
from ui.owner.import_problems import ProblemsDialog
from ui.owner.lists import ListsPanel
from ui.owner.tiles import TileGrid
from ui.owner.worker import OwnerWorker, ReadOnlyView
from ui.window_fit import fit_to_screen, restore_geometry, save_geometry

CUSTOM = "custom"
INPUT_EVENTS = {QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.Wheel, QEvent.Type.TouchBegin}


def _sheet_format(db: object, board: Dashboard) -> LocalFormat:
    """Exports as the shop's spreadsheet reads them: its language, currency and time zone."""
    return LocalFormat(read_shop(db).language, board.currency, board.period.zone)  # type: ignore[arg-type]


class OwnerWindow(QWidget):
    refreshed = Signal(object)  # the Dashboard shown
    idle_timeout = Signal()  # closed for lack of activity: back to cashier mode
    exported = Signal(str)  # path written
    imported = Signal(object)  # ImportReport

    def __init__(self, db_path: Path, clock: Clock | None = None, worker: OwnerWorker | None = None,
                 idle_minutes: float = IDLE_MINUTES, parent: QWidget | None = None,
                 write: WriteRunner | None = None,
                 verify_chain: Callable[[Database, threading.Event], VerifyReport] = verify) -> None:
        super().__init__(parent)
        self._verify_chain = verify_chain  # tests put a check here that waits for them
        self.clock = clock or SystemClock()
        self.worker = worker or OwnerWorker(db_path, write, self)
        self.board: Dashboard | None = None
        self.importing = False  # the idle fall-back waits for an import to end
        self.import_dialog: ImportDialog | None = None
        self.problems_dialog: ProblemsDialog | None = None
        self.zone = "UTC"
        self.setWindowTitle(self.tr("Owner dashboard"))
        self._geometry_folder = db_path.parent
        if not restore_geometry(self, "owner", self._geometry_folder):
            fit_to_screen(self, QSize(1360, 900))  # within the screen, whatever its size
        self.setStyleSheet("OwnerWindow { background: #eef2f4; }")
        root = QVBoxLayout(self)
        top, actions = self._top_bar()
        root.addLayout(top)
        root.addLayout(actions)
        self.banner = QLabel("", wordWrap=True)
        self.banner.setStyleSheet("font-size: 14px; color: #7a4a00;")
        self.banner.hide()
        root.addWidget(self.banner)
        self.chain_banner = QLabel("", wordWrap=True)  # the ledger shows tampering: said until it is put right
        self.chain_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.chain_banner.setStyleSheet("font-size: 15px; font-weight: bold; color: #8b0000; background: #fde8e8;"
                                        " padding: 8px; border-radius: 6px;")
        self.chain_banner.hide()
        root.addWidget(self.chain_banner)
        self._chain_checked = False
        body = QWidget()
        column = QVBoxLayout(body)
        self.tiles = TileGrid()
        self.charts = ChartsPanel()
        self.lists = ListsPanel()
        self.campaigns = CampaignsPanel(self.worker, self.clock)
        self.lists.addTab(self.campaigns, self.tr("Campaigns"))
        self.lists.follow_up_requested.connect(self.ask_follow_up)
        self.lists.recovery_requested.connect(self.ask_recovery)
        self.lists.setMinimumHeight(260)
        for widget in (self.tiles, self.charts, self.lists):
            column.addWidget(widget)
        self.body_scroll = QScrollArea(widgetResizable=True)
        self.body_scroll.setWidget(body)
        root.addWidget(self.body_scroll, 1)
        self.worker.busy_changed.connect(self._set_busy)
        self.worker.chain.busy_changed.connect(self._chain_busy)
        self.worker.progress.connect(self._show_progress)
        self._idle = QTimer(self, singleShot=True, interval=int(idle_minutes * 60_000))
        self._idle.timeout.connect(self._idled_out)
        self.worker.run(lambda db: read_shop(db).zone, on_done=self._zone_known)  # UTC if the zone is bad

    # -- layout ---------------------------------------------------------------------------------------
    def _top_bar(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        bar, actions = QHBoxLayout(), QHBoxLayout()
        self.period_box = QComboBox()
        for value, label in ((Preset.TODAY, self.tr("Today")), (Preset.DAYS_7, self.tr("Last 7 days")),
                             (Preset.DAYS_30, self.tr("Last 30 days")), (Preset.DAYS_90, self.tr("Last 90 days")),
                             (Preset.MONTHS_12, self.tr("Last 12 months")), (CUSTOM, self.tr("Custom…"))):
            self.period_box.addItem(label, str(value))
        self.period_box.setCurrentIndex(2)
        self.period_box.currentIndexChanged.connect(self._period_changed)
        self.first_edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.last_edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        for edit in (self.first_edit, self.last_edit):
            edit.setEnabled(False)
            edit.dateChanged.connect(self._custom_changed)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.busy = QProgressBar(minimumWidth=48, maximumWidth=160, textVisible=False)
        self.busy.setRange(0, 0)
        keep_place = self.busy.sizePolicy()  # shown or hidden, the row is laid out alike: showing it never
        keep_place.setRetainSizeWhenHidden(True)  # makes the window wider, nor moves the buttons
        self.busy.setSizePolicy(keep_place)
        self.busy.hide()
        self.status = QLabel("", wordWrap=True)  # long in some languages: two lines, never wider than the window
        self.progress = QProgressBar(maximumWidth=220)
        self.progress.hide()
        csv_button = QPushButton(self.tr("Export CSV"))
        csv_menu = QMenu(csv_button)
        csv_menu.addAction(self.tr("The period's numbers…"), lambda: self._ask_path("numbers.csv", self.export_numbers))
        csv_menu.addAction(self.tr("The list shown (win-back, VIP…)…"),
                           lambda: self._ask_path("list.csv", self.export_list))
        csv_button.setMenu(csv_menu)
        pdf_button = QPushButton(self.tr("PDF report…"))
        pdf_button.clicked.connect(lambda: self._ask_path("report.pdf", self.export_pdf))
        import_button = QPushButton(self.tr("Import…"))
        import_menu = QMenu(import_button)
        import_menu.addAction(self.tr("Customers from CSV…"), lambda: self._ask_import(ImportKind.CUSTOMERS))
        import_menu.addAction(self.tr("Sales from CSV…"), lambda: self._ask_import(ImportKind.SALES))
        import_button.setMenu(import_menu)
        close_button = QPushButton(self.tr("Back to the counter"))
        close_button.clicked.connect(self.close)
        self.action_buttons = [self.refresh_button, csv_button, pdf_button, import_button]
        for widget in (QLabel(self.tr("Period")), self.period_box, self.first_edit, QLabel("–"), self.last_edit,
                       self.refresh_button, self.busy):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(close_button)
        for widget in (csv_button, pdf_button, import_button, self.progress):
            actions.addWidget(widget)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        actions.addWidget(self.status, 1)
        return bar, actions

    # -- period and refresh ---------------------------------------------------------------------------
    def _zone_known(self, zone: str) -> None:
        self.zone = zone
        self._period_changed()

    def _period_changed(self) -> None:
        choice = self.period_box.currentData()
        custom = choice == CUSTOM
        for edit in (self.first_edit, self.last_edit):
            edit.setEnabled(custom)
        if not custom:
            period = preset_period(choice, local_today(self.clock.now(), self.zone), self.zone)
            for edit, day in ((self.first_edit, period.first), (self.last_edit, period.last)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.refresh()

    def _custom_changed(self) -> None:
        if self.period_box.currentData() == CUSTOM:
            self.refresh()

    def period(self) -> Period:
        first, last = self.first_edit.date().toPython(), self.last_edit.date().toPython()
        if last < first:
            first, last = last, first
        return Period(first, last, self.zone)

    def set_period(self, first: object, last: object) -> None:
        """Custom period (also for tests): dates as datetime.date."""
        self.period_box.setCurrentIndex(self.period_box.findData(CUSTOM))
        for edit, day in ((self.first_edit, first), (self.last_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))  # type: ignore[attr-defined]
            edit.blockSignals(False)
        self.refresh()

    def data_changed(self) -> None:
        """The terminal's writer committed new figures (a sale, a sync, an import): show them, unless an
        import or a refresh is under way here (its own end refreshes)."""
        if self.worker.is_idle():
            self.refresh()

    def refresh(self) -> None:
        """Two passes: the numbers first (tiles), then segments, charts and lists."""
        period = self.period()
        self.worker.run(lambda db: (period, *quick_numbers(db, period)), on_done=self._show_numbers)
        self.campaigns.refresh()

    def _show_numbers(self, result: tuple) -> None:
        period, numbers, currency, thresholds = result
        if period != self.period():
            return  # an older request; the newer one is on its way
        self.tiles.show_numbers(numbers, currency)
        self.worker.run(lambda db: refresh(db, period, thresholds, numbers=numbers), on_done=self._show)

    def changeEvent(self, event: QEvent) -> None:
        """A new language: the fixed words are swapped already; the numbers are written again."""
        if event.type() == QEvent.Type.LanguageChange and self.board is not None:
            self._show(self.board)
        super().changeEvent(event)

    def _show(self, board: Dashboard) -> None:
        if board.period != self.period():
            return  # an older request; the newer one is on its way
        self.board = board
        self.tiles.show_numbers(board.numbers, board.currency)
        self.charts.show_dashboard(board)
        self.lists.show_dashboard(board)
        previous = board.numbers["previous"]
        fmt = local_format(board.currency, board.period.zone)
        period = board.period

        def day(value: date) -> str:  # a line that wraps breaks between dates, never inside "2026. 10. 04."
            return fmt.date(value).replace(" ", "\N{NO-BREAK SPACE}")

        shown = day(period.first) if period.days == 1 else f"{day(period.first)} – {day(period.last)}"
        self.status.setText(self.tr("%1 · compared with %2 – %3").replace("%1", shown)
                            .replace("%2", day(date.fromisoformat(previous["from"])))
                            .replace("%3", day(date.fromisoformat(previous["to"]))))
        self.status.setToolTip(self.status.text())
        self.refreshed.emit(board)
        if not self._chain_checked:  # after the numbers: a full check of a big ledger takes a while
            self._chain_checked = True
            self.check_ledger()

    def check_ledger(self) -> None:
        """Follow the ledger's hash chain (at most once in CHECK_EVERY) and say if it was tampered with."""
        now, write, stop, verify_chain = self.clock.now(), self.worker.write, self.worker.stopping, self._verify_chain

        def job(db: Database) -> ChainCheck:
            if not check_due(db, now):
                return last_check(db)
            report = verify_chain(db, stop)  # CheckStopped when the window closes meanwhile: nothing remembered
            try:
                write(lambda writer: remember_check(writer.db, report, now))
            except ReadOnlyView:  # a view without the writer: show what was found, remember nothing
                return ChainCheck(now, report.broken[:MAX_KEPT], len(report.broken), last_check(db).hub_breaks)
            return last_check(db)

        # On a worker of its own: the numbers for another period need not wait for the whole ledger.
        self.worker.chain.run(job, on_done=self.show_chain, on_error=lambda error: isinstance(error, CheckStopped))

    def show_chain(self, check: ChainCheck) -> None:
        self.chain_check = check
        lines = []
        if check.broken_count:
            terminal, _event, _why = check.broken[0]
            lines.append(self.tr("The ledger was tampered with: %n record(s) were changed, removed or slipped in after "
                                 "they were written (the first from terminal %1). Compare with a backup; "
                                 "'python main.py verify' lists them all.", "", check.broken_count)
                         .replace("%1", terminal))
        if check.hub_breaks:
            lines.append(self.tr("The hub found %n record(s) from this terminal that break the ledger's chain: "
                                 "they were changed before they were sent.", "", len(check.hub_breaks)))
        self.chain_banner.setText("\n".join(lines))
        self.chain_banner.setVisible(bool(lines))

    def _set_busy(self, busy: bool) -> None:
        """The dashboard's worker: a refresh waits for it; an import's progress ends with it."""
        self.refresh_button.setEnabled(not busy)
        if not busy:
            self.progress.hide()
        self._show_busy()

    def _chain_busy(self, _busy: bool) -> None:
        """The chain check's worker: a refresh need not wait for it (it has a connection of its own)."""
        self._show_busy()

    def _show_busy(self) -> None:
        """The busy bar, while either worker has work: numbers, an export, an import or the chain check."""
        self.busy.setVisible(not (self.worker.is_idle() and self.worker.chain.is_idle()))

    # -- exports and import ---------------------------------------------------------------------------
    def _ask_path(self, suggested: str, action: Callable[[Path], None]) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as"), str(Path.home() / suggested))
        if path:
            action(Path(path))

    def export_numbers(self, path: Path) -> None:
        if self.board is not None:
            numbers = self.board.numbers
            board = self.board

            def job(db: object) -> None:
                write_numbers(path, numbers, _sheet_format(db, board))

            self.worker.run(job, on_done=lambda _: self._exported(path))

    def export_list(self, path: Path) -> None:
        which = self.lists.current_list()
        if self.board is None or which is None:
            self._say(self.tr("Choose one of the customer lists first."))
            return
        board = self.board

        def job(db: object) -> int:
            rows = export_rows(db, which, board.period, board.thresholds)  # type: ignore[arg-type]
            return write_customers(path, rows, _sheet_format(db, board))

        self.worker.run(job, on_done=lambda _: self._exported(path))

    def export_pdf(self, path: Path) -> None:
        if self.board is not None:
            board = self.board
            self.worker.run(lambda db: build_report(path, board, read_shop(db).name, read_shop(db).language),
                            on_done=lambda _: self._exported(path))

    def _exported(self, path: Path) -> None:
        self._say(self.tr("Saved %1").replace("%1", str(path)))
        self.exported.emit(str(path))

    def _ask_import(self, kind: ImportKind) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), str(Path.home()),
                                              self.tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"))
        if path:
            self.ask_import_options(kind, Path(path))

    def ask_import_options(self, kind: ImportKind, path: Path) -> ImportDialog:
        """The file's format, columns and first rows, for the owner to check; the import starts from there."""
        dialog = ImportDialog(self.worker, kind, path, parent=self)
        dialog.accepted.connect(lambda: self.start_import(kind, path, dialog.options(check=dialog.checking)))
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def start_import(self, kind: ImportKind, path: Path, options: ImportOptions | None = None) -> None:
        self.importing = True
        clock, report = self.clock, self.worker.report_progress
        write = self.worker.write
        options = options or ImportOptions()

        def job(db: object) -> ImportReport:
            counter = Counter(db, clock=clock)  # type: ignore[arg-type]
            if kind is ImportKind.CUSTOMERS:
                return import_customers(db, path, counter, progress=report, write=write,  # type: ignore[arg-type]
                                        options=options)
            return import_sales(db, path, counter, progress=report, write=write,  # type: ignore[arg-type]
                                options=options)

        self.progress.setRange(0, 0)
        self.progress.show()
        self.worker.run(job, on_done=lambda result: self._imported(path, result),
                        on_error=lambda error: self._import_failed(path, error))

    def _show_progress(self, phase: str, done: int, total: int) -> None:
        self.progress.show()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        label = {"checking": self.tr("Checking"), "writing": self.tr("Writing"),
                 "summaries": self.tr("Summaries")}.get(phase, phase)
        self.progress.setFormat(f"{label} %v / %m")

    def _imported(self, path: Path, report: ImportReport) -> None:
        self.importing = False
        if report.checked:
            text = (self.tr("Checked %1 rows: %2 can be imported, %3 are already there, %4 have problems. "
                            "Nothing was imported.")
                    .replace("%1", str(report.rows)).replace("%2", str(report.good - report.already_there))
                    .replace("%3", str(report.already_there)).replace("%4", str(len(report.problems))))
        else:
            text = (self.tr("Imported %1 rows; %2 were already there.")
                    .replace("%1", str(report.imported)).replace("%2", str(report.already_there)))
            if report.problems:
                text += " " + (self.tr("%1 rows were set aside, with their reasons, in %2.")
                               .replace("%1", str(len(report.problems)))
                               .replace("%2", str(report.refused_file or "")))
        self._say(text)
        if report.problems:
            self.show_problems(path, text, report.problems)
        self.imported.emit(report)
        if not report.checked:
            self.refresh()

    def _import_failed(self, path: Path, error: Exception) -> bool:
        self.importing = False
        if not isinstance(error, ImportFailed):
            return False
        text = self.tr("Nothing imported: %1 problems.").replace("%1", str(len(error.problems)))
        if len(error.problems) == 1:
            text = self.tr("Nothing imported: %1").replace("%1", error.problems[0].message)
        self._say(text)
        self.show_problems(path, text, error.problems)
        return True

    # -- putting bad visits right ---------------------------------------------------------------------
    def ask_follow_up(self, rating: LowRating, status: str) -> None:
        title = self.tr("Contacted") if status == "contacted" else self.tr("Resolved")
        note, ok = QInputDialog.getText(self, title, self.tr("Note (what was said or done):"))
        if ok:
            self.follow_up(rating, status, note)

    def follow_up(self, rating: LowRating, status: str, note: str) -> None:
        """Mark a low rating contacted or resolved, with a note: an event, written by the terminal's writer."""
        write = self.worker.write
        self.worker.run(lambda _db: write(lambda writer: feedback.follow_up(writer, rating.rating_id, status, note)),
                        on_done=lambda _event: self.refresh())

    def ask_recovery(self, rating: LowRating) -> None:
        points, ok = QInputDialog.getInt(self, self.tr("Recovery offer"),
                                         self.tr("Bonus points waiting at {0}'s next visit:").format(
                                             rating.customer_name or self.tr("the customer")), 50, 1, 100_000)
        if ok:
            self.recovery_offer(rating, points)

    def recovery_offer(self, rating: LowRating, points: int, days: int = 30) -> None:
        """An offer for the unhappy customer's next visit: a one-person campaign without a control group."""
        if not rating.customer_id:
            return
        now, write, customer_id = self.clock.now(), self.worker.write, rating.customer_id
        made = campaigns.new_campaign(self.tr("Put it right: {0}").format(rating.receipt_no or rating.rating_id[:8]),
                                      campaigns.Audience.LIST, campaigns.Offer(campaigns.OfferKind.BONUS_POINTS,
                                                                               points=points),
                                      now, now + timedelta(days=days), control_share=0)

        def job(db: object) -> None:
            rules = read_rules(db)  # type: ignore[arg-type]
            write(lambda writer: campaigns.create(writer, made, [customer_id], rules))
            write(lambda writer: feedback.follow_up(writer, rating.rating_id, "contacted",
                                                    f"recovery offer: {points} points"))

        self.worker.run(job, on_done=lambda _: self.refresh())

    def show_problems(self, path: Path, summary: str, problems: list) -> ProblemsDialog:
        dialog = ProblemsDialog(self.worker, path, summary, problems, parent=self)
        self.problems_dialog = dialog
        dialog.show()
        return dialog

    def _say(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    # -- idle fall-back -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._idle.start()
        return False

    def _idled_out(self) -> None:
        if self.importing:  # a refresh may be cut short, an import never
            self._idle.start(int(timedelta(seconds=30).total_seconds() * 1000))
            return
        self.idle_timeout.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        save_geometry(self, "owner", self._geometry_folder)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._idle.stop()
        self.worker.shutdown()
        super().closeEvent(event)

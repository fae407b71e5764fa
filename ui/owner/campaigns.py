"""The owner's Campaigns tab: what each campaign brought back against its control group, a new one, and
the selected one's vouchers to print and contacts for a mailing (ui/owner/campaign_contacts.py).

The reports are read on the owner's worker; a new campaign's audience is chosen there too, and its
events are written by the terminal's one writer (``OwnerWorker.write``). "Print vouchers…" lays out
the chosen campaign's vouchers (terminal/receipts/vouchers.py) on the worker and saves the PDF there.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QItemSelectionModel, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from terminal import campaigns
from terminal.campaigns import Campaign, CampaignError, OfferKind
from terminal.clock import Clock
from terminal.db import Database
from terminal.languages import isolate
from terminal.loyalty import Rules
from terminal.stats import campaigns as campaign_stats
from terminal.stats.dashboard import read_rules, read_shop, thresholds_for
from terminal.vouchers import VoucherError
from ui.formatting import format_money as format_amount
from ui.messages import known_error
from ui.owner.campaign_contacts import ContactsExport
from ui.owner.campaign_dialog import CampaignDialog
from ui.owner.worker import OwnerWorker


class CampaignsPanel(QWidget):
    """Each campaign's result beside its control group; "New campaign…" starts one."""

    created = Signal(str)  # campaign id
    reports_shown = Signal(int)  # how many campaigns are listed
    vouchers_saved = Signal(str, int)  # the PDF's path, how many vouchers

    HEADERS = (QT_TRANSLATE_NOOP("CampaignsPanel", "Campaign"), QT_TRANSLATE_NOOP("CampaignsPanel", "When"),
               QT_TRANSLATE_NOOP("CampaignsPanel", "Back: offered"),
               QT_TRANSLATE_NOOP("CampaignsPanel", "Back: control"),
               QT_TRANSLATE_NOOP("CampaignsPanel", "Lift (95 %)"), QT_TRANSLATE_NOOP("CampaignsPanel", "Verdict"),
               QT_TRANSLATE_NOOP("CampaignsPanel", "Per customer"), QT_TRANSLATE_NOOP("CampaignsPanel", "Cost · net"))

    def __init__(self, worker: OwnerWorker, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.clock = worker, clock
        self.table = QTableWidget(0, len(self.HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(str(h)) for h in self.HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New campaign…"))
        self.new_button.setMinimumHeight(44)
        self.new_button.clicked.connect(self.ask_new)
        self.vouchers_button = QPushButton(self.tr("Print vouchers…"))
        self.vouchers_button.setMinimumHeight(44)
        self.vouchers_button.setToolTip(self.tr("The chosen campaign's vouchers with their QR codes, eight to an "
                                                "A4 sheet, for everyone offered who has not used it yet."))
        self.vouchers_button.clicked.connect(self.ask_vouchers)
        self.vouchers_button.setEnabled(False)
        self.message = QLabel("", wordWrap=True)
        self.contacts = ContactsExport(worker, self.table, self.selected_campaign, self.message, self)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.vouchers_button)
        top.addWidget(self.contacts.button)
        top.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.reports: list[campaign_stats.Report] = []
        self.currency, self.zone = "", "UTC"
        self.dialog: CampaignDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.table.itemSelectionChanged.connect(self._selection_changed)

    def refresh(self) -> None:
        now = self.clock.now()

        def job(db: Database) -> tuple[list[campaign_stats.Report], str, str]:
            rules, shop = read_rules(db), read_shop(db)
            return ([campaign_stats.report(db, made.id, rules, now) for made in campaigns.campaigns(db)],
                    shop.currency, shop.timezone)

        self.worker.run(job, self._show)

    def _show(self, result: tuple[list[campaign_stats.Report], str, str]) -> None:
        chosen = self.selected_campaign()
        self.reports, self.currency, self.zone = result
        self.table.setRowCount(len(self.reports))
        for row, report in enumerate(self.reports):
            made = report.campaign
            if report.lift is None:
                lift, verdict = "—", self.tr("no control group")
            else:
                lift = f"{report.lift.value:+.0%}\n({report.lift.low:+.0%} … {report.lift.high:+.0%})"
                verdict = (self.tr("within the noise") if report.lift.within_noise
                           else self.tr("it worked") if report.lift.value > 0 else self.tr("fewer came back"))
            if not report.finished:
                verdict = self.tr("running: ") + verdict
            per_customer = "\n".join(format_amount(revenue // count, self.currency) if count else "—"
                                      for revenue, count in ((report.revenue_offered, report.offered),
                                                             (report.revenue_control, report.control)))
            cells = [made.name, f"{made.starts.date()} –\n{(made.ends - timedelta(seconds=1)).date()}",
                     _share(report.returned_offered, report.offered), _share(report.returned_control, report.control),
                     lift, verdict, per_customer,
                     f"{format_amount(report.cost, self.currency)}\n{format_amount(report.net, self.currency)}"
                     + ("\n" + self.tr("%n given twice offline", "", report.used_twice) if report.used_twice else "")]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))  # plain text: names as typed
        self.table.resizeRowsToContents()
        again = next((row for row, r in enumerate(self.reports) if chosen and r.campaign.id == chosen.id), None)
        if again is not None:
            self.choose(again)  # a refresh keeps the owner's choice
        self._selection_changed()
        self.reports_shown.emit(len(self.reports))

    def selected_campaign(self) -> Campaign | None:
        rows = self.table.selectionModel().selectedRows()
        return self.reports[rows[0].row()].campaign if rows and rows[0].row() < len(self.reports) else None

    def choose(self, row: int) -> None:
        """Select a campaign's row (QTableView.selectRow finds no column right to left, so not that)."""
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(self.table.model().index(row, 0), flags)

    def _selection_changed(self) -> None:
        made = self.selected_campaign()
        self.vouchers_button.setEnabled(made is not None and made.offer.kind is not OfferKind.HAPPY_HOURS
                                        and made.ends > self.clock.now())

    def ask_vouchers(self) -> QFileDialog | None:
        """Where to save the chosen campaign's vouchers; the dialog is kept as ``file_dialog``."""
        made = self.selected_campaign()
        if made is None:
            self.message.setText(self.tr("Choose a campaign in the list first."))
            return None
        dialog = QFileDialog(self, self.tr("Save the vouchers"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("PDF (*.pdf)")])
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog.setDirectory(documents if documents and Path(documents).is_dir() else str(Path.home()))
        dialog.selectFile(f"vouchers-{made.id}.pdf")

        def chosen(name: str) -> None:
            path = Path(name)
            self.save_vouchers(made.id, path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf"))

        dialog.fileSelected.connect(lambda name: chosen(name) if name else None)
        dialog.open()
        self.file_dialog = dialog
        return dialog

    def save_vouchers(self, campaign_id: str, path: Path) -> None:
        """Lay out and write the PDF on the owner's worker; the message says how many and where."""
        from terminal.receipts.vouchers import campaign_vouchers  # reportlab: only when printing

        now = self.clock.now()
        self.vouchers_button.setEnabled(False)
        self.message.setText(self.tr("Preparing the vouchers…"))

        def job(db: Database) -> tuple[str, int]:
            sheets = campaign_vouchers(db, campaign_id, now)
            if sheets.count:
                path.write_bytes(sheets.pdf)
            return sheets.campaign_name, sheets.count

        def done(result: tuple[str, int]) -> None:
            name, count = result
            self._selection_changed()
            if not count:
                self.message.setText(self.tr("No vouchers to print for “{0}”: everyone offered has used it.")
                                     .format(isolate(name)))
                return
            self.message.setText(self.tr("%n vouchers for “{0}” saved to {1}.", "", count).format(isolate(name),
                                                                                            isolate(str(path))))
            self.vouchers_saved.emit(str(path), count)

        def failed(error: Exception) -> bool:
            self._selection_changed()
            if isinstance(error, OSError):
                self.message.setText(self.tr("The vouchers could not be saved to {0}: {1}")
                                     .format(isolate(str(path)), error.strerror or str(error)))
                return True
            return self._refused(error)

        self.worker.run(job, done, failed)

    def ask_new(self) -> None:
        """The dialog opens once the catalogue (for "a free reward") is read; it is kept as ``dialog``."""
        today = self.clock.now().astimezone(ZoneInfo(self.zone)).date()

        def show(rules: Rules) -> None:
            self.dialog = CampaignDialog(rules, QDate(today.year, today.month, today.day), self)
            dialog = self.dialog
            dialog.accepted.connect(lambda: self.start_campaign(dialog))
            self.dialog.open()

        self.worker.run(read_rules, show)

    def start_campaign(self, dialog: CampaignDialog) -> None:
        now = self.clock.now()
        made = dialog.campaign(self.zone, now)  # the widgets are read here, on the GUI thread
        write = self.worker.write

        def job(db: Database) -> tuple[str, campaigns.Groups]:
            shop, rules = read_shop(db), read_rules(db)
            members = campaign_stats.audience_members(db, made.audience, now, shop.timezone,
                                                      thresholds_for(shop, rules), days=made.audience_days)
            return made.id, write(lambda writer: campaigns.create(writer, made, members, rules))

        def done(result: tuple[str, campaigns.Groups]) -> None:
            campaign_id, groups = result
            self.message.setText(self.tr("Campaign started: {0} offered, {1} in the control group.")
                                 .format(len(groups.offered), len(groups.control)))
            self.created.emit(campaign_id)
            self.refresh()

        self.worker.run(job, done, self._refused)

    def _refused(self, error: Exception) -> bool:
        words = known_error(error) if isinstance(error, CampaignError | VoucherError) else None
        if words is None:
            return False
        self.message.setText(words)
        return True


def _share(part: int, whole: int) -> str:
    return f"{part} / {whole} ({part / whole:.0%})" if whole else "—"

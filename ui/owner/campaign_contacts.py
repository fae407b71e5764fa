""""Export contacts…" on the Campaigns tab: the selected campaign's consented contacts with their offer,
as CSV for the shop's mailing or SMS tool (the columns of docs/campaigns.md, as `campaign contacts`).

The owner chooses where; the file is written on the owner's worker (terminal/campaign_contacts.py: private,
whole or not at all) and the tab then says how many contacts went where, or why nothing was written.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QTableWidget, QWidget

from terminal.campaign_contacts import ContactsWritten, default_file_name, write_contacts
from terminal.campaigns import Campaign, CampaignError
from terminal.db import Database
from ui.messages import known_error
from ui.owner.worker import OwnerWorker


class ContactsExport(QObject):
    """The button, the save dialog (kept as ``dialog`` while open) and the export on the worker."""

    written = Signal(str)  # the file's path, once it is in place
    refused = Signal(str)  # the words shown when nothing was written

    def __init__(self, worker: OwnerWorker, table: QTableWidget, selected: Callable[[], Campaign | None],
                 message: QLabel, parent: QWidget) -> None:
        super().__init__(parent)
        self.worker, self.table, self.selected, self.message = worker, table, selected, message
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # a path or a campaign's name is shown as typed
        self.button = QPushButton(self.tr("Export contacts…"), parent)
        self.button.setMinimumHeight(44)
        self.button.setToolTip(self.tr("The offered group's customers who agreed to be contacted, with their "
                                       "offer: a CSV file for a mailing or SMS tool."))
        self.button.setEnabled(False)
        self.button.clicked.connect(self.ask)
        table.itemSelectionChanged.connect(lambda: self.button.setEnabled(self.selected() is not None))
        self.dialog: QFileDialog | None = None

    def ask(self) -> None:
        """Where to save: a file dialog with a name that holds no personal data."""
        made = self.selected()
        if made is None:
            return
        dialog = QFileDialog(self.button.window(), self.tr("Save the campaign's contacts"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("CSV files (*.csv)")])
        dialog.setDefaultSuffix("csv")
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog.setDirectory(documents if documents and Path(documents).is_dir() else str(Path.home()))
        dialog.selectFile(default_file_name(made))
        dialog.fileSelected.connect(lambda name: self.export(made.id, Path(name)) if name else None)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def export(self, campaign_id: str, path: Path) -> None:
        """Write the file on the worker, then say what happened."""
        self.button.setEnabled(False)  # one export at a time

        def job(db: Database) -> ContactsWritten:
            return write_contacts(db, campaign_id, path)

        self.worker.run(job, self._done, self._failed)

    def _done(self, result: ContactsWritten) -> None:
        self.button.setEnabled(self.selected() is not None)
        text = self.tr("%n consented contact(s) of the offered group written to {0}.", "", result.written)
        left_out = result.offered - result.written
        if left_out:
            text += " " + self.tr("%n left out: no consent to be contacted, or erased.", "", left_out)
        self.message.setText(text.format(_isolated(result.path)))
        self.written.emit(str(result.path))

    def _failed(self, error: Exception) -> bool:
        self.button.setEnabled(self.selected() is not None)
        if isinstance(error, OSError):
            words = self._os_words(error)
        elif isinstance(error, CampaignError):
            words = known_error(error) or ""
        else:
            return False  # a bug: the worker's error dialog
        self.message.setText(words)
        self.refused.emit(words)
        return True

    def _os_words(self, error: OSError) -> str:
        folder = str(Path(error.filename).parent) if error.filename else ""
        if error.errno == errno.ENOSPC:
            why = self.tr("The disk is full.")
        elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            why = self.tr("This folder cannot be written: {0}.").format(_isolated(folder))
        elif error.errno in (errno.ENOENT, errno.ENOTDIR):
            why = self.tr("This folder does not exist: {0}.").format(_isolated(folder))
        else:
            why = self.tr("The file could not be written ({0}).").format(error.strerror or error)
        return why + " " + self.tr("No contacts were saved; choose another folder and try again.")


def _isolated(path: object) -> str:
    """A path inside a sentence, kept left-to-right in a right-to-left one (Unicode first-strong isolate)."""
    return f"\u2068{path}\u2069"

"""The problems of an import, all of them: a scrollable list (line, reason) the owner can save as CSV or text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from terminal.importer import RowProblem, save_problems
from ui.owner.worker import OwnerWorker

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class ProblemsModel(QAbstractTableModel):
    """A view over the list, not a copy per row: a file with a wrong format can have a problem per line."""

    def __init__(self, problems: list[RowProblem], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems = problems

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        problem = self.problems[index.row()]
        return str(problem.line) if index.column() == 0 else problem.message

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.tr("Line") if section == 0 else self.tr("Problem")


class ProblemsDialog(QDialog):
    saved = Signal(str)  # the path written

    def __init__(self, worker: OwnerWorker, file: Path, summary: str, problems: list[RowProblem],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.file = file
        self.setWindowTitle(self.tr("Import problems: %1").replace("%1", file.name))
        self.resize(820, 480)
        self.summary = QLabel(summary, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.model = ProblemsModel(problems, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.save_button = QPushButton(self.tr("Save the list…"))
        self.save_button.clicked.connect(self._ask_save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.status = QLabel("", textFormat=Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _ask_save(self) -> None:
        suggested = self.file.with_name(f"{self.file.stem}.problems.csv")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the problems"), str(suggested),
                                              self.tr("CSV (*.csv);;Text (*.txt)"))
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> None:
        problems = self.model.problems
        self.worker.run(lambda db: save_problems(path, problems), on_done=self._saved, on_error=self._not_saved)

    def _saved(self, path: Path) -> None:
        self.status.setText(self.tr("Saved %1").replace("%1", str(path)))
        self.saved.emit(str(path))

    def _not_saved(self, error: Exception) -> bool:
        if not isinstance(error, OSError):
            return False
        self.status.setText(self.tr("Could not save: %1").replace("%1", error.strerror or str(error)))
        return True

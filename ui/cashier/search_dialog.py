"""Find a customer by name, phone or card when there is no card at hand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from terminal.counter import CustomerSummary

SearchRunner = Callable[[str, Callable[[list[CustomerSummary]], None]], None]


class SearchDialog(QDialog):
    chosen = Signal(str)  # customer id

    def __init__(self, run_search: SearchRunner, query: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find a customer"))
        self.resize(640, 480)
        self._run_search = run_search
        self.query = QLineEdit(query)
        self.query.setPlaceholderText(self.tr("Name, phone number or card code"))
        self.query.setMinimumHeight(48)
        self.results = QListWidget()
        self.status = QLabel()
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._search)
        self.query.textChanged.connect(lambda _text: self._debounce.start())
        self.query.returnPressed.connect(self._choose_current)
        self.results.itemActivated.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        layout.addWidget(self.status)
        if query:
            self._search()

    def _search(self) -> None:
        text = self.query.text().strip()
        if not text:
            self.show_results([])
            return
        self._run_search(text, self.show_results)

    def show_results(self, found: list[CustomerSummary]) -> None:
        self.results.clear()
        for summary in found:
            label = f"{summary.name}   {summary.phone}   · {summary.points} pts · {summary.stamps} ★"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
        self.status.setText(self.tr("%n customers found", "", len(found)) if self.query.text().strip() else "")

    def _choose_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

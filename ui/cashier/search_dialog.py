"""Find a customer by name, phone or card when there is no card at hand.

Keyboard and touch alike: type, move through the list with the arrow keys (the typing stays in the
field), Enter opens the one selected; a single tap on a name opens it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from terminal.counter import CustomerSummary

SearchRunner = Callable[[str, Callable[[list[CustomerSummary]], None]], None]
_MOVES = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class SearchDialog(QDialog):
    chosen = Signal(str)  # customer id

    def __init__(self, run_search: SearchRunner, query: str = "", parent: QWidget | None = None,
                 title: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Find a customer"))
        self.resize(640, 480)
        self._run_search = run_search
        self.query = QLineEdit(query)
        self.query.setPlaceholderText(self.tr("Name, phone number or card code"))
        self.query.setMinimumHeight(48)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setStyleSheet("QListWidget#searchResults::item { min-height: 44px; }")  # + padding: 15 mm
        self.status = QLabel()
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._search)
        self.query.textChanged.connect(lambda _text: self._debounce.start())
        self.query.returnPressed.connect(self._choose_current)
        self.query.installEventFilter(self)
        self.results.itemActivated.connect(self._choose)  # Enter in the list, or a double click
        self.results.itemClicked.connect(self._choose)  # one tap is enough
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        layout.addWidget(self.status)
        if query:
            self._search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys in the search field move the selection in the list."""
        if (watched is self.query and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in _MOVES and self.results.count()):
            self.results.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def _search(self) -> None:
        text = self.query.text().strip()
        if not text:
            self.show_results([])
            return
        self._run_search(text, self.show_results)

    def show_results(self, found: list[CustomerSummary]) -> None:
        self.results.clear()
        for summary in found:
            label = self.tr("{0}   {1}   · {2} points · {3} stamps").format(
                summary.name, summary.phone, summary.points, summary.stamps)
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

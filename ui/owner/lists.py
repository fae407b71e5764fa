"""The dashboard's lists: at risk, lapsed, overdue by rhythm, overdrawn, and the latest low ratings.

Phone and e-mail appear only for customers who consented (the rows come that way from terminal.stats).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from terminal.stats.customers import CustomerRow, ListName
from terminal.stats.dashboard import Dashboard
from terminal.stats.ratings import LowRating
from ui.formatting import local_format


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setAlternatingRowColors(True)
    table.setStyleSheet("font-size: 13px;")
    return table


class ListsPanel(QTabWidget):
    follow_up_requested = Signal(object, str)  # LowRating, "contacted" | "resolved"
    recovery_requested = Signal(object)  # LowRating: an offer for the customer's next visit
    TITLES = {ListName.AT_RISK: QT_TRANSLATE_NOOP("ListsPanel", "At risk"),
              ListName.LAPSED: QT_TRANSLATE_NOOP("ListsPanel", "Lapsed"),
              ListName.OVERDUE: QT_TRANSLATE_NOOP("ListsPanel", "Overdue by rhythm"),
              ListName.OVERDRAWN: QT_TRANSLATE_NOOP("ListsPanel", "Overdrawn"),
              ListName.VIP: QT_TRANSLATE_NOOP("ListsPanel", "VIP"),
              ListName.NEW: QT_TRANSLATE_NOOP("ListsPanel", "New")}
    COUNT_KEYS = {ListName.OVERDRAWN: "overdrawn_customers"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tables: dict[ListName, QTableWidget] = {}
        for which, title in self.TITLES.items():
            table = _table([self.tr("Name"), self.tr("Phone"), self.tr("E-mail"), self.tr("Last visit"),
                            self.tr("Days silent"), self.tr("Usual gap (days)"), self.tr("Spend"), self.tr("Points")])
            self.tables[which] = table
            self.addTab(table, self.tr(str(title)))
        self.ratings = _table([self.tr("When"), self.tr("Score"), self.tr("Customer"), self.tr("Receipt"),
                               self.tr("Served by"), self.tr("Reason"),
                               self.tr("Comment"), self.tr("Follow-up")])
        self.ratings_page = QWidget()
        self.follow_up_summary = QLabel("")
        self.contacted_button = QPushButton(self.tr("Contacted…"))
        self.resolved_button = QPushButton(self.tr("Resolved…"))
        self.recovery_button = QPushButton(self.tr("Recovery offer…"))
        buttons = QHBoxLayout()
        for button in (self.contacted_button, self.resolved_button, self.recovery_button):
            button.setMinimumHeight(40)
            buttons.addWidget(button)
        buttons.addWidget(self.follow_up_summary, 1)
        page = QVBoxLayout(self.ratings_page)
        page.addLayout(buttons)
        page.addWidget(self.ratings, 1)
        self.contacted_button.clicked.connect(lambda: self._follow_up("contacted"))
        self.resolved_button.clicked.connect(lambda: self._follow_up("resolved"))
        self.recovery_button.clicked.connect(self._recovery)
        self.addTab(self.ratings_page, self.tr("Low ratings"))
        self.rows: dict[ListName, list[CustomerRow]] = {}
        self.low_ratings: list[LowRating] = []

    def current_list(self) -> ListName | None:
        widget = self.currentWidget()
        return next((which for which, table in self.tables.items() if table is widget), None)

    def show_dashboard(self, board: Dashboard) -> None:
        fmt = local_format(board.currency, board.period.zone)
        self.rows = board.lists
        for which, table in self.tables.items():
            rows = board.lists.get(which, [])
            if which in (ListName.VIP, ListName.NEW):
                count = board.numbers.get("segments", {}).get(which.value, len(rows))
            else:
                count = board.numbers.get(self.COUNT_KEYS.get(which, which.value), len(rows))
            self.setTabText(self.indexOf(table), f"{self.tr(str(self.TITLES[which]))} ({fmt.number(count)})")
            table.setRowCount(len(rows))
            for r, row in enumerate(rows):
                cells = [row.name or "—", row.phone if row.consent else self.tr("(no consent)"), row.email,
                         fmt.date(row.last_visit) if row.last_visit else "",
                         fmt.number(row.days_silent) if row.days_silent is not None else "",
                         fmt.number(row.usual_gap_days) if row.usual_gap_days is not None else "",
                         fmt.money(row.spend), fmt.number(row.points)]
                for c, text in enumerate(cells):
                    table.setItem(r, c, QTableWidgetItem(text))
        self._show_ratings(board.low_ratings, board)

    def _show_ratings(self, ratings: list[LowRating], board: Dashboard) -> None:
        self.low_ratings = ratings
        fmt = local_format(board.currency, board.period.zone)
        title = self.tr("Low ratings")
        self.setTabText(self.indexOf(self.ratings_page), f"{title} ({fmt.number(len(ratings))})")
        self.ratings.setRowCount(len(ratings))
        statuses = {"open": self.tr("open"), "contacted": self.tr("contacted"), "resolved": self.tr("resolved")}
        for r, rating in enumerate(ratings):
            scale = "0–10" if rating.scale == "nps" else "1–5"
            status = statuses.get(rating.status, rating.status) + (f": {rating.note}" if rating.note else "")
            cells = [fmt.datetime(rating.ts), fmt.digits(f"{rating.score} ({scale})"),
                     rating.customer_name or self.tr("(no card)"), rating.receipt_no, rating.staff, rating.reason,
                     rating.comment, status]
            for c, text in enumerate(cells):
                self.ratings.setItem(r, c, QTableWidgetItem(text))  # plain text: comments as typed
        numbers = board.follow_ups
        if numbers is not None and numbers.low:
            self.follow_up_summary.setText(self.tr("Answered within 48 h: {0} of {1} · came back after: {2}")
                                           .format(numbers.answered_48h, numbers.low, numbers.came_back))
        else:
            self.follow_up_summary.setText("")

    def selected_rating(self) -> LowRating | None:
        row = self.ratings.currentRow()
        return self.low_ratings[row] if 0 <= row < len(self.low_ratings) else None

    def _follow_up(self, status: str) -> None:
        rating = self.selected_rating()
        if rating is not None:
            self.follow_up_requested.emit(rating, status)

    def _recovery(self) -> None:
        rating = self.selected_rating()
        if rating is not None and rating.customer_id:
            self.recovery_requested.emit(rating)

"""The dashboard's lists: at risk, lapsed, overdue by rhythm, overdrawn, and the latest low ratings.

Phone and e-mail appear only for customers who consented (the rows come that way from terminal.stats).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QTabWidget, QWidget

from terminal.money import format_amount
from terminal.stats.customers import CustomerRow, ListName
from terminal.stats.dashboard import Dashboard
from terminal.stats.ratings import LowRating


def tr(text: str) -> str:
    return QCoreApplication.translate("ListsPanel", text)


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
    TITLES = {ListName.AT_RISK: "At risk", ListName.LAPSED: "Lapsed", ListName.OVERDUE: "Overdue by rhythm",
              ListName.OVERDRAWN: "Overdrawn", ListName.VIP: "VIP", ListName.NEW: "New"}
    COUNT_KEYS = {ListName.OVERDRAWN: "overdrawn_customers"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tables: dict[ListName, QTableWidget] = {}
        for which, title in self.TITLES.items():
            table = _table([tr("Name"), tr("Phone"), tr("E-mail"), tr("Last visit"), tr("Days silent"),
                            tr("Usual gap (days)"), tr("Spend"), tr("Points")])
            self.tables[which] = table
            self.addTab(table, tr(title))
        self.ratings = _table([tr("When"), tr("Score"), tr("Reason"), tr("Comment")])
        self.addTab(self.ratings, tr("Low ratings"))
        self.rows: dict[ListName, list[CustomerRow]] = {}

    def current_list(self) -> ListName | None:
        widget = self.currentWidget()
        return next((which for which, table in self.tables.items() if table is widget), None)

    def show_dashboard(self, board: Dashboard) -> None:
        self.rows = board.lists
        for which, table in self.tables.items():
            rows = board.lists.get(which, [])
            if which in (ListName.VIP, ListName.NEW):
                count = board.numbers.get("segments", {}).get(which.value, len(rows))
            else:
                count = board.numbers.get(self.COUNT_KEYS.get(which, which.value), len(rows))
            self.setTabText(self.indexOf(table), f"{tr(self.TITLES[which])} ({count})")
            table.setRowCount(len(rows))
            for r, row in enumerate(rows):
                cells = [row.name or "—", row.phone if row.consent else tr("(no consent)"), row.email,
                         row.last_visit.astimezone(board.period.tz).strftime("%Y-%m-%d") if row.last_visit else "",
                         f"{row.days_silent:.0f}" if row.days_silent is not None else "",
                         f"{row.usual_gap_days:.0f}" if row.usual_gap_days is not None else "",
                         format_amount(row.spend, board.currency), str(row.points)]
                for c, text in enumerate(cells):
                    table.setItem(r, c, QTableWidgetItem(text))
        self._show_ratings(board.low_ratings, board)

    def _show_ratings(self, ratings: list[LowRating], board: Dashboard) -> None:
        self.setTabText(self.indexOf(self.ratings), f"{tr('Low ratings')} ({len(ratings)})")
        self.ratings.setRowCount(len(ratings))
        for r, rating in enumerate(ratings):
            scale = "0–10" if rating.scale == "nps" else "1–5"
            cells = [rating.ts.astimezone(board.period.tz).strftime("%Y-%m-%d %H:%M"), f"{rating.score} ({scale})",
                     rating.reason, rating.comment]
            for c, text in enumerate(cells):
                self.ratings.setItem(r, c, QTableWidgetItem(text))

"""KPI tiles: a number, its change against the previous period, and a note (confidence, noise)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from terminal.formatting import LocalFormat
from terminal.stats.format import format_change, format_number, number_label
from ui.formatting import QtWords, local_format

TILE_KEYS = ("sales", "revenue", "average_sale", "active_customers", "new_customers", "repeat_purchase_rate",
             "retention_rate", "churn_rate", "nps", "csat", "historical_clv", "outstanding_points")
# Lower is better for these: a rise is shown in the warning colour.
LOWER_IS_BETTER = {"churn_rate", "at_risk", "lapsed", "overdue", "overdrawn_customers"}
# Tiles a row, the most first, each dividing the twelve tiles into full rows.
COLUMN_CHOICES = (6, 4, 3, 2, 1)


class KpiTile(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("kpiTile")
        self.setStyleSheet("#kpiTile { background: #ffffff; border: 1px solid #d5dde2; border-radius: 8px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.title = QLabel(QCoreApplication.translate("Stats", number_label(key)))
        self.title.setStyleSheet("color: #4a5a66; font-size: 13px;")
        self.value = QLabel("–")
        self.value.setStyleSheet("font-size: 26px; font-weight: 600; color: #1b2a33;")
        self.change = QLabel("")
        self.change.setStyleSheet("font-size: 13px;")
        self.note = QLabel("")
        self.note.setStyleSheet("color: #6b7b86; font-size: 11px;")
        # Words wrap: a title or a change long in some languages ("−3 százalékpont az előzőhöz képest")
        # makes the tile taller, not wider. The number itself never breaks.
        for label in (self.title, self.change, self.note):
            label.setWordWrap(True)
        for widget in (self.title, self.value, self.change, self.note):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_numbers(self, numbers: dict[str, Any], currency: str) -> None:
        now, before = numbers.get(self.key), numbers.get("previous", {}).get(self.key)
        fmt = local_format(currency)
        self.value.setText(format_number(self.key, now, fmt))
        change = format_change(self.key, now, before, fmt, QtWords())
        self.change.setText(self.tr("%1 vs previous").replace("%1", change) if change
                            else self.tr("no previous figure"))
        colour = "#6b7b86"
        if now is not None and before is not None and now != before:
            better = (now < before) if self.key in LOWER_IS_BETTER else (now > before)
            colour = "#1e7d32" if better else "#b3261e"
        self.change.setStyleSheet(f"font-size: 13px; color: {colour};")
        self.note.setText(self._note(numbers, fmt))

    def _note(self, numbers: dict[str, Any], fmt: LocalFormat) -> str:
        if self.key in ("nps", "csat"):
            low, high = numbers.get(f"{self.key}_ci_low"), numbers.get(f"{self.key}_ci_high")
            count = numbers.get(f"{self.key}_ratings", 0)
            if low is None or high is None:
                return self.tr("no ratings")
            scale = 100
            text = (self.tr("95%: %1 to %2, %n ratings", "", count)
                    .replace("%1", fmt.number(low * scale)).replace("%2", fmt.number(high * scale)))
            if numbers.get("within_noise", {}).get(self.key):
                text += " · " + self.tr("change within the noise")
            return text
        if self.key == "churn_rate" and numbers.get("previous_active_customers") == 0:
            return self.tr("nobody was active in the previous period")
        return ""


class TileGrid(QWidget):
    """The tiles in rows of as many as the width holds (six, four, three, two, one), all of one width, as
    wide as the widest tile needs: a narrow window, a language of long words or a long number gets more
    rows, never a dashboard wider than the window."""

    def __init__(self, keys: tuple[str, ...] = TILE_KEYS, columns: int = COLUMN_CHOICES[0],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setSpacing(8)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.tiles = {key: KpiTile(key) for key in keys}
        for tile in self.tiles.values():  # the columns' minimum widths set the width, alike for all
            tile.setSizePolicy(QSizePolicy.Policy.Ignored, tile.sizePolicy().verticalPolicy())
        self.most_columns = columns
        self.columns = 0
        self._fit(self.maximumWidth())  # until the grid is given its width

    def show_numbers(self, numbers: dict[str, Any], currency: str) -> None:
        for tile in self.tiles.values():
            tile.show_numbers(numbers, currency)
        self._fit(self.width())  # a longer number may need wider tiles, so fewer a row

    def _widest_tile(self) -> int:
        return max(tile.minimumSizeHint().width() for tile in self.tiles.values())

    def columns_for(self, width: int) -> int:
        """The most tiles a row that fit in ``width``, each as wide as the widest tile needs."""
        widest, spacing = self._widest_tile(), self.grid.horizontalSpacing()
        return next((columns for columns in COLUMN_CHOICES
                     if columns <= self.most_columns and columns * widest + (columns - 1) * spacing <= width), 1)

    def _fit(self, width: int) -> None:
        """Lay the tiles out again for ``width`` when the number a row or the tiles' width changes."""
        columns, widest = self.columns_for(width), self._widest_tile()
        if columns != self.columns:
            for tile in self.tiles.values():
                self.grid.removeWidget(tile)
            for column in range(self.columns):
                self.grid.setColumnStretch(column, 0)
                self.grid.setColumnMinimumWidth(column, 0)
            for index, tile in enumerate(self.tiles.values()):
                self.grid.addWidget(tile, index // columns, index % columns)
            self.columns = columns
        for column in range(columns):
            if self.grid.columnMinimumWidth(column) != widest:  # (each change lays the grid out again)
                self.grid.setColumnMinimumWidth(column, widest)
            if self.grid.columnStretch(column) != 1:
                self.grid.setColumnStretch(column, 1)

    def minimumSizeHint(self) -> QSize:
        """One tile wide: the rows are laid out again for the width given."""
        return QSize(self._widest_tile(), super().minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """The height of the rows that ``width`` gets (not of those laid out now): each row as tall as its
        tallest tile at the columns' width."""
        columns = self.columns_for(width)
        column_width = max(self._widest_tile(), (width - (columns - 1) * self.grid.horizontalSpacing()) // columns)
        tiles = list(self.tiles.values())
        rows = [tiles[start:start + columns] for start in range(0, len(tiles), columns)]
        heights = [max(max(tile.heightForWidth(column_width), tile.minimumSizeHint().height()) for tile in row)
                   for row in rows]
        return sum(heights) + (len(rows) - 1) * self.grid.verticalSpacing()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a tile's words or font changed: its width may have
            self._fit(self.width())
        return super().event(event)

"""KPI tiles: a number, its change against the previous period, and a note (confidence, noise)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from terminal.formatting import LocalFormat
from terminal.stats.format import format_change, format_number, number_label
from ui.formatting import QtWords, local_format

TILE_KEYS = ("sales", "revenue", "average_sale", "active_customers", "new_customers", "repeat_purchase_rate",
             "retention_rate", "churn_rate", "nps", "csat", "historical_clv", "outstanding_points")
# Lower is better for these: a rise is shown in the warning colour.
LOWER_IS_BETTER = {"churn_rate", "at_risk", "lapsed", "overdue", "overdrawn_customers"}



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
        self.note.setWordWrap(True)
        for widget in (self.title, self.value, self.change, self.note):
            layout.addWidget(widget)

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
    def __init__(self, keys: tuple[str, ...] = TILE_KEYS, columns: int = 6, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setSpacing(8)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tiles = {key: KpiTile(key) for key in keys}
        for index, tile in enumerate(self.tiles.values()):
            layout.addWidget(tile, index // columns, index % columns)
        for column in range(columns):
            layout.setColumnStretch(column, 1)

    def show_numbers(self, numbers: dict[str, Any], currency: str) -> None:
        for tile in self.tiles.values():
            tile.show_numbers(numbers, currency)

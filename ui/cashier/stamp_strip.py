"""The stamp card drawn as stamps: filled circles for stamps earned, rings for the rest."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

FILLED = QColor("#b5651d")
EMPTY = QColor("#c9c9c9")


class StampStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filled = 0
        self._size = 5
        self._scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(80)

    def set_stamps(self, filled: int, card_size: int) -> None:
        self._filled, self._size = max(0, min(filled, card_size)), max(1, card_size)
        self.setAccessibleName(self.tr("%n of %1 stamps", "", self._filled).replace("%1", str(self._size)))
        self.update()

    @property
    def filled(self) -> int:
        return self._filled

    def set_scale(self, factor: float) -> None:
        """Bigger stamps on a bigger screen."""
        self._scale = factor
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        unit = round(80 * self._scale)
        return QSize(self._size * unit, unit)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        diameter = min(68.0 * self._scale, (self.width() - 8) / self._size - 8, self.height() - 8.0)
        y = (self.height() - diameter) / 2
        font = QFont(self.font())
        font.setPixelSize(int(diameter * 0.45))
        font.setBold(True)
        painter.setFont(font)
        for index in range(self._size):
            rect = QRectF(4 + index * (diameter + 8), y, diameter, diameter)
            if index < self._filled:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(FILLED)
                painter.drawEllipse(rect)
                painter.setPen(QColor("white"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "✓")
            else:
                painter.setPen(QPen(EMPTY, 3, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(rect.adjusted(2, 2, -2, -2))
                if index == self._size - 1:
                    painter.setPen(EMPTY)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "★")
        painter.end()

"""Painted parts of the customer's screen: smiley buttons and the stamp card.

Drawn with QPainter rather than emoji, so they look the same on every machine whatever its fonts.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

# Red to green, one per smiley from "very unhappy" (1) to "very happy" (5).
FACE_COLOURS = ("#d64541", "#ef8a3c", "#f2c94c", "#8cc96b", "#3fae5a")


class SmileyButton(QPushButton):
    """One large face of the 1-5 scale; its text is kept for keys, accessibility and tests."""

    def __init__(self, score: int, label: str, parent: QWidget | None = None) -> None:
        super().__init__(label, parent)
        self.score = score
        self.setAccessibleName(label)
        self.setObjectName("smiley")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 8
        face = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        colour = QColor(FACE_COLOURS[self.score - 1])
        if not self.isEnabled():
            colour.setAlpha(110)
        ring = QColor("#1d3557") if self.hasFocus() else colour.darker(130)
        painter.setPen(QPen(ring, max(3.0, side / 22)))
        painter.setBrush(colour)
        painter.drawEllipse(face)
        ink = QColor("#2b2b2b")
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        eye = side / 12
        for x in (0.35, 0.65):
            painter.drawEllipse(QPointF(face.left() + side * x, face.top() + side * 0.38), eye / 1.4, eye)
        # The mouth bends from a frown (1) through a straight line (3) to a wide smile (5).
        bend = (self.score - 3) * side * 0.09
        mouth = QPainterPath(QPointF(face.left() + side * 0.28, face.top() + side * 0.66))
        mouth.quadTo(QPointF(face.center().x(), face.top() + side * 0.66 + bend * 2),
                     QPointF(face.left() + side * 0.72, face.top() + side * 0.66))
        painter.setPen(QPen(ink, max(3.0, side / 16), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(mouth)


class StampCard(QWidget):
    """A row of circles, the earned ones filled: the customer's card at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filled = 0
        self.size_ = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_card(self, filled: int, size: int) -> None:
        self.filled, self.size_ = filled, size
        self.setAccessibleName(f"{filled}/{size}")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.size_ <= 0:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap = self.height() * 0.25
        diameter = min(self.height() - 6.0, (self.width() - gap * (self.size_ - 1)) / self.size_)
        diameter -= max(3.0, diameter / 14)  # the ring is drawn centred on the edge: keep it inside
        left = (self.width() - diameter * self.size_ - gap * (self.size_ - 1)) / 2
        for index in range(self.size_):
            circle = QRectF(left + index * (diameter + gap), (self.height() - diameter) / 2, diameter, diameter)
            painter.setPen(QPen(QColor("#6b4226"), max(3.0, diameter / 14)))
            painter.setBrush(QColor("#6b4226") if index < self.filled else QColor("#fffaf3"))
            painter.drawEllipse(circle)
            if index < self.filled:
                painter.setPen(QPen(QColor("#fffaf3"), max(3.0, diameter / 10), Qt.PenStyle.SolidLine,
                                    Qt.PenCapStyle.RoundCap))
                tick = QPainterPath(QPointF(circle.left() + diameter * 0.28, circle.top() + diameter * 0.52))
                tick.lineTo(circle.left() + diameter * 0.44, circle.top() + diameter * 0.68)
                tick.lineTo(circle.left() + diameter * 0.73, circle.top() + diameter * 0.34)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(tick)

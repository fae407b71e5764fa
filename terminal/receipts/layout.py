"""A column of blocks measured first and drawn second, so a roll receipt's length can follow its content."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from terminal.receipts.fonts import text_width

Draw = Callable[[Canvas, float, float], None]  # (canvas, left x, top y) -> None
LEADING = 1.22  # line height as a multiple of the font size
ASCENT = 0.93  # DejaVu Sans: baseline below the top of the line, as a multiple of the size


class Column:
    def __init__(self, width: float) -> None:
        self.width = width
        self.height = 0.0
        self._blocks: list[tuple[float, Draw]] = []

    def add(self, height: float, draw: Draw | None = None) -> None:
        if draw is not None:
            self._blocks.append((self.height, draw))
        self.height += height

    def gap(self, height: float) -> None:
        self.add(height)

    def text(self, text: str, font: str, size: float, align: str = "left") -> None:
        """One paragraph, wrapped at word boundaries to the column's width."""
        for line in simpleSplit(text, font, size, self.width) or [""]:
            self.add(size * LEADING, _line_drawer(line, font, size, align, self.width))

    def pair(self, left: str, right: str, font: str, size: float, right_font: str | None = None,
             min_size: float | None = None) -> None:
        """A label on the left, a value on the right; shrunk down to ``min_size`` to share one line,
        else the label above and the value right-aligned below it, each wrapped. Never overlapping."""
        right_font = right_font or font

        def fits(at: float) -> bool:
            return text_width(left, font, at) + at + text_width(right, right_font, at) <= self.width

        while min_size is not None and size - 0.5 >= min_size and not fits(size):
            size -= 0.5
        width = self.width
        if fits(size):
            lines, values, first_value = [left], [right], 0
        else:
            lines = simpleSplit(left, font, size, width) or [""]
            values = simpleSplit(right, right_font, size, width) or [""]
            first_value = len(lines)
        leading = size * LEADING

        def draw(canvas: Canvas, x: float, top: float) -> None:
            baseline = top - size * ASCENT
            canvas.setFont(font, size)
            for index, line in enumerate(lines):
                canvas.drawString(x, baseline - index * leading, line)
            canvas.setFont(right_font, size)
            for index, value in enumerate(values, start=first_value):
                canvas.drawRightString(x + width, baseline - index * leading, value)

        self.add(leading * max(len(lines), first_value + len(values)), draw)

    def rule(self, space: float, dashed: bool = True) -> None:
        width = self.width

        def draw(canvas: Canvas, x: float, top: float) -> None:
            canvas.setLineWidth(0.8)
            canvas.setDash([2, 2] if dashed else [])
            canvas.line(x, top - space / 2, x + width, top - space / 2)
            canvas.setDash([])

        self.add(space, draw)

    def render(self, canvas: Canvas, left: float, top: float) -> None:
        for offset, draw in self._blocks:
            draw(canvas, left, top - offset)


def _line_drawer(line: str, font: str, size: float, align: str, width: float) -> Draw:
    def draw(canvas: Canvas, x: float, top: float) -> None:
        canvas.setFont(font, size)
        baseline = top - size * ASCENT
        if align == "center":
            canvas.drawCentredString(x + width / 2, baseline, line)
        elif align == "right":
            canvas.drawRightString(x + width, baseline, line)
        else:
            canvas.drawString(x, baseline, line)

    return draw

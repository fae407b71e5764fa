"""A column of blocks measured first and drawn second, so a roll receipt's length can follow its content."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from terminal.receipts.fonts import text_width
from terminal.receipts.shaping import visual

Draw = Callable[[Canvas, float, float], None]  # (canvas, left x, top y) -> None
LEADING = 1.22  # line height as a multiple of the font size
ASCENT = 0.93  # DejaVu Sans: baseline below the top of the line, as a multiple of the size


class Column:
    """With ``rtl`` (a Persian receipt) the column is mirrored: labels on the right, values on the left.

    Text is wrapped in logical order and each line shaped for drawing (terminal.receipts.shaping).
    """

    def __init__(self, width: float, rtl: bool = False) -> None:
        self.width = width
        self.rtl = rtl
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
        if self.rtl:
            align = {"left": "right", "right": "left"}.get(align, align)
        for line in simpleSplit(text, font, size, self.width) or [""]:
            self.add(size * LEADING, _line_drawer(visual(line, self.rtl), font, size, align, self.width))

    def pair(self, left: str, right: str, font: str, size: float, right_font: str | None = None,
             min_size: float | None = None) -> None:
        """A label on the left, a value on the right; shrunk down to ``min_size`` to share one line,
        else the label above and the value right-aligned below it, each wrapped. Never overlapping."""
        right_font = right_font or font
        rtl = self.rtl

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
        lines = [visual(line, rtl) for line in lines]
        values = [visual(value, rtl) for value in values]
        leading = size * LEADING

        def draw(canvas: Canvas, x: float, top: float) -> None:
            baseline = top - size * ASCENT
            label_at, value_at = (canvas.drawRightString, canvas.drawString) if rtl else \
                (canvas.drawString, canvas.drawRightString)
            canvas.setFont(font, size)
            for index, line in enumerate(lines):
                label_at(x + width if rtl else x, baseline - index * leading, line)
            canvas.setFont(right_font, size)
            for index, value in enumerate(values, start=first_value):
                value_at(x if rtl else x + width, baseline - index * leading, value)

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

"""The owner's recovery code on paper (A4): printed at set-up, kept away from the counter."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from terminal.receipts import fonts

LINES = (
    "This code sets a new owner PIN when the PIN is forgotten.",
    "At the terminal: press F8, choose \u201cForgot the PIN?\u201d, type this code and a new PIN.",
    "The code works once; the terminal then shows a new one to print.",
    "Keep this page somewhere safe, away from the counter. Anyone with it can take over the owner's door.",
)


def render_recovery_code(code: str, shop_name: str, made_on: date) -> bytes:
    fonts.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setTitle("Owner recovery code")
    canvas.setCreator("Loyalty Terminal")
    width, height = A4
    left = 25 * mm
    y = height - 35 * mm
    canvas.setFont(fonts.BOLD, 20)
    canvas.drawString(left, y, "Owner recovery code")
    y -= 10 * mm
    canvas.setFont(fonts.REGULAR, 12)
    canvas.drawString(left, y, f"{shop_name} \u2014 made on {made_on.isoformat()}")
    y -= 25 * mm
    canvas.setFont(fonts.MONO, 30)
    canvas.drawCentredString(width / 2, y, code)
    canvas.setLineWidth(1)
    canvas.rect(left, y - 8 * mm, width - 2 * left, 22 * mm)
    y -= 25 * mm
    canvas.setFont(fonts.REGULAR, 11)
    for line in LINES:
        y = _wrapped(canvas, line, left, y, width - 2 * left) - 8 * mm
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _wrapped(canvas: Canvas, text: str, x: float, y: float, width: float) -> float:
    """Draws the text in lines no wider than ``width``; returns the last line's baseline."""
    words, line = text.split(), ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if fonts.text_width(candidate, fonts.REGULAR, 11) > width and line:
            canvas.drawString(x, y, line)
            y -= 5 * mm
            line = word
        else:
            line = candidate
    canvas.drawString(x, y, line)
    return y

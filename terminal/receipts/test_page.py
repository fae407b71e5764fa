"""A printer's test page on the receipt roll: the shop's name, the roll's width edge to edge, a QR code.

The owner sees at once whether the roll width is right (the ruler's ends touch the paper's edges
less the margin), whether the fonts print (Latin and Cyrillic), and whether the code is sharp
enough for the counter camera (it says "TEST").
"""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from terminal.receipts import fonts
from terminal.receipts.qr import draw_qr, module_size, qr_shape

MARGIN_MM = 3.0


def render_test_page(shop_name: str, width_mm: int, printed_at: datetime, printer: str = "") -> bytes:
    fonts.register_fonts()
    width, height = width_mm * mm, 80 * mm
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1)
    canvas.setTitle("Printer test page")
    canvas.setCreator("Loyalty Terminal")
    left, right = MARGIN_MM * mm, width - MARGIN_MM * mm
    y = height - 8 * mm
    canvas.setFont(fonts.BOLD, 12)
    canvas.drawCentredString(width / 2, y, "Printer test page")
    y -= 6 * mm
    canvas.setFont(fonts.REGULAR, 9)
    for line in (shop_name, printer, f"{printed_at:%Y-%m-%d %H:%M}", f"Roll width {width_mm} mm",
                 "Árvíztűrő tükörfúrógép · Привіт"):
        if line:
            canvas.drawCentredString(width / 2, y, line)
            y -= 4.5 * mm
    y -= 2 * mm
    canvas.setLineWidth(0.8)
    canvas.line(left, y, right, y)  # the printable width, edge to edge
    for x_mm in range(0, int((right - left) / mm) + 1, 10):
        canvas.line(left + x_mm * mm, y, left + x_mm * mm, y - 2 * mm)
    canvas.line(right, y, right, y - 3 * mm)
    y -= 6 * mm
    shape = qr_shape("TEST")
    module = module_size(30 * mm, shape)
    side = shape.side(module)
    draw_qr(canvas, shape, (width - side) / 2, y - side, module)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()

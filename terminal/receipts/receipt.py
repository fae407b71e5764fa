"""The receipt for an 80 mm or 58 mm thermal roll: the page is as long as its content.

Layout from top to bottom: logo, shop, sale details, amount, the loyalty block (points, stamp card,
reward, tier, what is left to the next reward), the feedback QR code with one inviting line, and the
owner's footer. The QR code's modules are whole printer dots, so a 203 dpi printer prints it crisp.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from terminal.formatting import LocalFormat
from terminal.languages import is_rtl
from terminal.receipts import fonts
from terminal.receipts.layout import Column
from terminal.receipts.qr import DOT_PT, draw_qr, module_size, qr_shape
from terminal.receipts.receipt_data import LoyaltyLines, ReceiptData, receipt_data
from terminal.shop import Shop
from terminal.words import Phrases


@dataclass(frozen=True)
class Roll:
    paper_mm: int
    margin_mm: float  # the print head is narrower than the paper
    size: float  # body text, points
    title: float
    total: float
    stamp_mm: float
    qr_mm: float
    logo_mm: float


ROLLS = {
    80: Roll(80, 4.0, 9.5, 14, 16, 6.0, 34, 18),
    58: Roll(58, 5.0, 8.5, 12, 14, 5.0, 28, 14),
}


class Receipt(Phrases):
    """The receipt's language: its words (context "Receipt") and its way of writing numbers."""

    def __init__(self, language: str, fmt: LocalFormat) -> None:
        super().__init__(language)
        self.fmt = fmt

    def stamps_to_go(self, count: int, reward: str) -> str:
        """The count comes in the language's digits (Persian translations use %Ln); the reward as written."""
        return self.tr("%n more stamps to %1", "", count).replace("%1", reward)

    def points_to_go(self, count: int, reward: str) -> str:
        return self.tr("%n more points to %1", "", count).replace("%1", reward)


def render_receipt(data: ReceiptData, width_mm: int = 80) -> bytes:
    """The receipt as PDF bytes; the same data always gives the same bytes."""
    fonts.register_fonts()
    roll = ROLLS[width_mm]
    speech = Receipt(data.language, LocalFormat(data.language, data.currency, str(data.sold_at.tzinfo or "UTC")))
    content = Column(width_mm * mm - 2 * roll.margin_mm * mm, rtl=is_rtl(data.language))
    _header(content, data, roll)
    _sale(content, data, roll, speech)
    if data.loyalty is not None:
        _loyalty(content, data.loyalty, roll, speech)
    _feedback(content, data, roll, speech)
    footer = data.footer
    if footer == Shop().receipt_footer:  # the owner kept the default: say it in the receipt's language
        footer = speech.translate("Receipt", "Thank you for your visit!")
    if footer.strip():
        content.gap(roll.size * 0.6)
        for paragraph in footer.splitlines():
            content.text(paragraph, fonts.REGULAR, roll.size, "center")
    margin = roll.margin_mm * mm
    height = math.ceil((content.height + 2 * margin) / DOT_PT) * DOT_PT  # whole dots keep the QR on the grid
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width_mm * mm, height), invariant=1, pageCompression=0)
    canvas.setTitle(speech.translate("Receipt", "Receipt %1").replace("%1", data.receipt_no))
    canvas.setCreator("Loyalty Terminal")
    content.render(canvas, margin, height - margin)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def receipt_pdf(db: sqlite_utils.Database, receipt_no: str, width_mm: int = 80) -> bytes:
    return render_receipt(receipt_data(db, receipt_no), width_mm)


def _header(content: Column, data: ReceiptData, roll: Roll) -> None:
    if data.logo is not None:
        _logo(content, data.logo, roll)
    content.text(data.shop_name, fonts.BOLD, roll.title, "center")
    for line in data.shop_address.splitlines():
        content.text(line, fonts.REGULAR, roll.size, "center")
    content.rule(roll.size)


def _sale(content: Column, data: ReceiptData, roll: Roll, speech: Receipt) -> None:
    fmt = speech.fmt
    content.pair(fmt.datetime(data.sold_at), speech.translate("Receipt", "Terminal %1").replace("%1", data.terminal),
                 fonts.REGULAR, roll.size)
    content.pair(speech.translate("Receipt", "Receipt"), data.receipt_no, fonts.REGULAR, roll.size)
    content.rule(roll.size)
    content.pair(speech.translate("Receipt", "TOTAL"), fmt.money(data.amount), fonts.BOLD, roll.total,
                 min_size=roll.size)
    content.rule(roll.size)


def _loyalty(content: Column, lines: LoyaltyLines, roll: Roll, speech: Receipt) -> None:
    size, fmt = roll.size, speech.fmt
    if lines.customer_name:
        content.text(lines.customer_name, fonts.BOLD, size + 1)
    content.pair(speech.translate("Receipt", "Tier"), lines.tier, fonts.REGULAR, size, fonts.BOLD)
    content.pair(speech.translate("Receipt", "Points earned"), fmt.number(lines.points_earned, signed=True),
                 fonts.REGULAR, size)
    if lines.bonus_points:
        content.pair(speech.translate("Receipt", "Birthday bonus"), fmt.number(lines.bonus_points, signed=True),
                     fonts.REGULAR, size)
    for name in lines.redeemed:
        content.pair(speech.translate("Receipt", "Redeemed"), name, fonts.REGULAR, size, fonts.BOLD)
    content.pair(speech.translate("Receipt", "Points balance"), fmt.number(lines.points_balance), fonts.BOLD, size)
    content.gap(size * 0.4)
    stamps = speech.translate("Receipt", "Stamps")
    if lines.stamps_earned:
        stamps = speech.translate("Receipt", "Stamps (+%1)").replace("%1", fmt.number(lines.stamps_earned))
    content.pair(stamps, fmt.digits(f"{lines.stamps_on_card} / {lines.card_size}"), fonts.REGULAR, size, fonts.BOLD)
    _stamp_card(content, lines.stamps_on_card, lines.card_size, roll)
    if lines.stamp_reward:
        if lines.stamps_to_reward == 0:
            content.text(speech.translate("Receipt", "Card full: %1 is yours!").replace("%1", lines.stamp_reward),
                         fonts.BOLD, size, "center")
        else:
            content.text(speech.stamps_to_go(lines.stamps_to_reward, lines.stamp_reward), fonts.REGULAR, size,
                         "center")
    if lines.next_points_reward:
        content.text(speech.points_to_go(lines.points_to_next_reward, lines.next_points_reward), fonts.REGULAR,
                     size, "center")
    content.rule(size)


def _stamp_card(content: Column, filled: int, card_size: int, roll: Roll) -> None:
    """Filled and empty circles, as many rows as the card needs; a filled stamp carries a white tick."""
    diameter = roll.stamp_mm * mm
    gap = diameter * 0.35
    fits = max(1, int((content.width + gap) // (diameter + gap)))
    per_row = math.ceil(card_size / math.ceil(card_size / fits))  # balanced rows: 5 + 5, not 7 + 3
    width = content.width
    for first in range(0, card_size, per_row):
        count = min(per_row, card_size - first)

        def draw(canvas: Canvas, x: float, top: float, first: int = first, count: int = count) -> None:
            start = x + (width - count * diameter - (count - 1) * gap) / 2
            cy = top - gap / 2 - diameter / 2
            for i in range(count):
                cx = start + i * (diameter + gap) + diameter / 2
                canvas.setLineWidth(1.2)
                if first + i < filled:
                    canvas.circle(cx, cy, diameter / 2, stroke=1, fill=1)
                    _tick(canvas, cx, cy, diameter)
                else:
                    canvas.circle(cx, cy, diameter / 2 - 0.6, stroke=1, fill=0)

        content.add(diameter + gap, draw)


def _tick(canvas: Canvas, cx: float, cy: float, diameter: float) -> None:
    canvas.setStrokeGray(1)
    canvas.setLineWidth(diameter * 0.14)
    canvas.setLineCap(1)
    r = diameter / 2
    path = canvas.beginPath()
    path.moveTo(cx - r * 0.45, cy)
    path.lineTo(cx - r * 0.1, cy - r * 0.38)
    path.lineTo(cx + r * 0.48, cy + r * 0.35)
    canvas.drawPath(path, stroke=1, fill=0)
    canvas.setStrokeGray(0)
    canvas.setLineCap(0)


def _feedback(content: Column, data: ReceiptData, roll: Roll, speech: Receipt) -> None:
    content.gap(roll.size * 0.3)
    content.text(speech.translate("Receipt", "How was your visit? Hold this receipt to the counter camera to rate us.")
                 if data.feedback_by_camera else speech.translate("Receipt", "How was your visit? Scan to rate us."),
                 fonts.BOLD, roll.size, "center")
    shape = qr_shape(data.feedback_url)
    module = module_size(roll.qr_mm * mm, shape)
    side = shape.side(module)
    width = content.width

    def draw(canvas: Canvas, x: float, top: float) -> None:
        # Snap the symbol to the printer's dot grid (the page height is whole dots too).
        left = round((x + (width - side) / 2) / DOT_PT) * DOT_PT
        draw_qr(canvas, shape, left, math.floor(top / DOT_PT) * DOT_PT - side, module)

    content.add(side + DOT_PT, draw)


def _logo(content: Column, path: Path, roll: Roll) -> None:
    image = ImageReader(str(path))
    pixel_width, pixel_height = image.getSize()
    height = roll.logo_mm * mm
    width = min(content.width, height * pixel_width / pixel_height)
    height = width * pixel_height / pixel_width
    column_width = content.width

    def draw(canvas: Canvas, x: float, top: float) -> None:
        canvas.drawImage(image, x + (column_width - width) / 2, top - height, width, height, mask="auto")

    content.add(height + roll.size * 0.5, draw)

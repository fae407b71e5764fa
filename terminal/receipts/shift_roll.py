"""The end-of-shift report on the receipt roll (80 or 58 mm): one block per staff member, then the day."""

from __future__ import annotations

import io
import math
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from terminal.clock import parse_iso
from terminal.formatting import LocalFormat
from terminal.receipts import fonts
from terminal.receipts.layout import Column
from terminal.receipts.qr import DOT_PT
from terminal.receipts.receipt import ROLLS
from terminal.shift_report import ShiftFigures, ShiftReport

ANOMALY_WORDS = {"repeat_sale": "repeat sale", "stamps_without_sale": "stamps without a sale",
                 "big_adjustment": "big adjustment"}


def person_title(figures: ShiftFigures, total: bool) -> str:
    if total:
        return "The whole day"
    return figures.name or (f"staff {figures.staff_id[-6:]}" if figures.staff_id else "No one signed in")


def local_time(ts: str, zone: str) -> str:
    return parse_iso(ts).astimezone(ZoneInfo(zone)).strftime("%H:%M")


def render_shift_report(report: ShiftReport, shop_name: str, currency: str, width_mm: int = 80,
                        language: str = "en") -> bytes:
    format_amount = LocalFormat(language, currency).money
    fonts.register_fonts()
    roll = ROLLS[width_mm]
    size = roll.size
    content = Column(width_mm * mm - 2 * roll.margin_mm * mm)
    content.text(shop_name, fonts.BOLD, roll.title, "center")
    content.text(f"Shift report {report.day.isoformat()}", fonts.BOLD, size, "center")
    for figures in [*report.people, report.total]:
        total = figures is report.total
        content.rule(size)
        content.text(person_title(figures, total), fonts.BOLD, size + (1 if total else 0))
        content.pair(f"Sales ({figures.sales})", format_amount(figures.sales_amount), fonts.REGULAR, size)
        content.pair(f"Refunds ({figures.refunds})", format_amount(-figures.refunds_amount),
                     fonts.REGULAR, size)
        content.pair("Stamps given", str(figures.stamps_given), fonts.REGULAR, size)
        content.pair("Points given", str(figures.points_given), fonts.REGULAR, size)
        content.pair("Rewards redeemed", str(figures.rewards_redeemed), fonts.REGULAR, size)
        for a in figures.adjustments:
            content.pair(f"Adjusted {local_time(a.time, report.time_zone)}: {a.reason}", f"{a.points:+d}",
                         fonts.REGULAR, size)
        for n in figures.anomalies:
            content.text(f"! {local_time(n.time, report.time_zone)} {ANOMALY_WORDS.get(n.what, n.what)}: {n.detail}",
                         fonts.BOLD, size)
    margin = roll.margin_mm * mm
    height = math.ceil((content.height + 2 * margin) / DOT_PT) * DOT_PT
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width_mm * mm, height), invariant=1, pageCompression=0)
    canvas.setTitle(f"Shift report {report.day.isoformat()}")
    canvas.setCreator("Loyalty Terminal")
    content.render(canvas, margin, height - margin)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()

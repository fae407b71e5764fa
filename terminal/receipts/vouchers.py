"""Campaign vouchers on A4: eight A7 vouchers a sheet, edge to edge, cut along the dashed lines.

Two columns of 105 mm and four rows of 74.25 mm fill the sheet exactly, so one cut down the middle
and three across give eight vouchers with no waste; the printer's unprintable edge falls in each
voucher's own margin. Each shows the shop's name, the customer's first name, the offer in words in
the shop's language, the last day it is valid, the QR code of the voucher (``terminal.vouchers``)
and the code in groups for typing. Persian is set right to left, its letters joined, the QR on the
right.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlite_utils
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from terminal import vouchers
from terminal.campaigns import Offer, OfferKind
from terminal.counter import RULES_KEY, SHOP_KEY
from terminal.formatting import LocalFormat
from terminal.loyalty import Rules
from terminal.receipts import fonts
from terminal.receipts.qr import draw_qr, qr_shape
from terminal.receipts.shaping import needs_shaping, visual
from terminal.shop import Shop
from terminal.words import QT_TRANSLATE_NOOP, Phrases, Words

VOUCHER_WIDTH, VOUCHER_HEIGHT = A4[0] / 2, A4[1] / 4  # A7, landscape
COLUMNS, ROWS = 2, 4
PER_PAGE = COLUMNS * ROWS
MARGIN = 7 * mm  # inside each voucher: room for the printer's edge and the cut
QR_SIDE = 42 * mm  # with its quiet zone
RTL_LANGUAGES = ("fa",)
TITLE = QT_TRANSLATE_NOOP("Voucher", "Vouchers")


@dataclass(frozen=True)
class VoucherFace:
    code: str
    shop_name: str
    first_name: str
    offer: str  # the offer in words, in the shop's language (offer_text)
    valid_until: date
    language: str = "en"
    timezone: str = "UTC"


class Voucher(Phrases):
    """The voucher's words (context "Voucher")."""

    def offer(self, offer: Offer, reward_name: str) -> str:
        if offer.kind is OfferKind.BONUS_POINTS:
            return self.tr("%n bonus points", "", offer.points)
        if offer.kind is OfferKind.FREE_REWARD:
            return self.tr("Your gift: {0}").format(reward_name or offer.reward_id)
        number = LocalFormat(self.language).number(offer.multiplier)
        return self.tr("Stamps and points ×{0} on your next visit").format(number)


def offer_text(offer: Offer, reward_name: str, language: str) -> str:
    """What the voucher gives, in the shop's language (Persian in its own digits)."""
    return Voucher(language).offer(offer, reward_name)


@dataclass(frozen=True)
class VoucherSheets:
    campaign_name: str
    count: int
    pdf: bytes


def campaign_vouchers(db: sqlite_utils.Database, campaign_id: str, now: datetime) -> VoucherSheets:
    """The vouchers of a campaign's offered group, laid out to print (VoucherError or CampaignError says
    why there are none to print: happy hours, ended, no shop secret)."""
    made, holders = vouchers.holders(db, campaign_id, now)
    shop, rules = Shop.from_json(_setting(db, SHOP_KEY)), Rules.from_json(_setting(db, RULES_KEY))
    reward = rules.reward(made.offer.reward_id) if made.offer.kind is OfferKind.FREE_REWARD else None
    words = offer_text(made.offer, reward.name if reward else "", shop.language)
    last_day = (made.ends - timedelta(seconds=1)).astimezone(ZoneInfo(shop.zone)).date()
    faces = [VoucherFace(h.code, shop.name, h.first_name, words, last_day, shop.language, shop.zone)
             for h in holders]
    return VoucherSheets(made.name, len(faces), render_voucher_sheets(faces) if faces else b"")


def _setting(db: sqlite_utils.Database, key: str) -> dict:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else {}


def render_voucher_sheets(faces: Sequence[VoucherFace]) -> bytes:
    """A4 pages of eight vouchers, dashed cut lines between them."""
    fonts.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setTitle(Words(faces[0].language if faces else "en").translate("Voucher", TITLE))
    canvas.setCreator("Loyalty Terminal")
    for start in range(0, len(faces), PER_PAGE):
        for index, face in enumerate(faces[start:start + PER_PAGE]):
            row, column = divmod(index, COLUMNS)
            draw_voucher(canvas, face, column * VOUCHER_WIDTH, (ROWS - 1 - row) * VOUCHER_HEIGHT)
        _cut_lines(canvas)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def draw_voucher(canvas: Canvas, face: VoucherFace, x: float, y: float) -> None:
    """One voucher with its lower-left corner at (x, y)."""
    words = Words(face.language)
    rtl = face.language in RTL_LANGUAGES
    shape = qr_shape(face.code)
    top = y + VOUCHER_HEIGHT - MARGIN
    qr_left = x + VOUCHER_WIDTH - MARGIN - QR_SIDE + 1.5 * mm if rtl else x + MARGIN - 1.5 * mm
    draw_qr(canvas, shape, qr_left, top + 1.5 * mm - QR_SIDE, QR_SIDE / shape.side(1))

    gap = 2 * mm
    text_width = VOUCHER_WIDTH - 2 * MARGIN - QR_SIDE + 1.5 * mm - gap
    text_left = x + MARGIN if rtl else qr_left + QR_SIDE + gap
    baseline = top - 10
    baseline = _lines(canvas, face.shop_name, fonts.BOLD, 12, text_left, baseline, text_width, 2, rtl)
    baseline = _lines(canvas, words.translate("Voucher", "Voucher"), fonts.REGULAR, 8, text_left, baseline,
                      text_width, 1, rtl)
    baseline -= 8
    if face.first_name:
        baseline = _lines(canvas, words.translate("Voucher", "For {0}").format(face.first_name), fonts.REGULAR, 11,
                          text_left, baseline, text_width, 1, rtl)
        baseline -= 2
    baseline = _lines(canvas, face.offer, fonts.BOLD, 17, text_left, baseline, text_width, 3, rtl)
    baseline -= 4
    valid = LocalFormat(face.language, timezone=face.timezone).date(face.valid_until)
    _lines(canvas, words.translate("Voucher", "Valid until {0}").format(valid), fonts.REGULAR, 10, text_left,
           baseline, text_width, 1, rtl)

    width = VOUCHER_WIDTH - 2 * MARGIN
    footer = words.translate("Voucher", "Show this voucher at the counter. It can be used once.")
    _lines(canvas, footer, fonts.REGULAR, 7.5, x + MARGIN, y + MARGIN + 10, width, 1, rtl, centred=True)
    canvas.setFont(fonts.MONO, 7)
    canvas.drawCentredString(x + VOUCHER_WIDTH / 2, y + MARGIN, vouchers.grouped(face.code))


def _lines(canvas: Canvas, text: str, font: str, size: float, x: float, baseline: float, width: float,
           max_lines: int, rtl: bool, *, centred: bool = False) -> float:
    """Text shrunk by at most 3 pt, else wrapped to ``max_lines``; what is left over, or a word longer
    than the line, is cut with an ellipsis. Set flush right for right-to-left text. Returns the
    baseline below the last line."""
    smallest = size - 3
    while size > smallest and fonts.text_width(text, font, size) > width:
        size -= 0.5
    lines = simpleSplit(text, font, size, width) or [""]
    if len(lines) > max_lines:  # what does not fit ends in an ellipsis: never cut off unseen
        lines = lines[:max_lines]
        lines[-1] += "…"
    canvas.setFont(font, size)
    for line in lines:
        while fonts.text_width(visual(line), font, size) > width and len(line) > 1:
            line = line[:-2] + "…"
        shown = visual(line, True) if rtl else visual(line)
        if centred:
            canvas.drawCentredString(x + width / 2, baseline, shown)
        elif rtl or needs_shaping(line):
            canvas.drawRightString(x + width, baseline, shown)
        else:
            canvas.drawString(x, baseline, shown)
        baseline -= size * 1.25
    return baseline


def _cut_lines(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeGray(0.6)
    canvas.setLineWidth(0.4)
    canvas.setDash(3, 3)
    canvas.line(VOUCHER_WIDTH, 0, VOUCHER_WIDTH, A4[1])
    for row in range(1, ROWS):
        canvas.line(0, row * VOUCHER_HEIGHT, A4[0], row * VOUCHER_HEIGHT)
    canvas.restoreState()

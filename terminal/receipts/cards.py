"""Loyalty cards: one CR80 card per page (for a card printer), or A4 sheets of ten with cut marks.

The face shows the shop's name, the customer's name when known, the QR code of the card code and
the code in groups for typing. The QR holds the canonical code: upper-case letters and digits fit
QR's alphanumeric mode, so the symbol stays small and its modules big.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from terminal.cards import CardCode
from terminal.receipts import fonts
from terminal.receipts.qr import draw_qr, qr_shape
from terminal.receipts.shaping import needs_shaping, visual
from terminal.words import Words

CARD_WIDTH = 85.6 * mm  # ISO/IEC 7810 ID-1 (CR80)
CARD_HEIGHT = 53.98 * mm
SHEET_COLUMNS, SHEET_ROWS = 2, 5
MARK_GAP, MARK_LENGTH = 2 * mm, 6 * mm  # cut marks start this far outside the cards


@dataclass(frozen=True)
class CardFace:
    code: CardCode
    shop_name: str
    customer_name: str = ""
    language: str = "en"  # the shop's: the card's printed words


def render_cards(faces: Sequence[CardFace]) -> bytes:
    """One card per page, page size exactly CR80, for a card printer."""
    def each(canvas: Canvas, face: CardFace) -> None:
        draw_card(canvas, face, 0, 0)
        canvas.showPage()

    return _document((CARD_WIDTH, CARD_HEIGHT), faces, each, "Loyalty cards")


def render_card_sheet(faces: Sequence[CardFace]) -> bytes:
    """A4 pages of ten cards edge to edge (one guillotine cut per line), cut marks in the margins."""
    per_page = SHEET_COLUMNS * SHEET_ROWS
    left = (A4[0] - SHEET_COLUMNS * CARD_WIDTH) / 2
    bottom = (A4[1] - SHEET_ROWS * CARD_HEIGHT) / 2
    pages = [faces[i:i + per_page] for i in range(0, len(faces), per_page)]

    def each(canvas: Canvas, page: Sequence[CardFace]) -> None:
        for index, face in enumerate(page):
            row, column = divmod(index, SHEET_COLUMNS)
            draw_card(canvas, face, left + column * CARD_WIDTH, bottom + (SHEET_ROWS - 1 - row) * CARD_HEIGHT)
        _cut_marks(canvas, left, bottom)
        canvas.showPage()

    return _document(A4, pages, each, "Loyalty card sheet")


def _document(pagesize: tuple[float, float], items: Sequence, draw_page: Callable, title: str) -> bytes:
    fonts.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=pagesize, invariant=1)
    canvas.setTitle(title)
    canvas.setCreator("Loyalty Terminal")
    for item in items:
        draw_page(canvas, item)
    canvas.save()
    return buffer.getvalue()


def draw_card(canvas: Canvas, face: CardFace, x: float, y: float) -> None:
    """One card face with its lower-left corner at (x, y)."""
    margin = 3.5 * mm
    code_size = 10.0
    shape = qr_shape(face.code.code)
    qr_side = 38 * mm  # with its quiet zone, which may reach into the card's margin
    qr_left, qr_top = x + margin - 1.5 * mm, y + CARD_HEIGHT - margin + 1.5 * mm
    draw_qr(canvas, shape, qr_left, qr_top - qr_side, qr_side / shape.side(1))

    text_left = qr_left + qr_side
    text_width = x + CARD_WIDTH - margin - text_left
    baseline = y + CARD_HEIGHT - margin - 11
    baseline = _fitted(canvas, face.shop_name, fonts.BOLD, 12, text_left, baseline, text_width, 2)
    words = Words(face.language)
    _fitted(canvas, words.translate("Card", "Loyalty card"), fonts.REGULAR, 8, text_left, baseline - 1, text_width, 1)
    baseline -= 24
    if face.customer_name:
        _fitted(canvas, face.customer_name, fonts.BOLD, 12, text_left, baseline, text_width, 3)
    else:
        _fitted(canvas, words.translate("Card", "Show this card at the counter to collect stamps and points."),
                fonts.REGULAR, 7.5, text_left, baseline, text_width, 4, shrink=False)

    canvas.setFont(fonts.MONO, code_size)
    canvas.drawCentredString(x + CARD_WIDTH / 2, y + margin, face.code.grouped())


def _fitted(canvas: Canvas, text: str, font: str, size: float, x: float, baseline: float, width: float,
            max_lines: int, shrink: bool = True) -> float:
    """Text on one line, shrunk down to 8 pt if need be, else wrapped (at most ``max_lines``).

    Returns the baseline below the last line. A single word longer than the line is shortened
    with an ellipsis: nothing ever runs off the card.
    """
    while shrink and size > 8 and fonts.text_width(text, font, size) > width:
        size -= 0.5
    lines = simpleSplit(text, font, size, width)[:max_lines]
    canvas.setFont(font, size)
    for line in lines:
        while fonts.text_width(visual(line), font, size) > width and len(line) > 1:
            line = line[:-2] + "…"
        if needs_shaping(line):  # Persian: joined, in visual order, set flush right
            canvas.drawRightString(x + width, baseline, visual(line))
        else:
            canvas.drawString(x, baseline, line)
        baseline -= size * 1.2
    return baseline


def _cut_marks(canvas: Canvas, left: float, bottom: float) -> None:
    right = left + SHEET_COLUMNS * CARD_WIDTH
    top = bottom + SHEET_ROWS * CARD_HEIGHT
    canvas.setLineWidth(0.4)
    for column in range(SHEET_COLUMNS + 1):
        x = left + column * CARD_WIDTH
        canvas.line(x, top + MARK_GAP, x, top + MARK_GAP + MARK_LENGTH)
        canvas.line(x, bottom - MARK_GAP, x, bottom - MARK_GAP - MARK_LENGTH)
    for row in range(SHEET_ROWS + 1):
        y = bottom + row * CARD_HEIGHT
        canvas.line(left - MARK_GAP, y, left - MARK_GAP - MARK_LENGTH, y)
        canvas.line(right + MARK_GAP, y, right + MARK_GAP + MARK_LENGTH, y)

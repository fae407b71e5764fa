"""The loyalty card as a picture for the customer's phone: a PNG to save, or a PDF of a phone's shape.

Portrait 9:16 (1080×1920 by default, a phone's screen), the shop's name on a coloured band, the
customer's name, the QR code large in the middle with whole-pixel modules (crisp on any screen, and
at least 20 px each at 1080 px wide), the code in groups for typing and a line of instructions. White
behind the code even when the phone is in dark mode: a picture is shown as it is. Text is drawn with
the embedded DejaVu fonts (Pillow with libraqm shapes right-to-left scripts such as Persian).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from terminal.receipts import fonts
from terminal.receipts.cards import CardFace
from terminal.receipts.qr import QUIET_ZONE, draw_qr, qr_matrix, qr_shape
from terminal.receipts.shaping import visual
from terminal.resources import resource_path
from terminal.words import Words

ASPECT = 16 / 9  # height over width
BAND = (60, 110, 200)  # RGB of the band behind the shop's name
PDF_WIDTH = 72 * mm  # a phone's PDF viewer fits the width: the shape matters, not the size
QR_SHARE = 0.8  # of the width, quiet zone included


@dataclass(frozen=True)
class PhoneCardImage:
    image: np.ndarray  # BGR, height = width × 16 / 9
    code_corners: np.ndarray  # 4x2 float32, the code with its quiet zone: top-left, top-right, bottom-right, …


def phone_card_image(face: CardFace, width: int = 1080) -> PhoneCardImage:
    """The card drawn at ``width`` px (at least 270: the code needs whole pixels per module)."""
    width = max(270, int(width))
    height = round(width * ASPECT)
    picture = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(picture)
    band = round(height * 0.16)
    draw.rectangle((0, 0, width, band), fill=BAND)
    pad = width // 14
    card_line, show_line = _lines(face)
    _text(draw, face.shop_name, "DejaVuSans-Bold.ttf", width * 0.085, (width // 2, band * 0.45), width - 2 * pad,
          "white")
    _text(draw, card_line, "DejaVuSans.ttf", width * 0.045, (width // 2, band * 0.8), width - 2 * pad,
          (230, 236, 250))
    if face.customer_name:
        _text(draw, face.customer_name, "DejaVuSans-Bold.ttf", width * 0.065, (width // 2, band + height * 0.06),
              width - 2 * pad, (30, 30, 30))
    matrix = np.array([list(row) for row in qr_matrix(face.code.code)], dtype=np.uint8)
    modules = matrix.shape[0] + 2 * QUIET_ZONE
    module = max(1, int(width * QR_SHARE / modules))
    side = modules * module
    left, top = (width - side) // 2, band + round(height * 0.1)
    code = np.kron(np.pad(matrix, QUIET_ZONE), np.ones((module, module), np.uint8))
    pixels = np.asarray(picture).copy()
    pixels[top:top + side, left:left + side] = (255 - 255 * code)[:, :, None]
    picture = Image.fromarray(pixels)
    draw = ImageDraw.Draw(picture)
    below = top + side + height * 0.04
    _text(draw, face.code.grouped(), "DejaVuSansMono.ttf", width * 0.05, (width // 2, below), width - 2 * pad,
          (30, 30, 30))
    _wrapped(draw, show_line, "DejaVuSans.ttf", width * 0.042, width // 2, below + height * 0.06, width - 2 * pad,
             (90, 90, 90))
    corners = np.array([[left, top], [left + side, top], [left + side, top + side], [left, top + side]],
                       dtype=np.float32)
    return PhoneCardImage(np.ascontiguousarray(np.asarray(picture)[:, :, ::-1]), corners)


def phone_card_png(face: CardFace, width: int = 1080) -> bytes:
    image = phone_card_image(face, width).image
    buffer = io.BytesIO()
    Image.fromarray(image[:, :, ::-1]).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def phone_card_pdf(face: CardFace) -> bytes:
    """One page of a phone's shape with the same layout; the code is vector, so any zoom stays sharp."""
    fonts.register_fonts()
    width, height = PDF_WIDTH, PDF_WIDTH * ASPECT
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), invariant=1)
    canvas.setTitle(f"{face.shop_name}: loyalty card")
    canvas.setCreator("Loyalty Terminal")
    band = height * 0.16
    pad = width / 14
    card_line, show_line = _lines(face)
    canvas.setFillColorRGB(*(c / 255 for c in BAND))
    canvas.rect(0, height - band, width, band, stroke=0, fill=1)
    canvas.setFillGray(1)
    _pdf_line(canvas, face.shop_name, fonts.BOLD, width * 0.085, width / 2, height - band * 0.45 - width * 0.03,
              width - 2 * pad)
    _pdf_line(canvas, card_line, fonts.REGULAR, width * 0.045, width / 2, height - band * 0.8 - width * 0.015,
              width - 2 * pad)
    canvas.setFillGray(0.12)
    if face.customer_name:
        _pdf_line(canvas, face.customer_name, fonts.BOLD, width * 0.065, width / 2,
                  height - band - height * 0.06 - width * 0.022, width - 2 * pad)
    shape = qr_shape(face.code.code)
    side = width * QR_SHARE
    top = height - band - height * 0.1
    draw_qr(canvas, shape, (width - side) / 2, top - side, side / shape.side(1))
    canvas.setFillGray(0.12)
    below = top - side - height * 0.04
    _pdf_line(canvas, face.code.grouped(), fonts.MONO, width * 0.05, width / 2, below - width * 0.017,
              width - 2 * pad)
    canvas.setFillGray(0.35)
    size = width * 0.042
    canvas.setFont(fonts.REGULAR, size)
    for index, line in enumerate(simpleSplit(show_line, fonts.REGULAR, size, width - 2 * pad)):
        canvas.drawCentredString(width / 2, below - height * 0.06 - index * size * 1.3, visual(line))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _lines(face: CardFace) -> tuple[str, str]:
    """The card's two printed lines in the shop's language (the picture's text is shaped by Pillow's raqm;
    the PDF's by terminal.receipts.shaping)."""
    words = Words(face.language)
    return (words.translate("Card", "Loyalty card"),
            words.translate("Card", "Show this screen at the counter to collect stamps and points."))


def _font(name: str, size: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resource_path("fonts", name)), max(6, round(size)))


def _text(draw: ImageDraw.ImageDraw, text: str, font_name: str, size: float, centre: tuple[float, float],
          max_width: float, fill: str | tuple[int, int, int]) -> None:
    """One line centred at ``centre``, shrunk to fit (down to half size), then cut with an ellipsis."""
    font = _font(font_name, size)
    for step in range(10):
        if draw.textlength(text, font=font) <= max_width:
            break
        font = _font(font_name, size * (1 - 0.05 * (step + 1)))
    while draw.textlength(text, font=font) > max_width and len(text) > 1:
        text = text[:-2] + "…"
    draw.text(centre, text, font=font, fill=fill, anchor="mm")


def _wrapped(draw: ImageDraw.ImageDraw, text: str, font_name: str, size: float, centre_x: float, top: float,
             max_width: float, fill: tuple[int, int, int]) -> None:
    font = _font(font_name, size)
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=font) <= max_width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    for index, line in enumerate(lines):
        draw.text((centre_x, top + index * size * 1.3), line, font=font, fill=fill, anchor="mm")


def _pdf_line(canvas: Canvas, text: str, font: str, size: float, centre_x: float, baseline: float,
              max_width: float) -> None:
    while size > 6 and fonts.text_width(visual(text), font, size) > max_width:
        size -= 0.5
    while fonts.text_width(text, font, size) > max_width and len(text) > 1:
        text = text[:-2] + "…"
    canvas.setFont(font, size)
    canvas.drawCentredString(centre_x, baseline, visual(text))

"""Reading printed PDFs back as a customer's phone or eye would: pdftoppm, pdftotext, QR decoding."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PIL import Image
from pyzbar import pyzbar

THERMAL_DPI = 203
POINTS_PER_MM = 72 / 25.4


def rasterise(pdf: Path, dpi: int = THERMAL_DPI, page: int = 1) -> Image.Image:
    """One page in black and white, as a thermal printer would print it (pdftoppm -mono)."""
    root = pdf.with_suffix(f".p{page}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-mono", "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf), str(root)], check=True)
    path = root.with_suffix(root.suffix + ".pbm")
    with Image.open(path) as image:
        return image.convert("L")


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(pdf)], check=True, capture_output=True,
                          text=True).stdout
    return [(float(w) / POINTS_PER_MM, float(h) / POINTS_PER_MM)
            for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]


@dataclass(frozen=True)
class Found:
    text: str
    box: tuple[int, int, int, int]  # left, top, right, bottom in pixels


def decode_qr(image: Image.Image) -> list[Found]:
    """Every QR code zxing-cpp finds, with its bounding box."""
    found = []
    for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        p = result.position
        xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
        ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
        found.append(Found(result.text, (min(xs), min(ys), max(xs), max(ys))))
    return found


def decode_with_pyzbar(image: Image.Image) -> list[str]:
    """The terminal's own camera decoder: what it reads, the counter accepts."""
    return [symbol.data.decode("utf-8") for symbol in pyzbar.decode(image, symbols=[pyzbar.ZBarSymbol.QRCODE])]


def ink_in_box(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    """How many black pixels lie in (left, top, right, bottom)."""
    return sum(image.crop(box).histogram()[:128])

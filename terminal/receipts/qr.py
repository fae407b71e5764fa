"""QR codes drawn fast: a C++ encoder builds the matrix, dark modules become a few merged rectangles.

reportlab's own QR widget draws one rectangle per dark module through its graphics layer (about
25 ms a code). Here runs of dark modules in a row become one rectangle, and identical runs in
consecutive rows merge into one taller rectangle, all emitted as a single filled path.

The matrix comes from zxing-cpp (0.3 ms, with the standard's mask selection); segno, pure Python,
spends about 4 ms of its 5 ms choosing the mask, so it is only the fallback for an old zxing-cpp.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
import segno
import zxingcpp
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white around the symbol, as ISO/IEC 18004 asks
DOT_PT = 72 / 203  # one dot of a 203 dpi thermal printer, in points


@dataclass(frozen=True)
class QrShape:
    modules: int  # symbol side in modules, without the quiet zone
    rects: tuple[tuple[int, int, int, int], ...]  # (column, row, width, height) in modules, row 0 at top

    def side(self, module: float) -> float:
        """The side of the symbol with its quiet zone, in the unit of ``module``."""
        return (self.modules + 2 * QUIET_ZONE) * module


def qr_matrix(text: str, error: str = "M") -> list[bytes]:
    """Rows of the symbol without quiet zone, 1 for a dark module."""
    if hasattr(zxingcpp, "create_barcode"):
        barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level=error)
        image = zxingcpp.write_barcode_to_image(barcode, scale=1, add_quiet_zones=False)
        dark = (numpy.asarray(image) < 128).astype(numpy.uint8)  # 8-bit gray, 0 = dark
        return [row.tobytes() for row in dark]
    return [bytes(row) for row in segno.make(text, error=error.lower(), micro=False).matrix]


def qr_shape(text: str, error: str = "M") -> QrShape:
    matrix = qr_matrix(text, error)
    open_runs: dict[tuple[int, int], int] = {}  # (start column, width) -> first row
    rects: list[tuple[int, int, int, int]] = []
    for row_index, row in enumerate(matrix):
        runs = _dark_runs(row)
        for run in list(open_runs):
            if run not in runs:
                rects.append((run[0], open_runs.pop(run), run[1], row_index - 0))
        for run in runs:
            open_runs.setdefault(run, row_index)
    size = len(matrix)
    rects.extend((run[0], first, run[1], size) for run, first in open_runs.items())
    # rects hold (col, first_row, width, end_row): turn the end row into a height
    return QrShape(size, tuple((c, r, w, end - r) for c, r, w, end in rects))


def _dark_runs(row: bytes) -> set[tuple[int, int]]:
    runs = set()
    start = -1
    for column, value in enumerate(row):
        if value and start < 0:
            start = column
        elif not value and start >= 0:
            runs.add((start, column - start))
            start = -1
    if start >= 0:
        runs.add((start, len(row) - start))
    return runs


def module_size(max_side: float, shape: QrShape, dot: float = DOT_PT) -> float:
    """The largest module that fits ``max_side`` and is a whole number of printer dots (crisp edges)."""
    dots = max(1, int(max_side / shape.side(1) / dot))
    return dots * dot


def draw_qr(canvas: Canvas, shape: QrShape, x: float, y: float, module: float) -> float:
    """Draw the symbol with its quiet zone; (x, y) is the zone's lower-left corner. Returns the side.

    The rectangles are written in module units under one scaling transform, as whole numbers: the
    page content is short and needs none of reportlab's (slow, pure Python) float formatting.
    """
    side = shape.side(module)
    canvas.saveState()
    canvas.transform(module, 0, 0, module, x + QUIET_ZONE * module, y + side - QUIET_ZONE * module)
    canvas.setFillGray(0)
    canvas.addLiteral("\n".join([*(f"{c} {-r - h} {w} {h} re" for c, r, w, h in shape.rects), "f"]))
    canvas.restoreState()
    return side

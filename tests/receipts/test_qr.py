"""The fast QR drawing covers exactly the encoder's dark modules, with merged rectangles."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from terminal.receipts.qr import DOT_PT, module_size, qr_matrix, qr_shape


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=120))
def test_rectangles_cover_every_dark_module_once_and_nothing_else(text: str):
    matrix = qr_matrix(text)
    shape = qr_shape(text)
    covered = [[0] * shape.modules for _ in range(shape.modules)]
    for column, row, width, height in shape.rects:
        for r in range(row, row + height):
            for c in range(column, column + width):
                covered[r][c] += 1
    assert covered == [list(row) for row in matrix]


def test_merging_needs_far_fewer_rectangles_than_modules():
    shape = qr_shape("https://shop.example/f/S1-T1-000001.20260409.AAAAAAAAAAAAAAAAAAAAAA")
    dark = sum(width * height for _, _, width, height in shape.rects)
    assert len(shape.rects) < dark / 2


def test_module_is_a_whole_number_of_printer_dots_and_fits():
    shape = qr_shape("S1-T1-000001")
    module = module_size(80, shape)
    assert abs(module / DOT_PT - round(module / DOT_PT)) < 1e-9
    assert shape.side(module) <= 80


def test_segno_fallback_for_an_older_zxing_cpp_is_readable(monkeypatch):
    import zxingcpp
    from PIL import Image

    text = "https://shop.example/f/S1-T1-000001.20260409.AAAAAAAAAAAAAAAAAAAAAA"
    read = zxingcpp.read_barcodes
    monkeypatch.delattr(zxingcpp, "create_barcode")
    matrix = qr_matrix(text)
    scale, zone = 4, 4
    side = (len(matrix) + 2 * zone) * scale
    image = Image.new("L", (side, side), 255)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                image.paste(0, ((c + zone) * scale, (r + zone) * scale, (c + zone + 1) * scale, (r + zone + 1) * scale))
    assert [found.text for found in read(image)] == [text]

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

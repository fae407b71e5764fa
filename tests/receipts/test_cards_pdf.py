"""Loyalty cards: exact CR80 size, a QR code the counter accepts, names that print right, A4 sheets."""

from __future__ import annotations

from pathlib import Path

import pytest

from terminal.counter import Counter
from terminal.receipts.cards import CardFace, render_card_sheet, render_cards
from tests.receipts.pdftools import decode_qr, decode_with_pyzbar, page_sizes_mm, pdf_text, rasterise


def test_card_is_cr80_to_a_tenth_of_a_millimetre_and_its_code_opens_the_customer(tmp_path: Path,
                                                                                 counter: Counter):
    enrolment = counter.enrol("Олена Шевченко")
    assert enrolment.card is not None
    path = tmp_path / "card.pdf"
    path.write_bytes(render_cards([CardFace(enrolment.card, "Kávézó a Sarkon", enrolment.customer.name)]))
    [(width, height)] = page_sizes_mm(path)
    assert width == pytest.approx(85.6, abs=0.05)
    assert height == pytest.approx(53.98, abs=0.05)
    image = rasterise(path, dpi=203)
    [found] = decode_qr(image)
    assert decode_with_pyzbar(image) == [found.text]
    assert counter.open_card(found.text).customer.id == enrolment.customer.id
    text = pdf_text(path)
    assert "Олена Шевченко" in text and "Kávézó a Sarkon" in text
    assert enrolment.card.grouped() in text  # for typing when the camera cannot read it


def test_a4_sheet_holds_ten_anonymous_cards_per_page_all_readable(tmp_path: Path, counter: Counter):
    codes = counter.issue_anonymous_cards(12)
    path = tmp_path / "sheet.pdf"
    path.write_bytes(render_card_sheet([CardFace(code, "Őrsi Pékség") for code in codes]))
    sizes = page_sizes_mm(path)
    assert len(sizes) == 2
    assert all(w == pytest.approx(210, abs=0.1) and h == pytest.approx(297, abs=0.1) for w, h in sizes)
    read = [f.text for f in decode_qr(rasterise(path, dpi=203, page=1))]
    read += [f.text for f in decode_qr(rasterise(path, dpi=203, page=2))]
    assert sorted(read) == sorted(code.code for code in codes)
    for text in read:
        lookup = counter.open_card(text)
        assert lookup.customer is None  # anonymous until bound at first scan
    assert pdf_text(path).count("Őrsi Pékség") == 12


def test_cut_marks_stay_in_the_margins(tmp_path: Path, counter: Counter):
    path = tmp_path / "sheet.pdf"
    path.write_bytes(render_card_sheet([CardFace(c, "Shop") for c in counter.issue_anonymous_cards(10)]))
    image = rasterise(path, dpi=100)
    px = 100 / 25.4
    grid_left, grid_top = (210 - 2 * 85.6) / 2 * px, (297 - 5 * 53.98) / 2 * px
    # Marks sit in the margins beside each card edge...
    assert sum(image.crop((0, int(grid_top) - 2, int(grid_left) - 2, int(grid_top) + 3)).histogram()[:128]) > 0
    # ...and never inside a margin's corner square, where no card edge runs.
    assert sum(image.crop((0, 0, int(grid_left) - 4, int(grid_top) - 4)).histogram()[:128]) == 0

"""Receipts rendered to PDF, printed at a thermal printer's 203 dpi in black and white, read back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlite_utils
from PIL import Image

from terminal import tokens
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import meta_get
from terminal.formatting import LocalFormat
from terminal.receipts.qr import qr_shape
from terminal.receipts.receipt import render_receipt
from terminal.receipts.receipt_data import ReceiptError, ReceiptProblem, receipt_data
from tests.receipts.conftest import SHOP, Visits
from tests.receipts.pdftools import decode_qr, decode_with_pyzbar, ink_in_box, pdf_text, rasterise

MM = 203 / 25.4  # pixels per millimetre at 203 dpi


def write(tmp_path: Path, db: sqlite_utils.Database, receipt_no: str, width: int) -> Path:
    path = tmp_path / f"{receipt_no}-{width}.pdf"
    path.write_bytes(render_receipt(receipt_data(db, receipt_no), width))
    return path


@pytest.mark.parametrize("width", [80, 58])
def test_feedback_qr_decodes_from_a_thermal_print_and_verifies(tmp_path, db, visits: Visits, width):
    image = rasterise(write(tmp_path, db, visits.with_reward.receipt_no, width))
    found = decode_qr(image)
    assert len(found) == 1
    assert found[0].text.startswith("https://shop.example/f/")
    assert decode_with_pyzbar(image) == [found[0].text]  # the terminal's own camera reads it too
    sold_on = visits.with_reward.sale.ts[:10]
    ref = tokens.verify(meta_get(db, "shop_secret"), found[0].text, today=_date(sold_on))
    assert ref.receipt_no == visits.with_reward.receipt_no
    assert ref.expires == _date(sold_on) + timedelta(days=tokens.DEFAULT_VALID_DAYS)


@pytest.mark.parametrize("width", [80, 58])
def test_qr_has_its_quiet_zone_and_nothing_touches_the_edges(tmp_path, db, visits: Visits, width):
    image = rasterise(write(tmp_path, db, visits.with_reward.receipt_no, width))
    found = decode_qr(image)[0]
    left, top, right, bottom = found.box
    zone = int(4 * (right - left + 1) / qr_shape(found.text).modules)
    assert image.width == pytest.approx(width * MM, abs=1)
    # Four modules of white on every side of the symbol (ISO/IEC 18004).
    outer = (left - zone, top - zone, right + zone, bottom + zone)
    for box in [(outer[0], outer[1], left - 1, outer[3]), (right + 2, outer[1], outer[2], outer[3]),
                (outer[0], outer[1], outer[2], top - 1), (outer[0], bottom + 2, outer[2], outer[3])]:
        assert ink_in_box(image, box) == 0, box
    # Nothing clipped: the outer 2 mm on each side and the first and last millimetre stay blank.
    edge = int(2 * MM)
    assert ink_in_box(image, (0, 0, edge, image.height)) == 0
    assert ink_in_box(image, (image.width - edge, 0, image.width, image.height)) == 0
    assert ink_in_box(image, (0, 0, image.width, int(MM))) == 0
    assert ink_in_box(image, (0, image.height - int(MM), image.width, image.height)) == 0


def test_text_carries_amount_balance_reward_and_names_with_accents(tmp_path, db, counter, visits: Visits):
    text = pdf_text(write(tmp_path, db, visits.with_reward.receipt_no, 80))
    balance = counter.customer(visits.zsofia_id)
    assert "Kávézó a Sarkon" in text and "Fő utca 12." in text and "Köszönjük a látogatást!" in text
    assert "Őrsi Zsófia" in text
    assert "€23.90" in text
    assert visits.with_reward.receipt_no in text
    assert f"+{visits.with_reward.earned.points}" in text
    assert _line_with(text, "Points balance").split()[-1] == str(balance.points)
    assert "Free pastry" in _line_with(text, "Redeemed")
    assert "Stamps" in text and f"{balance.stamps_on_card}/5" in text.replace(" ", "")


def test_cyrillic_name_on_a_58_mm_roll(tmp_path, db, visits: Visits):
    text = pdf_text(write(tmp_path, db, visits.olena.receipt_no, 58))
    assert "Олена Шевченко" in text
    assert "€4.50" in text
    assert "4 more stamps to Free coffee" in text


def test_sale_without_customer_has_no_loyalty_block(tmp_path, db, visits: Visits):
    data = receipt_data(db, visits.anonymous.receipt_no)
    assert data.loyalty is None
    text = pdf_text(write(tmp_path, db, visits.anonymous.receipt_no, 80))
    assert "€9.90" in text and "Points" not in text


def test_reward_shows_only_on_the_visit_it_was_redeemed(db, visits: Visits):
    assert receipt_data(db, visits.with_reward.receipt_no).loyalty.redeemed == ("Free pastry",)
    assert receipt_data(db, visits.first.receipt_no).loyalty.redeemed == ()


def test_a_reprint_months_later_is_byte_for_byte_the_first_print(db, counter: Counter, clock: FixedClock,
                                                                  visits: Visits):
    first = render_receipt(receipt_data(db, visits.first.receipt_no), 80)
    balance_then = receipt_data(db, visits.first.receipt_no).loyalty.points_balance
    clock.advance(days=90)
    counter.record_sale(visits.zsofia_id, 9900)
    counter.redeem(visits.zsofia_id, "free-item")
    again = receipt_data(db, visits.first.receipt_no)
    assert again.loyalty.points_balance == balance_then
    assert render_receipt(again, 80) == first


def test_tampered_or_foreign_codes_are_rejected_with_a_reason(tmp_path, db, visits: Visits):
    url = decode_qr(rasterise(write(tmp_path, db, visits.olena.receipt_no, 58)))[0].text
    secret = meta_get(db, "shop_secret")
    today = _date(visits.olena.sale.ts[:10])
    changed = url.replace(visits.olena.receipt_no, visits.first.receipt_no)
    with pytest.raises(tokens.TokenError) as raised:
        tokens.verify(secret, changed, today)
    assert raised.value.problem == tokens.TokenProblem.BAD_SIGNATURE
    with pytest.raises(tokens.TokenError) as raised:
        tokens.verify("another shop's secret", url, today)
    assert raised.value.problem == tokens.TokenProblem.BAD_SIGNATURE
    with pytest.raises(tokens.TokenError) as raised:
        tokens.verify(secret, url, today + timedelta(days=tokens.DEFAULT_VALID_DAYS + 1))
    assert raised.value.problem == tokens.TokenProblem.EXPIRED


def test_unknown_receipt_is_a_clear_error(db, visits: Visits):
    with pytest.raises(ReceiptError) as raised:
        receipt_data(db, "S1-T1-999999")
    assert raised.value.problem == ReceiptProblem.UNKNOWN_RECEIPT


def test_long_shop_details_wrap_inside_a_58_mm_roll(tmp_path, db, counter: Counter, visits: Visits):
    footer = "Minden hétfőn dupla pont jár a törzsvásárlóknak, szeretettel várunk!"
    counter.save_settings(shop=replace(SHOP, name="Kávézó és Cukrászda a Nagy Sarkon", receipt_footer=footer))
    path = write(tmp_path, db, visits.olena.receipt_no, 58)
    image = rasterise(path)
    edge = int(2 * MM)
    assert ink_in_box(image, (0, 0, edge, image.height)) == 0
    assert ink_in_box(image, (image.width - edge, 0, image.width, image.height)) == 0
    assert " ".join(pdf_text(path).split()).endswith(footer)


def _line_with(text: str, label: str) -> str:
    return next(line for line in text.splitlines() if label in line)


def _date(text: str) -> date:
    return date.fromisoformat(text)


def test_owner_logo_and_a_big_total_fit_a_58_mm_roll(tmp_path, db, counter: Counter, visits: Visits):
    logo = Image.new("L", (300, 100), 255)
    logo.paste(0, (20, 20, 280, 80))
    logo.save(tmp_path / "logo.png")  # next to the database: the data folder
    counter.save_settings(shop=replace(SHOP, extra={"logo": "logo.png"}))
    big = counter.record_sale(visits.olena_id, 123_456_789)
    data = receipt_data(db, big.receipt_no)
    assert data.logo == tmp_path / "logo.png"
    path = tmp_path / "big.pdf"
    path.write_bytes(render_receipt(data, 58))
    image = rasterise(path)
    assert ink_in_box(image, (0, int(4 * MM), image.width, int(14 * MM))) > 1000  # the logo's black bar
    edge = int(2 * MM)
    assert ink_in_box(image, (0, 0, edge, image.height)) == 0
    assert ink_in_box(image, (image.width - edge, 0, image.width, image.height)) == 0
    total_line = _line_with(pdf_text(path), "TOTAL")
    # shrunk to share the line, not overlapping (pdftotext gives the narrow no-break space as a space)
    assert LocalFormat("en", "EUR").money(123_456_789) in total_line


def test_birthday_bonus_on_the_receipt_and_an_undone_reward_is_not(tmp_path, db, counter: Counter):
    customer = counter.enrol("Őrsi Zsófia", birthday="1990-03-12").customer.id  # two days after the fixed clock
    first_no = counter.record_sale(customer, 5000).receipt_no
    undone = counter.redeem(customer, "pastry")
    counter.undo(undone.id)
    sale = counter.record_sale(customer, 300)
    lines = receipt_data(db, sale.receipt_no).loyalty
    assert lines.redeemed == ()
    first = receipt_data(db, first_no).loyalty
    assert first.bonus_points == 100
    assert first.points_balance == 50 + 50 + 100  # welcome, the sale, the birthday
    path = tmp_path / "birthday.pdf"
    path.write_bytes(render_receipt(receipt_data(db, first_no), 80))
    assert _line_with(pdf_text(path), "Birthday bonus").split()[-1] == "+100"

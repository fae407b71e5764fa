"""Receipts and cards in the shop's language: Ukrainian and Hungarian read back with pdftotext, a forint
receipt without decimals, and Persian shaped (joined letter forms, right to left) at 203 dpi."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import sqlite_utils

from terminal.counter import Counter
from terminal.receipts.cards import CardFace, render_cards
from terminal.receipts.receipt import render_receipt
from terminal.receipts.receipt_data import receipt_data
from terminal.receipts.shaping import joined
from tests.receipts.conftest import SHOP
from tests.receipts.pdftools import ink_in_box, pdf_text, rasterise


def _receipt(tmp_path: Path, db: sqlite_utils.Database, counter: Counter, name: str, amount: int,
             **shop: str) -> tuple[Path, str]:
    counter.save_settings(shop=replace(SHOP, **shop))
    customer = counter.enrol(name).customer.id
    sale = counter.record_sale(customer, amount)
    path = tmp_path / f"{shop.get('language', 'en')}.pdf"
    path.write_bytes(render_receipt(receipt_data(db, sale.receipt_no)))
    return path, pdf_text(path)


def _words(text: str) -> str:
    return " ".join(text.split())


def test_hungarian_forint_receipt_has_no_decimals(tmp_path, db, counter) -> None:
    _path, text = _receipt(tmp_path, db, counter, "Őrsi Zsófia", 123_400, language="hu", currency="HUF")
    flat = _words(text)
    assert "ÖSSZESEN" in flat and "Pontegyenleg" in flat and "Nyugta" in flat
    assert "1 234 Ft" in flat.replace("\xa0", " ")
    assert "1 234,00" not in flat and "1 234.00" not in flat


def test_ukrainian_receipt_reads_back(tmp_path, db, counter) -> None:
    _path, text = _receipt(tmp_path, db, counter, "Олена Шевченко", 12_345, language="uk", currency="UAH")
    flat = _words(text).replace("\xa0", " ")
    assert "РАЗОМ" in flat and "123,45 ₴" in flat and "Баланс балів" in flat
    assert "Олена Шевченко" in flat
    assert "TOTAL" not in flat and "Points" not in flat


def _arabic_presentation_forms(text: str) -> int:
    return sum(1 for c in text if "\ufb50" <= c <= "\ufeff")


def test_persian_receipt_is_shaped_and_right_to_left(tmp_path, db, counter) -> None:
    path, text = _receipt(tmp_path, db, counter, "زهرا محمدی", 1_250_000, language="fa", currency="IRR")
    # The PDF carries joined letter forms (presentation forms); pdftotext gives them back in reading order.
    assert _arabic_presentation_forms(text) > 20
    assert joined("جمع کل") in text  # TOTAL
    assert joined("زهرا محمدی") in text
    assert "۱۲٬۵۰۰" in text  # Persian digits and group sign
    assert joined("مهر دیگر تا") in text and "۴" in text and "٪" not in text  # "4 more stamps to", in Persian
    # Mirrored: the labels (TOTAL, the name) sit on the right half of the roll, at 203 dpi.
    image = rasterise(path)
    half = image.width // 2
    assert ink_in_box(image, (half, 0, image.width - 1, image.height // 3)) > \
        ink_in_box(image, (0, 0, half, image.height // 3)) // 3


def test_persian_card_is_shaped(tmp_path, counter) -> None:
    enrolment = counter.enrol("زهرا محمدی")
    path = tmp_path / "card.pdf"
    path.write_bytes(render_cards([CardFace(enrolment.card, "کافه گل", enrolment.customer.name, "fa")]))
    text = pdf_text(path)
    assert joined("کارت باشگاه مشتریان") in text and joined("زهرا محمدی") in text
    assert joined("کافه گل") in text
    assert _arabic_presentation_forms(text) > 10

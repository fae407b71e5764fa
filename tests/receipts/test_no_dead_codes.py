"""Without a hub that phones can reach, the receipt's code is for the counter camera and says so."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from terminal import tokens
from terminal.counter import Counter
from terminal.db import meta_get
from terminal.receipts.receipt import render_receipt
from terminal.receipts.receipt_data import receipt_data
from terminal.scan.classify import classify
from terminal.scan.model import ScanKind
from tests.receipts.conftest import SHOP, Visits
from tests.receipts.pdftools import decode_qr, decode_with_pyzbar, pdf_text, rasterise


@pytest.mark.parametrize("base", ["", "http://127.0.0.1:8765/f", "http://localhost:8765/f", "http://[::1]:8765/f"])
def test_a_receipt_without_a_reachable_hub_carries_no_loopback_address(tmp_path: Path, db: sqlite_utils.Database,
                                                                      counter: Counter, visits: Visits,
                                                                      base: str) -> None:
    counter.save_settings(shop=replace(SHOP, feedback_base_url=base))
    pdf = tmp_path / "receipt.pdf"
    pdf.write_bytes(render_receipt(receipt_data(db, visits.olena.receipt_no), 80))
    text = pdf_text(pdf)
    image = rasterise(pdf)
    found = [f.text for f in decode_qr(image)]
    assert len(found) == 1
    code = found[0]
    assert "127.0.0.1" not in code and "localhost" not in code and "://" not in code
    assert "127.0.0.1" not in text and "localhost" not in text
    assert "counter camera" in " ".join(text.split())
    assert decode_with_pyzbar(image) == [code]  # the counter's camera reads it, and takes it as a receipt
    assert classify(code)[0] is ScanKind.RECEIPT
    ref = tokens.verify(meta_get(db, "shop_secret"), code, today=date.fromisoformat(visits.olena.sale.ts[:10]))
    assert ref.receipt_no == visits.olena.receipt_no


def test_a_receipt_with_a_hub_links_to_its_feedback_page(tmp_path: Path, db: sqlite_utils.Database,
                                                         counter: Counter, visits: Visits) -> None:
    counter.save_settings(shop=replace(SHOP, feedback_base_url="http://192.168.1.20:8765/f"))
    data = receipt_data(db, visits.olena.receipt_no)
    assert not data.feedback_by_camera
    assert data.feedback_url.startswith("http://192.168.1.20:8765/f/")
    pdf = tmp_path / "receipt.pdf"
    pdf.write_bytes(render_receipt(data, 80))
    assert "Scan to rate us" in pdf_text(pdf)

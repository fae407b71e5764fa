"""Printed vouchers read back: A4 sheets, cut apart, each voucher's QR through the counter's own scanner."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image

from terminal import campaigns, vouchers
from terminal.campaigns import Audience, Offer, OfferKind
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect
from terminal.receipts.vouchers import (
    COLUMNS,
    ROWS,
    VoucherFace,
    campaign_vouchers,
    offer_text,
    render_voucher_sheets,
)
from terminal.scan.model import ScanEvent, ScanKind
from terminal.scan.scanner import Scanner, ScannerOptions
from terminal.scan.sources import ImagesSource
from terminal.shop import Shop
from terminal.vouchers import VoucherError, VoucherProblem
from tests.receipts.pdftools import page_sizes_mm, pdf_text

ROOT = Path(__file__).resolve().parents[2]


def cut_apart(pdf: Path, folder: Path, dpi: int = 150) -> list[Path]:
    """Each page rasterised in gray (as a phone photo of the sheet would be), cut along the lines."""
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(folder / "page")], check=True)
    pieces = []
    for page in sorted(folder.glob("page-*.png")):
        with Image.open(page) as image:
            width, height = image.size
            for row in range(ROWS):
                for column in range(COLUMNS):
                    box = (column * width // COLUMNS, row * height // ROWS, (column + 1) * width // COLUMNS,
                           (row + 1) * height // ROWS)
                    piece = folder / f"{page.stem}-{row}{column}.png"
                    image.crop(box).save(piece)
                    pieces.append(piece)
        page.unlink()
    return pieces


def scanned(folder: Path) -> list[ScanEvent]:
    """The counter's scanner over the pieces, one per frame, as if held to the camera one after another."""
    scanner = Scanner(lambda: ImagesSource(folder), options=ScannerOptions(every_frame=True, debounce_window=0))
    return [u for u in scanner.run(threading.Event()) if isinstance(u, ScanEvent)]


def test_the_cli_prints_the_offered_groups_vouchers_and_each_scans_to_one_use(tmp_path: Path) -> None:
    db = connect(tmp_path / "terminal.db")
    counter = Counter(db)  # the system clock, as the command line's
    counter.save_settings(shop=Shop(name="Kávézó a Sarkon", currency="EUR", timezone="Europe/Budapest"))
    names = ["Őrsi Zsófia", "Олена Шевченко", "Anna Rossi", "Béla Nagy", "Chen Wei", "Dóra Kiss", "Emil Tóth",
             "Fanni Szabó", "Gergő Varga", "Hanna Lukács", "Ivan Petrenko", "Jonas Berg"]
    ids = [counter.enrol(name, consent=n % 3 == 0).customer.id for n, name in enumerate(names)]
    now = counter.clock.now()
    made = campaigns.new_campaign("We miss you", Audience.LIST, Offer(OfferKind.BONUS_POINTS, points=40), now,
                                  now + timedelta(days=14), control_share=0.25, seed=11)
    groups = campaigns.create(counter.writer, made, ids, counter.rules())
    assert len(groups.offered) == 9 and len(groups.control) == 3
    db.close()

    out = tmp_path / "vouchers.pdf"
    done = subprocess.run([sys.executable, "main.py", "campaign", "vouchers", made.id, "--out", str(out),
                           "--data-dir", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "9 vouchers for We miss you on 2 A4 pages" in done.stdout
    assert [(round(w), round(h)) for w, h in page_sizes_mm(out)] == [(210, 297), (210, 297)]
    text = pdf_text(out)
    for customer_id, name in zip(ids, names, strict=True):  # consent or not: the offered group, and only it
        first = name.split()[0]
        assert (f"For {first}" in text) == (customer_id in groups.offered), name
    assert text.count("40 bonus points") == 9 and text.count("Kávézó a Sarkon") == 9

    events = scanned_pdf(out, tmp_path / "cut")
    assert len(events) == 9 and {e.kind for e in events} == {ScanKind.VOUCHER}
    db = connect(tmp_path / "terminal.db")
    try:
        counter = Counter(db)
        seen = set()
        for event in events:
            lookup = counter.open_voucher(event.text)  # what the camera gives, as the cashier's view passes it on
            seen.add(lookup.customer.id)
            before = lookup.customer.points
            counter.apply_offer(lookup.customer.id, lookup.campaign_id)
            assert counter.customer(lookup.customer.id).points == before + 40
            with pytest.raises(VoucherError) as again:
                counter.open_voucher(event.text)
            assert again.value.problem is VoucherProblem.USED
        assert seen == set(groups.offered)
        for control in groups.control:
            assert counter.customer(control).points == 50  # the welcome points only
    finally:
        db.close()


def test_a_persian_shop_prints_right_to_left_and_still_scans(tmp_path: Path, counter: Counter,
                                                            clock: FixedClock) -> None:
    clock.current = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
    counter.save_settings(shop=Shop(name="کافه گوشه", currency="IRR", timezone="Asia/Tehran", country="IR",
                                    language="fa"))
    ids = [counter.enrol(name).customer.id for name in ("مریم احمدی", "Anna Rossi")]
    now = clock.now()
    made = campaigns.new_campaign("دلمان تنگ شده", Audience.LIST, Offer(OfferKind.DOUBLE_NEXT, multiplier=3), now,
                                  now + timedelta(days=14), control_share=0)
    campaigns.create(counter.writer, made, ids, counter.rules())
    sheets = campaign_vouchers(counter.db, made.id, now)
    assert sheets.count == 2
    out = tmp_path / "fa.pdf"
    out.write_bytes(sheets.pdf)
    events = scanned_pdf(out, tmp_path / "cut")
    assert sorted(counter.open_voucher(e.text).customer.id for e in events) == sorted(ids)
    words = offer_text(made.offer, "", "fa")
    assert words != offer_text(made.offer, "", "en") and "۳" in words  # in Persian, its own digits


def scanned_pdf(pdf: Path, folder: Path) -> list[ScanEvent]:
    cut_apart(pdf, folder)
    return scanned(folder)


def test_a_long_offer_and_name_stay_inside_the_voucher(tmp_path: Path) -> None:
    face = VoucherFace(code=vouchers.make_code("s", "019cad8f-ac00-77cb-98ca-90c853fff9a8"),
                       shop_name="Kávézó és Cukrászda a Régi Városháza Sarkán, Budapest", first_name="Maximilianus",
                       offer="Your gift: Large hot chocolate with whipped cream and a slice of the cake of the day",
                       valid_until=date(2026, 12, 14))
    out = tmp_path / "long.pdf"
    out.write_bytes(render_voucher_sheets([face] * 8))
    events = scanned_pdf(out, tmp_path / "cut")
    assert [e.text for e in events] == [face.code] * 8  # each piece readable
    text = pdf_text(out)
    assert text.count("Maximilianus") == 8 and text.count("14/12/2026") == 8

"""Benchmark: rendering one receipt, and drawing its QR code, reportlab's widget against ours.

Run: /work/main/.venv/bin/python tests/bench/bench_receipt.py   (goal: under 10 ms per receipt)
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas

from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect
from terminal.receipts.qr import draw_qr, qr_shape
from terminal.receipts.receipt import render_receipt
from terminal.receipts.receipt_data import receipt_data
from terminal.shop import Shop

ROUNDS = 200


def timed(label: str, work: Callable[[int], object], rounds: int = ROUNDS) -> float:
    work(-1)  # warm-up: font registration, imports, caches
    samples = []
    for i in range(rounds):
        start = time.perf_counter()
        work(i)
        samples.append((time.perf_counter() - start) * 1000)
    median = statistics.median(samples)
    print(f"{label:<56} min {min(samples):6.2f}  median {median:6.2f}  p95 "
          f"{sorted(samples)[int(rounds * 0.95)]:6.2f} ms")
    return median


def url(i: int) -> str:
    # A different code every round, so nothing is served from a cache.
    return f"https://shop.example/f/S1-T1-{i + 2:06d}.20260409.mSbN2-h0r-Gbb9wB99MIeA"


def reportlab_widget(i: int) -> None:
    canvas = Canvas(io.BytesIO())
    widget = QrCodeWidget(url(i), barLevel="M")
    drawing = Drawing(100, 100)
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, 10, 10)


def our_qr(i: int) -> None:
    canvas = Canvas(io.BytesIO())
    draw_qr(canvas, qr_shape(url(i)), 10, 10, 2.5)


def main() -> None:
    if hasattr(os, "getloadavg"):
        print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (other work inflates the figures)")
    with tempfile.TemporaryDirectory() as folder:
        db = connect(Path(folder) / "terminal.db")
        clock = FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=UTC))
        counter = Counter(db, clock=clock)
        counter.save_settings(shop=Shop(name="Kávézó a Sarkon", address="Fő utca 12.\n1011 Budapest",
                                        receipt_footer="Köszönjük a látogatást!"))
        customer = counter.enrol("Őrsi Zsófia").customer.id
        numbers = []
        for _ in range(ROUNDS + 1):
            clock.advance(hours=3)
            numbers.append(counter.record_sale(customer, 1250).receipt_no)

        print(f"one receipt ({ROUNDS} rounds, each a different sale and code)")
        gather = timed("  gather from the ledger (receipt_data)", lambda i: receipt_data(db, numbers[i]))
        datas = [receipt_data(db, n) for n in numbers]
        render80 = timed("  render 80 mm PDF (render_receipt)", lambda i: render_receipt(datas[i], 80))
        timed("  render 58 mm PDF", lambda i: render_receipt(datas[i], 58))
        total = timed("  gather + render 80 mm (what a print costs)",
                      lambda i: render_receipt(receipt_data(db, numbers[i]), 80))
        print(f"  => {total:.2f} ms per receipt (goal < 10 ms); gather {gather:.2f} + render {render80:.2f}")
        print("QR code alone, drawn on a canvas")
        widget = timed("  reportlab QrCodeWidget + renderPDF", reportlab_widget, rounds=50)
        ours = timed("  ours (zxing-cpp matrix, merged rectangles)", our_qr)
        print(f"  => ours is {widget / ours:.0f}x faster")
        db.close()


if __name__ == "__main__":
    main()

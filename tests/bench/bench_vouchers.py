"""Benchmark: a campaign's vouchers laid out, and read back by the counter's scanner from a rasterised print.

Run: .venv/bin/python tests/bench/bench_vouchers.py [--vouchers 200]

Prints the time to gather and lay out the PDF, its size, the QR symbol's size and module, and how many
cut-out vouchers the counter's own scanner (terminal/scan, every frame decoded as a photo) reads back
at 150 and 100 dpi in gray, with the median decode time per voucher.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PIL import Image

from terminal import campaigns
from terminal.campaigns import Audience, Offer, OfferKind
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect
from terminal.receipts.qr import qr_shape
from terminal.receipts.vouchers import COLUMNS, QR_SIDE, ROWS, campaign_vouchers
from terminal.scan.model import ScanEvent
from terminal.scan.scanner import Scanner, ScannerOptions
from terminal.scan.sources import ImagesSource


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vouchers", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = connect(folder / "terminal.db")
        counter = Counter(db, clock=FixedClock(datetime(2026, 3, 2, 8, tzinfo=UTC)))
        ids = [counter.enrol(f"Customer{n} Lastname").customer.id for n in range(args.vouchers)]
        now = counter.clock.now()
        made = campaigns.new_campaign("We miss you", Audience.LIST, Offer(OfferKind.BONUS_POINTS, points=50), now,
                                      now + timedelta(days=14), control_share=0)
        campaigns.create(counter.writer, made, ids, counter.rules())
        began = time.perf_counter()
        sheets = campaign_vouchers(db, made.id, now)
        took = time.perf_counter() - began
        pdf = folder / "vouchers.pdf"
        pdf.write_bytes(sheets.pdf)
        codes = {row[0] for row in db.execute("SELECT id FROM events WHERE kind = 'campaign_member'")}
        db.close()
        shape = qr_shape("LV1" + "0" * 42)
        print(f"{sheets.count} vouchers: gathered and laid out in {took * 1000:.0f} ms "
              f"({took * 1000 / sheets.count:.2f} ms each), PDF {len(sheets.pdf) / 1024:.0f} KiB "
              f"({len(sheets.pdf) / sheets.count / 1024:.1f} KiB each)")
        print(f"QR: {shape.modules} modules a side (version {(shape.modules - 17) // 4}), "
              f"module {QR_SIDE / shape.side(1) / 72 * 25.4:.2f} mm; {len(codes)} members")
        for dpi in (150, 100):
            pieces = folder / f"cut-{dpi}"
            pieces.mkdir()
            subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(pieces / "page")], check=True)
            for page in sorted(pieces.glob("page-*.png")):
                with Image.open(page) as image:
                    w, h = image.size
                    for row in range(ROWS):
                        for column in range(COLUMNS):
                            box = (column * w // COLUMNS, row * h // ROWS, (column + 1) * w // COLUMNS,
                                   (row + 1) * h // ROWS)
                            image.crop(box).save(pieces / f"{page.stem}-{row}{column}.png")
                page.unlink()
            scanner = Scanner(lambda pieces=pieces: ImagesSource(pieces),
                              options=ScannerOptions(every_frame=True, debounce_window=0))
            times: list[float] = []
            read: set[str] = set()
            last = time.perf_counter()
            for update in scanner.run(threading.Event()):
                if isinstance(update, ScanEvent):
                    read.add(update.text)
                    times.append((time.perf_counter() - last) * 1000)
                    last = time.perf_counter()
            print(f"{dpi} dpi gray: {len(read)} of {sheets.count} vouchers read back by the counter's scanner, "
                  f"median {statistics.median(times):.1f} ms per voucher (file read and decode)")


if __name__ == "__main__":
    main()

"""Benchmark: how long the hash-chain check takes (``python main.py verify``, and the owner's dashboard
after its numbers, at most once in 20 hours).

Run: ``.venv/bin/python tests/bench/bench_chain.py [--events 200000]``

Writes ``--events`` chained walk-in sales through the EventWriter (in commits of 1,000) into a fresh
database, then times :func:`terminal.chain.verify` three times and prints the median, per event and
extrapolated to a million events.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from terminal.chain import verify  # noqa: E402
from terminal.clock import FixedClock  # noqa: E402
from terminal.db import connect  # noqa: E402
from terminal.ledger import Kind  # noqa: E402
from terminal.writer import EventWriter  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = connect(Path(folder) / "terminal.db")
        clock = FixedClock(datetime(2026, 3, 1, 9, tzinfo=UTC))
        writer = EventWriter(db, clock)
        for start in range(0, args.events, 1000):
            batch = [writer.new(Kind.SALE, amount=450 + n % 7) for n in range(min(1000, args.events - start))]
            writer.commit(batch)
            clock.advance(seconds=60)
        times = []
        for _ in range(3):
            began = time.perf_counter()
            report = verify(db)
            times.append(time.perf_counter() - began)
        assert report.ok and report.chained == args.events
        median = statistics.median(times)
        print(f"load {os.getloadavg()[0]:.1f}: verify of {args.events:,} chained events {median:.2f} s "
              f"({median / args.events * 1e6:.1f} µs an event; ~{median / args.events * 1e6:.0f} s at 1M events)")
        db.close()


if __name__ == "__main__":
    main()

"""Benchmark: how long the hash-chain check takes (``python main.py verify``, and the owner's dashboard
after its numbers, at most once in 20 hours).

Run: ``.venv/bin/python tests/bench/bench_chain.py [--events 200000]``

Writes ``--events`` chained walk-in sales through the EventWriter (in commits of 1,000) into a fresh
database, then times :func:`terminal.chain.verify` three times and prints the median, per event and
extrapolated to a million events.

``--dashboard`` instead takes the cached benchmark database (100,000 customers, 1,000,000 events, see
build_db.py) and times the dashboard's numbers for a 30-day period (``quick_numbers``, on a connection of
its own) alone, and while a check runs on another thread with its own connection, as the owner's window
runs them; before, both were on one worker and a period picked during a check waited for its end.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from terminal.chain import CheckStopped, verify  # noqa: E402
from terminal.clock import FixedClock  # noqa: E402
from terminal.db import connect  # noqa: E402
from terminal.ledger import Kind  # noqa: E402
from terminal.stats.dashboard import quick_numbers  # noqa: E402
from terminal.stats.period import Preset, preset_period  # noqa: E402
from terminal.writer import EventWriter  # noqa: E402
from tests.bench.build_db import cached  # noqa: E402


def dashboard(runs: int) -> None:
    path, _codes = cached(100_000, 1_000_000)
    period = preset_period(Preset.DAYS_30, datetime(2026, 10, 31, tzinfo=UTC).date(), "UTC")
    numbers_db = connect(path, migrate=False)

    def numbers() -> tuple[float, float]:
        began, cpu = time.perf_counter(), time.thread_time()
        quick_numbers(numbers_db, period)
        return time.perf_counter() - began, time.thread_time() - cpu

    numbers()  # a warm cache, as the dashboard's second look has it
    alone = [numbers() for _ in range(runs)]
    stop, started = threading.Event(), threading.Event()
    timed: list[float] = []

    def checking() -> None:  # as the window's chain worker: a connection of its own, made on its thread
        check_db = connect(path, migrate=False)
        began, cpu = time.perf_counter(), time.thread_time()
        verify(check_db)
        timed.extend([time.perf_counter() - began, time.thread_time() - cpu])
        started.set()
        try:
            while True:  # checks again until the numbers are timed
                verify(check_db, stop)
        except CheckStopped:
            pass
        finally:
            check_db.close()

    thread = threading.Thread(target=checking)
    thread.start()
    started.wait()
    during = []
    for _ in range(runs):
        during.append(numbers())
        assert thread.is_alive()
    stop.set()
    thread.join()
    check, check_cpu = timed
    def ms(times: list[tuple[float, float]]) -> str:
        return (f"{statistics.median(t for t, _ in times) * 1000:.0f} ms "
                f"({statistics.median(c for _, c in times) * 1000:.0f} ms CPU)")

    print(f"load {os.getloadavg()[0]:.1f}: 1M events: the check {check:.1f} s ({check_cpu:.1f} s CPU); the numbers "
          f"for 30 days alone {ms(alone)}, while a check runs {ms(during)} (medians of {runs}); on one worker "
          f"they waited for the check's end: up to {check + statistics.median(t for t, _ in alone):.1f} s")
    numbers_db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--dashboard", action="store_true", help="the numbers during a check, at 1M events")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if args.dashboard:
        dashboard(args.runs)
        return
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

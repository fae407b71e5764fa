"""Benchmark: the owner's dashboard on 100,000 customers and 2,000,000 events, and a 1,000,000-row import.

    /work/main/.venv/bin/python tests/bench/bench_stats.py [--runs 5] [--skip-import] [--cpu] [--zone Asia/Kolkata]

The database is built once (bulk inserts, projections by SQL) and cached under /tmp/loyalty-bench.
Figures are medians of several runs on a warm cache; with ``--cpu`` they are the CPU time the work took
(user + system, every thread, and the child process for the command line), which stays comparable on a
machine that other work is loading, where wall times are not. ``--zone``: the shop's zone (Europe/Budapest);
one whose midnight is not a whole UTC hour (Asia/Kolkata, Asia/Kathmandu) times the periods off the hour grid.
Goals: the dashboard's numbers refresh (a period and its previous) under 500 ms; the import of
1,000,000 sales rows under 60 s.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from terminal.counter import Counter
from terminal.db import connect
from terminal.importer import import_sales
from terminal.stats import customers, segments
from terminal.stats.dashboard import quick_numbers, refresh, stats_summary
from terminal.stats.period import Preset, preset_period
from tests.bench.stats_data import CACHE, NOW, build, schema_tag

ZONE = "Europe/Budapest"
ROOT = Path(__file__).resolve().parents[2]


def cpu_seconds() -> float:
    """User + system time of this process (every thread) and of its finished children."""
    return sum(os.times()[:4])


CLOCK: Callable[[], float] = time.perf_counter


def median_ms(job: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        began = CLOCK()
        job()
        times.append((CLOCK() - began) * 1000)
    return statistics.median(times), min(times)


def bench_dashboard(path: Path, runs: int) -> None:
    db = connect(path)
    thresholds = customers.Thresholds()
    for preset in (Preset.DAYS_30, Preset.DAYS_90, Preset.MONTHS_12):
        period = preset_period(preset, NOW.date(), ZONE)
        stats_summary(db, period, thresholds)  # warm the page cache
        figures = {
            "numbers refresh (period + previous)": lambda p=period: quick_numbers(db, p),
            "segment counts": lambda p=period: segments.segment_counts(db, p, thresholds),
            "full dashboard (numbers, segments, charts, lists)":
                lambda p=period: refresh(db, p, thresholds, numbers=quick_numbers(db, p)[0]),
        }
        for name, job in figures.items():
            median, best = median_ms(job, runs)
            print(f"{preset.value:>4} {name:<52} median {median:7.0f} ms   best {best:7.0f} ms")
    db.close()
    folder = CACHE / f"stats-cli-{schema_tag()}"  # per schema version: other branches share /tmp
    folder.mkdir(exist_ok=True)
    target = folder / "terminal.db"
    if not target.exists():
        shutil.copy(path, target)
    command = [sys.executable, str(ROOT / "main.py"), "stats", "--data-dir", str(folder), "--from",
               preset_period(Preset.DAYS_30, NOW.date(), ZONE).first.isoformat(), "--to", NOW.date().isoformat(),
               "--json"]
    median, best = median_ms(lambda: subprocess.run(command, check=True, capture_output=True), runs)
    name = "`main.py stats --json` (a new process each time)"
    print(f" 30d {name:<52} median {median:7.0f} ms   best {best:7.0f} ms")


def bench_import(rows: int) -> None:
    folder = CACHE / "import"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    sales = folder / "sales.csv"
    rng = random.Random(3)
    with (folder / "customers.csv").open("w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["customer", "name", "phone", "consent"])
        for number in range(20_000):
            writer.writerow([f"K{number}", f"Customer {number}", f"+36 30 {number:07d}", number % 2])
    with sales.open("w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["customer", "date", "amount", "receipt"])
        for number in range(rows):
            day = f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            moment = f"{day} {rng.randrange(7, 20):02d}:{rng.randrange(60):02d}" if number % 3 else day
            who = f"K{rng.randrange(20_000)}" if number % 5 else ""
            writer.writerow([who, moment, f"{rng.randrange(150, 3000) / 100:.2f}", f"R{number}" if number % 2 else ""])
    db = connect(folder / "terminal.db")
    counter = Counter(db)
    from terminal.importer import import_customers

    import_customers(db, folder / "customers.csv", counter)
    began = time.perf_counter()
    report = import_sales(db, sales, counter, earn_points=True)
    first = time.perf_counter() - began
    began = time.perf_counter()
    again = import_sales(db, sales, counter, earn_points=True)
    second = time.perf_counter() - began
    db.close()
    print(f"import of {rows:,} sales rows: {first:.1f} s ({report.imported:,} imported); "
          f"re-run {second:.1f} s ({again.imported:,} imported, {again.already_there:,} already there)")


def main() -> int:
    global ZONE
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (the median is printed)")
    parser.add_argument("--skip-import", action="store_true", help="only the dashboard figures")
    parser.add_argument("--import-rows", type=int, default=1_000_000, help="rows in the import benchmark")
    parser.add_argument("--only-import", action="store_true", help="only the import figure")
    parser.add_argument("--cpu", action="store_true", help="CPU time instead of wall time (a loaded machine)")
    parser.add_argument("--zone", default=ZONE, help="the shop's time zone (Asia/Kolkata: bounds off the hour grid)")
    args = parser.parse_args()
    ZONE = args.zone
    print(f"periods in {ZONE}")
    if args.cpu:
        global CLOCK
        CLOCK = cpu_seconds
        print("figures in CPU time (user + system, every thread and the child process)")
    if not args.only_import:
        path = build(CACHE / f"stats-100k-{schema_tag()}.db")
        bench_dashboard(path, args.runs)
    if not args.skip_import:
        bench_import(args.import_rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: a sale from code entered to committed, and finding a customer, on a large database.

Run: .venv/bin/python tests/bench/bench_sale.py [--customers 100000 --events 1000000 --sales 2000]
Goals (issue 2): sale median < 2 ms; finding by card, phone or name < 5 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from terminal.counter import Counter
from terminal.db import checkpoint, connect
from tests.bench.build_db import cached


def _report(label: str, samples: list[float]) -> None:
    ms = sorted(s * 1000 for s in samples)
    p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    print(f"{label:<34} median {statistics.median(ms):7.3f} ms   p99 {p99:7.3f} ms   n={len(ms)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--sales", type=int, default=2000)
    args = parser.parse_args()
    path, codes = cached(args.customers, args.events)
    db = connect(path)
    counter = Counter(db)
    rng = random.Random(3)
    print(f"database: {args.customers} customers, "
          f"{db.execute('SELECT COUNT(*) FROM events').fetchone()[0]} events, {path.stat().st_size >> 20} MiB")
    sale_times, open_times = [], []
    for number in range(args.sales):
        if number % 50 == 0:
            checkpoint(db)  # the app checkpoints while the counter is idle (ui/tasks.py); not timed
        code = rng.choice(codes)
        started = time.perf_counter()
        lookup = counter.open_card(code)  # what the cashier sees on the scan
        opened = time.perf_counter()
        counter.record_sale(lookup.customer.id, rng.choice([250, 450, 1200]))  # committed, durably
        done = time.perf_counter()
        open_times.append(opened - started)
        sale_times.append(done - started)
    _report("scan + sale, committed (FULL sync)", sale_times)
    _report("open card (scan to customer shown)", open_times)
    names = [r[0] for r in db.execute("SELECT name FROM customers ORDER BY random() LIMIT 500")]
    phones = [r[0] for r in db.execute("SELECT phone FROM customers ORDER BY random() LIMIT 500")]
    for label, queries in (("find by card", rng.sample(codes, 500)),
                           ("find by phone (last 7 digits typed)", [p[-8:] for p in phones]),
                           ("find by full phone", phones),
                           ("find by first name + surname prefix", [" ".join(n.split()[:2])[:-2] for n in names])):
        samples = []
        for query in queries:
            started = time.perf_counter()
            counter.find_customers(query)
            samples.append(time.perf_counter() - started)
        _report(label, samples)
    db.close()


if __name__ == "__main__":
    main()

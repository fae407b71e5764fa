"""Benchmark: the low-score note the cashier sees at every scan, on the large benchmark database.

Run: .venv/bin/python tests/bench/bench_feedback.py [--customers 100000 --events 1000000 --samples 500]
Reads the cached database (tests/bench/build_db.py) read-only; compares the shipped query with the
plan a database without ANALYZE statistics gets for the plain query: the (kind, ts) index, which
walks the shop's sales newest first until it meets one of this customer's.
Goal: well under a millisecond, so a scan stays instant.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import sqlite_utils

from terminal.feedback import unhappy_note
from tests.bench.build_db import build

# The plan SQLite picks for the plain query when the database has no ANALYZE statistics (a new shop's).
NAIVE = ("SELECT r.body FROM events r WHERE r.kind = 'rating' AND r.ref_id = (SELECT s.id FROM events s "
         "INDEXED BY events_kind_ts "
         "WHERE s.customer_id = ? AND s.kind = 'sale' ORDER BY s.ts DESC, s.seq DESC LIMIT 1) LIMIT 1")


def _median_ms(samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    return f"median {statistics.median(ms):8.3f} ms   p99 {ms[min(len(ms) - 1, int(len(ms) * 0.99))]:8.3f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=500)
    args = parser.parse_args()
    master = Path("/tmp/loyalty-bench") / f"terminal-{args.customers}-{args.events}.db"
    if not master.exists():
        master.parent.mkdir(exist_ok=True)
        build(master, args.customers, args.events)
    db = sqlite_utils.Database(sqlite3.connect(f"file:{master}?mode=ro", uri=True))
    rng = random.Random(5)
    ids = [r[0] for r in db.execute("SELECT id FROM customers")]
    chosen = rng.sample(ids, min(args.samples, len(ids)))
    print(f"database: {len(ids)} customers, {db.execute('SELECT COUNT(*) FROM events').fetchone()[0]} events")
    for label, query in (("note at scan (shipped)", lambda cid: unhappy_note(db, cid)),
                         ("note at scan, (kind, ts) index", lambda cid: db.execute(NAIVE, [cid]).fetchone())):
        samples = []
        for cid in chosen[: len(chosen) if "shipped" in label else 50]:
            started = time.perf_counter()
            query(cid)
            samples.append(time.perf_counter() - started)
        print(f"{label:<34} {_median_ms(samples)}   n={len(samples)}")


if __name__ == "__main__":
    main()

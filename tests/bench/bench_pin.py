"""Benchmark: what a PIN hash costs the owner once, and a guesser a million times.

Run: .venv/bin/python tests/bench/bench_pin.py
Prints the median time of one hash at today's argon2id parameters and at the old scrypt (N=2^14) and
what trying every PIN of a length would take one CPU core, with a copied database in hand.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from terminal.pins import ARGON2_LANES, ARGON2_MEMORY_KIB, ARGON2_PASSES, MIN_DIGITS, hash_pin


def median_seconds(work: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    cases = (("old scrypt N=2^14, 16 MiB", lambda: hashlib.scrypt(b"000000", salt=os.urandom(16), n=2**14, r=8, p=1)),
             (f"now argon2id m={ARGON2_MEMORY_KIB // 1024} MiB t={ARGON2_PASSES} p={ARGON2_LANES}",
              lambda: hash_pin("000000")))
    for label, work in cases:
        seconds = median_seconds(work)
        for digits in (4, MIN_DIGITS):
            every = 10**digits * seconds
            print(f"{label}: {seconds * 1000:.0f} ms a hash; all {digits}-digit PINs {every / 3600:.1f} "
                  f"core-hours (half that on average)")


if __name__ == "__main__":
    main()

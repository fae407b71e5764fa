"""Benchmark: what the owner's PIN hash costs the owner once, and a guesser a million times.

Run: .venv/bin/python tests/bench/bench_pin.py
Prints the median time of one hash at today's parameters (and at the old 2^14), and what trying
every PIN of the shortest allowed length would take one CPU core, with a copied database in hand.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from terminal.owner_access import MIN_DIGITS, SCRYPT_N, SCRYPT_P, SCRYPT_R, _scrypt


def median_seconds(n: int, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        _scrypt("000000", os.urandom(16), n, SCRYPT_R, SCRYPT_P, 32)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    for n, label in ((2**14, "old"), (SCRYPT_N, "now")):
        seconds = median_seconds(n)
        mib = 128 * n * SCRYPT_R * SCRYPT_P / 2**20
        for digits in (4, MIN_DIGITS):
            every = 10**digits * seconds
            print(f"{label}: N=2^{n.bit_length() - 1}, {mib:.0f} MiB, {seconds * 1000:.0f} ms a hash; "
                  f"all {digits}-digit PINs {every / 3600:.1f} core-hours (half that on average)")


if __name__ == "__main__":
    main()

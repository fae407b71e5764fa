"""What a shop's file costs on disk: the database at 1,000,000 events (bench_sale.py's shop of 100,000
customers), bytes per event, the biggest tables and indexes, the start-up check and a verified, compressed
backup. Run: ``.venv/bin/python tests/bench/bench_size.py [--customers N] [--events N]``.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from terminal import backup  # noqa: E402
from tests.bench.build_db import cached  # noqa: E402

MB = 1_000_000
T = TypeVar("T")


def timed(action: Callable[[], T]) -> tuple[T, float]:
    began = time.perf_counter()
    result = action()
    return result, time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    args = parser.parse_args()
    path, _codes = cached(args.customers, args.events)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    events = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    size = path.stat().st_size
    print(f"database: {events:,} events, {size / MB:,.0f} MB, {size / events:,.0f} bytes per event")
    rows = conn.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
    owners = dict(conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')"))
    for name, used in rows[:12]:
        kind = "" if owners.get(name, name) == name else f" (index on {owners[name]})"
        print(f"  {name + kind:<60} {used / MB:8.1f} MB")
    free = conn.execute("PRAGMA freelist_count").fetchone()[0] * conn.execute("PRAGMA page_size").fetchone()[0]
    print(f"  {'free pages':<60} {free / MB:8.1f} MB")
    (quick,), quick_s = timed(lambda: conn.execute("PRAGMA quick_check").fetchone())
    print(f"start-up check (quick_check): {quick}, {quick_s:.1f} s")
    conn.close()
    with tempfile.TemporaryDirectory(prefix="loyalty-size-") as folder:
        made, backup_s = timed(lambda: backup.backup(path, Path(folder), datetime.now(UTC)))
        copy = made.stat().st_size
        print(f"verified, compressed backup: {copy / MB:,.0f} MB ({copy / size:.0%} of the database), "
              f"{backup_s:.0f} s; 14 daily backups {14 * copy / MB:,.0f} MB (full copies: {14 * size / MB:,.0f} MB)")


if __name__ == "__main__":
    main()

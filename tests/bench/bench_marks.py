"""What writing the owner's marks costs at 1,000,000 events (bench_sale.py's shop): the latest mark built,
a thinned mark forgotten, the marks after the first dropped (an import of old sales), all of them rebuilt.
Each runs in a transaction that is rolled back, on the cached file's working copy; CPU seconds beside wall.
Run: ``.venv/bin/python tests/bench/bench_marks.py``.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from terminal import marks
from terminal.db import connect
from tests.bench.build_db import cached


def main() -> None:
    path, _codes = cached(100_000, 1_000_000)
    db = connect(path)
    hours = [row[0] for row in db.execute("SELECT hour FROM marks ORDER BY hour")]

    def timed(label: str, action: Callable[[], object]) -> None:
        cpu, wall = sum(os.times()[:2]), time.perf_counter()
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            action()
            print(f"{label:<52} {time.perf_counter() - wall:6.2f} s wall {sum(os.times()[:2]) - cpu:6.2f} s CPU")
        finally:
            db.conn.rollback()

    rows = db.execute("SELECT COUNT(*) FROM customer_marks").fetchone()[0]
    print(f"{len(hours)} marks, {rows:,} rows in customer_marks")
    # The latest mark as the idle housekeeping builds it: dropped first (outside the timing), built again.
    db.conn.execute("SAVEPOINT latest")
    marks.drop_after(db, hours[-2])
    cpu, wall = sum(os.times()[:2]), time.perf_counter()
    marks.extend(db, limit=1)
    print(f"{'the latest mark built (extend, one mark)':<52} {time.perf_counter() - wall:6.2f} s wall "
          f"{sum(os.times()[:2]) - cpu:6.2f} s CPU")
    db.conn.execute("ROLLBACK TO latest")
    db.conn.execute("RELEASE latest")
    timed("a thinned mark forgotten", lambda: marks._forget(db, hours[len(hours) // 2]))
    timed("the marks after the first dropped (drop_after)", lambda: marks.drop_after(db, hours[0]))
    timed(f"all {len(hours)} marks rebuilt (rebuild)", lambda: marks.rebuild(db))
    db.close()


if __name__ == "__main__":
    main()

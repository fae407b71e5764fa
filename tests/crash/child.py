"""The crash harness's child process: writes to a terminal's database until the parent kills it.

    python tests/crash/child.py sales FOLDER --seed N [--synchronous off]
    python tests/crash/child.py import FOLDER --csv FILE --seed N
    python tests/crash/child.py sync FOLDER --hub URL --token TOKEN --seed N

Every mode records sales on the walk-in customers (the ``sale-…`` customers of the folder) and prints
``sale ID`` once ``record_sale`` has returned, that is after its commit: a printed id is a sale the
cashier saw confirmed. ``import`` and ``sync`` do that on a second thread (its own connection, as the
CLI importing beside the open app) while the main thread imports a sales file or pulls from the hub;
they print ``ready`` when the work starts and ``done`` when it has finished, then stop.
``--synchronous off`` is the control run only: it turns off the durability the terminal relies on (and
the checkpoints, so the last commits stay in the WAL for the simulated power cut to take).
"""

from __future__ import annotations

import argparse
import random
import sys
import threading
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from terminal.counter import Counter
from terminal.db import checkpoint, connect
from terminal.paths import database_path

WALK_IN_PREFIX = "Walk-in "  # the harness enrols these; sales go to them (or to nobody)
CHECKPOINT_EVERY = 25  # sales between checkpoints, as the app checkpoints between customers
# Beside an import or a sync, a sale every 200 ms (a busy counter). Faster, the sync's push loop keeps
# finding new sales to send and the pull would wait for a quiet moment.
PACE_S = 0.2


def say(line: str, lock: threading.Lock) -> None:
    with lock:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


def walk_ins(counter: Counter) -> list[str | None]:
    rows = counter.db.execute("SELECT id FROM customers WHERE name LIKE ? ORDER BY id", [WALK_IN_PREFIX + "%"])
    return [row[0] for row in rows] + [None]


def sell(folder: Path, seed: int, lock: threading.Lock, stop: threading.Event | None = None,
         synchronous: str = "full", pace: float = 0.0) -> None:
    """Record sales until killed (or until `stop` is set), printing each id after its commit."""
    db = connect(database_path(folder))
    control = synchronous != "full"
    if control:
        # The control run: commits not forced to the disk, and the WAL left to grow (no checkpoint copies
        # them into the database file), so a simulated power cut can take the last ones away.
        db.execute(f"PRAGMA synchronous = {synchronous.upper()}")
        db.execute("PRAGMA wal_autocheckpoint = 0")
    counter = Counter(db)
    rng = random.Random(seed)
    customers = walk_ins(counter)
    count = 0
    while stop is None or not stop.is_set():
        result = counter.record_sale(rng.choice(customers), rng.randint(100, 5000))
        say(f"sale {result.sale.id}", lock)
        count += 1
        if count % CHECKPOINT_EVERY == 0 and not control:
            checkpoint(db)
        if pace and stop is not None and stop.wait(pace):  # pacing the workload, not timing a result
            break
    db.close()


def run_beside_sales(folder: Path, seed: int, lock: threading.Lock, work: Callable[[], None]) -> None:
    stop = threading.Event()
    seller = threading.Thread(target=sell, args=(folder, seed, lock, stop), kwargs={"pace": PACE_S}, daemon=True)
    seller.start()
    say("ready", lock)
    work()
    say("done", lock)
    stop.set()
    seller.join()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("sales", "import", "sync"))
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--synchronous", choices=("full", "normal", "off"), default="full")
    parser.add_argument("--csv", type=Path)
    parser.add_argument("--hub")
    parser.add_argument("--token")
    args = parser.parse_args()
    lock = threading.Lock()
    if args.mode == "sales":
        sell(args.folder, args.seed, lock, synchronous=args.synchronous)
        return 0

    def work() -> None:
        db = connect(database_path(args.folder))
        try:
            if args.mode == "import":
                from terminal.importer import import_sales

                import_sales(db, args.csv, Counter(db))
            else:
                from terminal.sync.client import SyncClient
                from terminal.sync.transport import HubConnection

                with HubConnection(args.hub, args.token) as hub:
                    SyncClient(db, hub, pull_page=100).run()
        finally:
            db.close()

    run_beside_sales(args.folder, args.seed, lock, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())

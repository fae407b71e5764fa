"""One writer: how long a sale waits while a sales import and a sync pull write through the same writer.

Run: ``.venv/bin/python tests/bench/bench_writer.py [--rows 300000] [--pulled 20000] [--jobs]``

A sale is handed to the app's writer (DbTasks) every 200 ms, as a busy counter would; meanwhile the
import of ``--rows`` sales (validated on its own connection, written in chunks) and a sync round that
pulls ``--pulled`` events of another terminal from a real hub run on threads of their own. Prints every
sale's wait (hand-over to commit): the longest (goal < 250 ms), the 95th percentile and the median.
``--jobs``: also each kind of writer job (a sale, an import chunk, a pulled page's part, ...): how many, its
time on the writer (longest, 95th percentile) and the longest it waited for its turn.
``--other-process``: instead, the import runs as ``main.py import sales`` in a process of its own (the owner
at the command line while the app sells) and the sales are made on a connection of this process; prints
the same figures and how many sales were refused ("database is locked").
"""

from __future__ import annotations

import argparse
import functools
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication  # noqa: E402

from terminal.clock import FixedClock  # noqa: E402
from terminal.counter import Counter  # noqa: E402
from terminal.db import connect, meta_set  # noqa: E402
from terminal.paths import database_path  # noqa: E402
from terminal.sync.client import SyncClient  # noqa: E402
from terminal.sync.hub import Hub, HubConfig  # noqa: E402
from terminal.sync.server import HubServer  # noqa: E402
from terminal.sync.store_sqlite import SqliteHubStore  # noqa: E402
from terminal.sync.transport import HubConnection  # noqa: E402
from tests.sync.helpers import add_sales  # noqa: E402
from tests.sync.interleave import NOW, SALE_AMOUNT, SALE_EVERY, sell_during, write_sales_csv  # noqa: E402
from ui.tasks import DbTasks  # noqa: E402


def terminal_folder(root: Path, name: str) -> Path:
    folder = root / name
    folder.mkdir()
    db = connect(database_path(folder))
    meta_set(db, "terminal_name", name)
    db.close()
    return folder


class JobTimes:
    """Each writer job's kind, wait for its turn and time on the writer, noted around DbTasks' write and call."""

    def __init__(self, tasks: DbTasks) -> None:
        self.times: dict[str, list[tuple[float, float]]] = defaultdict(list)
        write, call = tasks.write, tasks.call
        handing_over = threading.local()  # set while this thread is in write(): its call() is write's own

        def timed(job: Callable[[Any], Any]) -> tuple[Callable[[Any], Any], list[float]]:
            started: list[float] = []

            def run(resource: Any) -> Any:
                started.append(time.perf_counter())
                try:
                    return job(resource)
                finally:
                    started.append(time.perf_counter())

            return run, started

        def note(kind: str, handed: float, started: list[float]) -> None:
            if len(started) == 2:
                self.times[kind].append((started[0] - handed, started[1] - started[0]))

        def timed_write(job: Callable[[Any], Any]) -> Any:
            kind = self.kind_of(job)
            run, started = timed(job)
            handed = time.perf_counter()
            handing_over.active = True
            try:
                return write(run)
            finally:
                handing_over.active = False
                note(kind, handed, started)

        def timed_call(job: Callable[[Any], Any], **kwargs: Any) -> Any:
            if getattr(handing_over, "active", False):  # a handed-over job: timed_write times it
                return call(job, **kwargs)
            run, started = timed(job)
            handed = time.perf_counter()
            try:
                return call(run, **kwargs)
            finally:
                note("sale", handed, started)

        tasks.write = timed_write  # type: ignore[method-assign]
        tasks.call = timed_call  # type: ignore[method-assign]

    @staticmethod
    def kind_of(job: Callable[[Any], Any]) -> str:
        while isinstance(job, functools.partial):
            job = job.func
        name = getattr(job, "__qualname__", "job")
        return {"_write_chunk": "import chunk", "_apply_page": "pulled page (part)"}.get(name, name.split(".<")[0])

    def report(self) -> None:
        print(f"{'writer job':32s} {'jobs':>6s} {'longest':>9s} {'p95':>7s} {'longest wait for its turn':>26s}")
        for kind, times in sorted(self.times.items(), key=lambda item: -max(t for _, t in item[1])):
            runs = sorted(t * 1000 for _, t in times)
            print(f"{kind[:32]:32s} {len(runs):6d} {runs[-1]:6.0f} ms {runs[int(len(runs) * 0.95)]:4.0f} ms "
                  f"{max(w for w, _ in times) * 1000:23.0f} ms")


def other_process(rows: int) -> int:
    """Sales on this process's connection every SALE_EVERY while ``main.py import sales`` writes from another."""
    with tempfile.TemporaryDirectory(prefix="bench-writer-") as tmp:
        root = Path(tmp)
        till = terminal_folder(root, "T1")
        sales_file = write_sales_csv(root / "sales.csv", rows, end=NOW)
        importer = subprocess.Popen([sys.executable, "main.py", "import", "sales", str(sales_file), "--data-dir",
                                     str(till), "--quiet"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    text=True)
        db = connect(database_path(till))
        counter = Counter(db, clock=FixedClock(NOW))
        waits, refused = [], 0
        while importer.poll() is None:
            time.sleep(SALE_EVERY)  # the counter's pace, as in sell_during
            began = time.perf_counter()
            try:
                counter.record_sale(None, SALE_AMOUNT)
            except Exception:  # "database is locked": the sale refused
                refused += 1
            waits.append((time.perf_counter() - began) * 1000)
        out, err = importer.communicate()
        db.close()
    if importer.returncode != 0:
        print("the import failed:", err, file=sys.stderr)
        return 1
    print(out.strip().splitlines()[-1])
    waits.sort()
    print(f"{len(waits)} sales, {refused} refused; sale wait: longest {waits[-1]:.0f} ms, "
          f"p95 {waits[int(len(waits) * 0.95)]:.0f} ms, median {statistics.median(waits):.0f} ms")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=300_000, help="sales rows in the import")
    parser.add_argument("--pulled", type=int, default=20_000, help="events the sync round pulls")
    parser.add_argument("--jobs", action="store_true", help="each kind of writer job's time on the writer")
    parser.add_argument("--other-process", action="store_true", help="the import as main.py in another process")
    args = parser.parse_args()
    if args.other_process:
        return other_process(args.rows)
    QCoreApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="bench-writer-") as tmp:
        root = Path(tmp)
        store = SqliteHubStore(root / "hub.db")
        hub = Hub(store, HubConfig(data_dir=root))
        server = HubServer(hub, port=0).start()
        till, other = terminal_folder(root, "T1"), terminal_folder(root, "T2")
        other_db = connect(database_path(other))
        add_sales(other_db, args.pulled, start=NOW)
        with HubConnection(server.url, store.add_terminal("T2", 0)) as connection:
            SyncClient(other_db, connection).run()
        other_db.close()
        sales_file = write_sales_csv(root / "sales.csv", args.rows, end=NOW)
        tasks = DbTasks(database_path(till), FixedClock(NOW), housekeeping_ms=3_600_000)
        jobs = JobTimes(tasks) if args.jobs else None
        began = time.perf_counter()
        outcome = sell_during(tasks, database_path(till), sales_file, server.url, store.add_terminal("T1", 0))
        took = time.perf_counter() - began
        tasks.shutdown()
        server.stop()
        store.close()
    if outcome.background_errors or outcome.failures:
        print("errors:", outcome.background_errors, outcome.failures[:3], file=sys.stderr)
        return 1
    slowest = sorted(range(len(outcome.waits)), key=outcome.waits.__getitem__)[-3:]
    print("slowest sales (their number, in order):", ", ".join(f"#{n} {outcome.waits[n] * 1000:.0f} ms"
                                                                for n in sorted(slowest)))
    waits = sorted(w * 1000 for w in outcome.waits)
    print(f"import of {outcome.imported:,} rows and a pull of {outcome.sync.applied if outcome.sync else 0:,} "
          f"events in {took:.1f} s; {len(waits)} sales, none refused")
    print(f"sale wait: longest {waits[-1]:.0f} ms, p95 {waits[int(len(waits) * 0.95)]:.0f} ms, "
          f"median {statistics.median(waits):.0f} ms")
    if jobs:
        jobs.report()
    return 0


if __name__ == "__main__":
    sys.exit(main())

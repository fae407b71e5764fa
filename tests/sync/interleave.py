"""Sales at the counter while an import and a sync pull write: the one-writer scenario, for the test and
the benchmark. Every write goes through the app's writer (DbTasks); sales are recorded back to back from
a thread of their own, one every ``SALE_EVERY`` seconds as a busy counter would, each timed from the moment
it is handed over to the moment it committed."""

from __future__ import annotations

import csv
import random
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from terminal.counter import Counter
from terminal.db import connect
from terminal.importer import import_sales
from terminal.sync.client import SyncClient, SyncReport
from terminal.sync.transport import HubConnection
from ui.tasks import DbTasks

SALE_AMOUNT = 12_345  # the counter's sales: above every imported amount (1.00 to 90.00), so told apart
SALE_EVERY = 0.2  # seconds between two sales handed to the writer


def write_sales_csv(path: Path, rows: int, *, end: datetime, seed: int = 1) -> Path:
    """A sales file as another POS exports it: walk-in sales over the year before ``end``."""
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["customer", "date", "amount"])
        for n in range(rows):
            moment = end - timedelta(days=365) + timedelta(seconds=n * 365 * 86_400 // rows)
            writer.writerow(["", moment.strftime("%Y-%m-%d %H:%M"), f"{rng.randint(100, 9000) / 100:.2f}"])
    return path


@dataclass
class Outcome:
    waits: list[float] = field(default_factory=list)  # seconds from hand-over to commit, per sale
    failures: list[Exception] = field(default_factory=list)
    imported: int = 0
    sync: SyncReport | None = None
    background_errors: list[Exception] = field(default_factory=list)

    @property
    def longest_wait(self) -> float:
        return max(self.waits, default=0.0)


def sell_during(tasks: DbTasks, database: Path, sales_file: Path, hub_url: str, token: str) -> Outcome:
    """Run the import and a sync round, each on its own thread with its own reading connection, and
    record sales until both are done."""
    outcome = Outcome()
    done = threading.Event()

    def importing() -> None:
        db = connect(database, migrate=False)
        try:
            outcome.imported = import_sales(db, sales_file, Counter(db), write=tasks.write).imported
        except Exception as error:
            outcome.background_errors.append(error)
        finally:
            db.close()

    def syncing() -> None:
        db = connect(database, migrate=False)
        try:
            with HubConnection(hub_url, token) as hub:
                outcome.sync = SyncClient(db, hub, write=tasks.write, pull_page=500).run()
        except Exception as error:
            outcome.background_errors.append(error)
        finally:
            db.close()

    def selling() -> None:
        # The pace of a queue at the counter; waiting on `done` ends the loop as soon as the work is over.
        while not done.wait(SALE_EVERY):
            began = time.perf_counter()
            try:
                tasks.call(lambda counter: counter.record_sale(None, SALE_AMOUNT))
            except Exception as error:
                outcome.failures.append(error)
            outcome.waits.append(time.perf_counter() - began)

    workers = [threading.Thread(target=importing), threading.Thread(target=syncing)]
    seller = threading.Thread(target=selling)
    seller.start()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    done.set()
    seller.join()
    return outcome


NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)

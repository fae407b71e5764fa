"""One writer per process: a sale is never refused while an import and a sync pull write."""

from __future__ import annotations

import subprocess
import sys
import threading

from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect
from terminal.paths import database_path
from ui.tasks import DbTasks

from .helpers import ROOT, add_sales
from .interleave import NOW, SALE_AMOUNT, SALE_EVERY, sell_during, write_sales_csv


def test_every_sale_succeeds_while_an_import_and_a_sync_pull_write(qtbot, tmp_path, make_store, start_hub,
                                                                   make_terminal):
    running = start_hub(make_store("sqlite"))
    till, other = make_terminal("T1", running), make_terminal("T2", running)
    add_sales(other.db, 3_000, start=NOW)
    other.sync()
    sales_file = write_sales_csv(tmp_path / "sales.csv", 30_000, end=NOW)
    tasks = DbTasks(database_path(till.folder), FixedClock(NOW), housekeeping_ms=3_600_000)
    try:
        outcome = sell_during(tasks, database_path(till.folder), sales_file, running.url, till.token)
    finally:
        tasks.shutdown()
    assert outcome.background_errors == []
    assert outcome.failures == []
    assert outcome.imported == 30_000 and outcome.sync is not None and outcome.sync.applied == 3_000
    counted = till.db.execute("SELECT COUNT(*) FROM events WHERE kind = 'sale' AND amount = ?",
                              [SALE_AMOUNT]).fetchone()[0]
    assert counted == len(outcome.waits) > 0
    first_sale, last_imported = till.db.execute(
        "SELECT (SELECT MIN(seq) FROM events WHERE amount = ?), "
        "(SELECT MAX(seq) FROM events WHERE json_extract(body, '$.imported') IS NOT NULL)", [SALE_AMOUNT]).fetchone()
    assert first_sale < last_imported  # the sales went in between the import's chunks, not after them
    till.assert_rebuild_equal()


def test_a_sale_waits_for_a_cli_import_in_another_process_and_is_not_refused(tmp_path, make_terminal):
    till = make_terminal("T1")
    sales_file = write_sales_csv(tmp_path / "sales.csv", 60_000, end=NOW)
    importer = subprocess.Popen([sys.executable, "main.py", "import", "sales", str(sales_file), "--data-dir",
                                 str(till.folder), "--quiet"], cwd=ROOT, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
    sold, failures = [0], []
    finished = threading.Event()

    def selling() -> None:
        db = connect(database_path(till.folder))  # the app's writer, in this process
        counter = Counter(db, clock=FixedClock(NOW))
        while not finished.wait(SALE_EVERY):
            try:
                counter.record_sale(None, SALE_AMOUNT)
                sold[0] += 1
            except Exception as error:  # "database is locked" was the old failure
                failures.append(error)
        db.close()

    seller = threading.Thread(target=selling)
    seller.start()
    try:
        out, err = importer.communicate(timeout=300)
    finally:
        finished.set()
        seller.join()
    assert importer.returncode == 0, err
    assert "60,000 imported" in out
    assert failures == []
    assert till.db.execute("SELECT COUNT(*) FROM events WHERE amount = ?",
                           [SALE_AMOUNT]).fetchone()[0] == sold[0] > 0

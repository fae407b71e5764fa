from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import sqlite_utils

from terminal.db import MIGRATIONS, connect, schema_version


def test_every_connection_gets_wal_durable_commits_foreign_keys_and_a_busy_timeout(
        db: sqlite_utils.Database) -> None:
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_migrations_run_once_and_record_the_version(tmp_path: Path) -> None:
    db = connect(tmp_path / "t.db")
    assert schema_version(db) == len(MIGRATIONS)
    terminal_id = db.execute("SELECT value FROM meta WHERE key = 'terminal_id'").fetchone()[0]
    db.close()
    again = connect(tmp_path / "t.db")
    assert again.execute("SELECT value FROM meta WHERE key = 'terminal_id'").fetchone()[0] == terminal_id
    again.close()


SELLER = textwrap.dedent("""
    import sys
    from terminal.counter import Counter
    from terminal.db import connect
    counter = Counter(connect(sys.argv[1]))
    customer = counter.enrol("Anna").customer.id
    while True:
        result = counter.record_sale(customer, 450)
        print(result.receipt_no, flush=True)  # what the cashier sees: printed only after the commit
""")


def test_every_sale_the_cashier_saw_confirmed_survives_a_killed_process(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    connect(path).close()
    seller = subprocess.Popen([sys.executable, "-c", SELLER, str(path)], stdout=subprocess.PIPE, text=True,
                              cwd=Path(__file__).resolve().parent.parent)
    confirmed = [seller.stdout.readline().strip() for _ in range(200)]
    os.kill(seller.pid, signal.SIGKILL)
    seller.wait()
    db = connect(path)
    stored = {r[0] for r in db.execute("SELECT receipt_no FROM receipts")}
    assert set(confirmed) <= stored
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    visits = db.execute("SELECT visits FROM balances").fetchone()[0]
    assert visits == db.execute("SELECT COUNT(*) FROM events WHERE kind = 'sale'").fetchone()[0]
    db.close()

"""The crash harness: run a child that writes (tests/crash/child.py), SIGKILL it at a random moment, and
check what a power cut or a killed process must never do to the terminal's database.

After each kill: ``PRAGMA integrity_check`` is ok; every sale the child printed (its commit had
returned) is in the ledger, and no sale is there twice; the balances equal a rebuild from the events;
an interrupted import or sync, run again, completes and counts nothing twice.

The moment of the kill comes from a seeded RNG and nothing else: after a random number of printed
sales, or a random delay after the child said ``ready`` (drawn up to the length of an uninterrupted
run). The RNG only places the kill; no result is ever waited for with a sleep.

:func:`power_cut` is the control: it copies the database as a disk would hold it after the power went,
without the WAL's last frames, so the harness can be shown to see a loss.
"""

from __future__ import annotations

import os
import queue
import random
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from terminal.counter import Counter
from terminal.db import connect
from terminal.importer import import_customers, import_sales
from terminal.ledger import balance_snapshot, rebuild
from terminal.paths import database_path
from tests.crash.child import WALK_IN_PREFIX

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("child.py")
WALK_INS = 8
IMPORTED_CUSTOMERS = 40
IMPORT_ROWS = 20_000
REMOTE_EVENTS = 3_000
# A balance row without its key (the row's number, which follows the order customers first appeared in: a
# resumed import or a paged pull numbers them otherwise than an uninterrupted one).
_BALANCE = ("b.customer_id, b.stamps, b.points, b.spend, b.visits, b.redemptions, b.first_visit_ts, "
            "b.last_visit_ts")
WAIT_S = 120.0  # a child that says nothing for this long has hung: the run fails


@dataclass
class Outcome:
    """What one killed run left behind."""

    mode: str
    printed: int  # sales the child confirmed
    lost: list[str] = field(default_factory=list)  # confirmed, yet not in the ledger
    duplicates: int = 0  # sales (or imported rows, or pulled events) counted more than once
    integrity: str = "ok"
    rebuild_equal: bool = True
    rerun: str = ""  # empty: the interrupted import or sync, run again, completed with the right counts
    finished: bool = False  # the child had finished its import or sync before the kill

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and not self.lost and not self.duplicates and self.rebuild_equal \
            and not self.rerun


class Child:
    """A child process whose printed lines are collected by a reader thread, so it never blocks."""

    def __init__(self, folder: Path, *args: str) -> None:
        self.folder = folder
        self.stderr_path = folder / "child-stderr.txt"
        with self.stderr_path.open("w") as stderr:
            self.process = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE,
                                            stderr=stderr, text=True, cwd=ROOT)
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))
            self._queue.put(self.lines[-1])
        self._queue.put(None)

    def wait_for(self, wanted: str, count: int = 1) -> bool:
        """Block until the child has printed `count` lines starting with `wanted`; False if it ended first."""
        seen = 0
        while seen < count:
            try:
                line = self._queue.get(timeout=WAIT_S)
            except queue.Empty:
                self.kill()
                raise AssertionError(f"the child printed nothing for {WAIT_S:.0f} s") from None
            if line is None:
                return False
            seen += line.startswith(wanted)
        return True

    def kill(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=WAIT_S)
        self._reader.join(timeout=WAIT_S)

    def finish(self) -> None:
        """Wait for a child that stops by itself (an uninterrupted run)."""
        self.process.wait(timeout=WAIT_S * 5)
        self._reader.join(timeout=WAIT_S)
        if self.process.returncode != 0:
            raise AssertionError(f"the child failed:\n{self.stderr_path.read_text()}")

    def sale_ids(self) -> list[str]:
        return [line.split()[1] for line in self.lines if line.startswith("sale ")]


# -- checks ---------------------------------------------------------------------------------------
def integrity(path: Path) -> str:
    conn = sqlite3.connect(str(path))
    try:
        return "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
    except sqlite3.DatabaseError as error:
        return str(error)
    finally:
        conn.close()


def check(folder: Path, mode: str, printed: list[str]) -> Outcome:
    """The checks every killed run must pass (the re-run of an import or sync is checked by its caller)."""
    path = database_path(folder)
    outcome = Outcome(mode, len(printed), integrity=integrity(path))
    if outcome.integrity != "ok":
        return outcome
    db = connect(path)
    try:
        mine = "kind = 'sale' AND terminal_id = (SELECT value FROM meta WHERE key = 'terminal_id')"
        present = {row[0] for row in db.execute(f"SELECT id FROM events WHERE {mine} AND body LIKE '%receipt_no%'")}
        outcome.lost = [sale for sale in printed if sale not in present]
        # Each selling thread may have committed one sale whose id it had not printed yet: more is a duplicate.
        in_flight = 1 if mode == "sales" else 2
        receipts = db.execute("SELECT COUNT(*), COUNT(DISTINCT json_extract(body, '$.receipt_no')) FROM events "
                              f"WHERE {mine} AND body LIKE '%receipt_no%'").fetchone()
        outcome.duplicates = max(0, len(present) - len(printed) - in_flight) + receipts[0] - receipts[1]
        before = balance_snapshot(db)
        rebuild(db)
        outcome.rebuild_equal = balance_snapshot(db) == before
    finally:
        db.close()
    return outcome


# -- the simulated power cut ------------------------------------------------------------------------
WAL_HEADER, FRAME_HEADER = 32, 24


def commit_ends(wal: Path) -> list[int]:
    """Byte offsets just after each commit frame of the WAL's current generation (frames whose salts
    match the header's; older frames left in the file from before a restart are not part of it)."""
    data = wal.read_bytes() if wal.exists() else b""
    if len(data) < WAL_HEADER:
        return []
    page_size = struct.unpack(">I", data[8:12])[0]
    salts = data[16:24]
    ends, offset = [], WAL_HEADER
    while offset + FRAME_HEADER + page_size <= len(data):
        header = data[offset:offset + FRAME_HEADER]
        if header[8:16] != salts:
            break
        offset += FRAME_HEADER + page_size
        if struct.unpack(">I", header[4:8])[0]:  # "database size after commit": set on a commit frame only
            ends.append(offset)
    return ends


def power_cut(folder: Path, target: Path, lost_commits: int) -> Path:
    """Copy the database as the disk holds it after a power cut that lost the WAL's last `lost_commits`
    commits (what ``synchronous=OFF`` allows: the OS had not written them yet). 0 keeps every frame up
    to the last commit, which is all a cut can leave with ``synchronous=FULL``: each commit was on the
    disk before it returned."""
    target.mkdir(parents=True, exist_ok=True)
    source = database_path(folder)
    shutil.copyfile(source, database_path(target))
    wal = Path(f"{source}-wal")
    ends = commit_ends(wal)
    keep = ends[-1 - lost_commits] if len(ends) > lost_commits else WAL_HEADER
    if wal.exists():
        Path(f"{database_path(target)}-wal").write_bytes(wal.read_bytes()[:keep])
    return target


# -- the runs --------------------------------------------------------------------------------------
def sales_csv(path: Path, rows: int, seed: int) -> Path:
    rng = random.Random(seed)
    start = datetime(2026, 1, 5, 8, 0)
    lines = ["customer,date,amount,receipt"]
    for n in range(rows):
        moment = start + timedelta(minutes=17 * n)
        lines.append(f"K{rng.randrange(IMPORTED_CUSTOMERS)},{moment:%Y-%m-%d %H:%M},{rng.randint(100, 9000) / 100:.2f},"
                     f"R{n}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class Harness:
    """Runs killed children in fresh copies of one template folder under `root`."""

    def __init__(self, root: Path, seed: int = 0) -> None:
        self.root = root
        self.rng = random.Random(seed)
        self.runs = 0
        self.template = root / "template"
        self.template.mkdir(parents=True)
        db = connect(database_path(self.template))
        counter = Counter(db)
        for n in range(WALK_INS):
            counter.enrol(f"{WALK_IN_PREFIX}{n}")
        customers = root / "customers.csv"
        customers.write_text("customer,name\n" + "".join(f"K{n},Imported {n}\n" for n in range(IMPORTED_CUSTOMERS)),
                             encoding="utf-8")
        import_customers(db, customers, counter)
        db.close()
        self.csv = sales_csv(root / "sales.csv", IMPORT_ROWS, seed)
        self._import_reference: tuple[float, list[tuple]] | None = None
        self._sync_reference: float | None = None
        self.hub: _Hub | None = None

    def fresh(self) -> Path:
        self.runs += 1
        folder = self.root / f"run-{self.runs:04d}"
        shutil.copytree(self.template, folder)
        return folder

    # sales --------------------------------------------------------------------------------------------
    def sales(self, synchronous: str = "full", at_least: int = 1) -> tuple[Path, list[str]]:
        """A child selling; killed after a random count of printed sales and a random delay of < 20 ms."""
        folder = self.fresh()
        child = Child(folder, "sales", str(folder), "--seed", str(self.rng.randrange(10**9)),
                      "--synchronous", synchronous)
        count, delay = self.rng.randint(at_least, at_least + 60), self.rng.uniform(0, 0.02)
        if not child.wait_for("sale ", count):
            raise AssertionError(f"the child stopped:\n{child.stderr_path.read_text()}")
        time.sleep(delay)  # places the kill between two sales or inside one; waits for no result
        child.kill()
        return folder, child.sale_ids()

    def sales_run(self) -> Outcome:
        folder, printed = self.sales()
        return check(folder, "sales", printed)

    # import ------------------------------------------------------------------------------------------
    def _imported(self, db_folder: Path) -> list[tuple]:
        db = connect(database_path(db_folder))
        try:
            return [tuple(row) for row in db.execute(
                f"SELECT {_BALANCE} FROM balances b JOIN customers c ON c.id = b.customer_id "
                "WHERE c.external_key IS NOT NULL ORDER BY b.customer_id")]
        finally:
            db.close()

    def import_reference(self) -> tuple[float, list[tuple]]:
        """An uninterrupted child import: how long it takes (to place kills) and the balances it gives."""
        if self._import_reference is None:
            folder = self.fresh()
            child = Child(folder, "import", str(folder), "--csv", str(self.csv), "--seed", "1")
            child.wait_for("ready")
            began = time.monotonic()
            child.wait_for("done")
            took = time.monotonic() - began
            child.finish()
            self._import_reference = (took, self._imported(folder))
        return self._import_reference

    def import_run(self) -> Outcome:
        took, expected = self.import_reference()
        folder = self.fresh()
        child = Child(folder, "import", str(folder), "--csv", str(self.csv), "--seed",
                      str(self.rng.randrange(10**9)))
        delay = self.rng.uniform(0, took)
        child.wait_for("ready")
        time.sleep(delay)  # places the kill inside the import; waits for no result
        finished = "done" in child.lines
        child.kill()
        outcome = check(folder, "import", child.sale_ids())
        outcome.finished = finished
        if outcome.integrity != "ok":
            return outcome
        db = connect(database_path(folder))
        try:
            report = import_sales(db, self.csv, Counter(db))
            rows = db.execute("SELECT COUNT(*), COUNT(DISTINCT json_extract(body, '$.line')) FROM events "
                              "WHERE kind = 'sale' AND json_extract(body, '$.imported') IS NOT NULL").fetchone()
        finally:
            db.close()
        problems = []
        if report.rows != IMPORT_ROWS or rows != (IMPORT_ROWS, IMPORT_ROWS):
            problems.append(f"re-run: {report.rows} rows read, {rows[0]} imported sales for {rows[1]} lines")
        outcome.duplicates += max(0, rows[0] - rows[1])
        if self._imported(folder) != expected:
            problems.append("the imported customers' balances differ from an uninterrupted import")
        outcome.rerun = "; ".join(problems)
        return outcome

    # sync --------------------------------------------------------------------------------------------
    def start_hub(self) -> _Hub:
        if self.hub is None:
            self.hub = _Hub(self.root / "hub")
        return self.hub

    def stop(self) -> None:
        if self.hub is not None:
            self.hub.stop()
            self.hub = None

    def _sync_child(self, folder: Path, seed: int) -> Child:
        hub = self.start_hub()
        return Child(folder, "sync", str(folder), "--hub", hub.url, "--token", hub.till_token, "--seed", str(seed))

    def sync_reference(self) -> float:
        if self._sync_reference is None:
            folder = self.fresh()
            child = self._sync_child(folder, 1)
            child.wait_for("ready")
            began = time.monotonic()
            child.wait_for("done")
            self._sync_reference = time.monotonic() - began
            child.finish()
        return self._sync_reference

    def sync_run(self) -> Outcome:
        took = self.sync_reference()
        hub = self.start_hub()
        folder = self.fresh()
        child = self._sync_child(folder, self.rng.randrange(10**9))
        delay = self.rng.uniform(0, took)
        child.wait_for("ready")
        time.sleep(delay)  # places the kill inside the pull; waits for no result
        finished = "done" in child.lines
        child.kill()
        outcome = check(folder, "sync", child.sale_ids())
        outcome.finished = finished
        if outcome.integrity != "ok":
            return outcome
        db = connect(database_path(folder))
        try:
            from terminal.sync.client import SyncClient
            from terminal.sync.transport import HubConnection

            with HubConnection(hub.url, hub.till_token) as connection:
                SyncClient(db, connection, pull_page=100).run()
            pulled = db.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM events WHERE terminal_id = ?",
                                [hub.remote_terminal]).fetchone()
            balances = [tuple(row) for row in db.execute(
                f"SELECT {_BALANCE} FROM balances b WHERE customer_id LIKE 'customer-%' ORDER BY customer_id")]
        finally:
            db.close()
        problems = []
        if pulled != (REMOTE_EVENTS, REMOTE_EVENTS):
            problems.append(f"after the re-run {pulled[0]} of the hub's {REMOTE_EVENTS} events are here")
        if balances != hub.remote_balances:
            problems.append("the pulled customers' balances differ from the terminal that made them")
        outcome.rerun = "; ".join(problems)
        return outcome


class _Hub:
    """A hub in this process (SQLite store, a free loopback port) holding another terminal's sales."""

    def __init__(self, folder: Path) -> None:
        from terminal.sync.client import SyncClient
        from terminal.sync.hub import Hub, HubConfig
        from terminal.sync.server import HubServer
        from terminal.sync.store_sqlite import SqliteHubStore
        from terminal.sync.transport import HubConnection
        from tests.sync.helpers import add_sales

        folder.mkdir(parents=True)
        self.store = SqliteHubStore(folder / "hub.db")
        hub = Hub(self.store, HubConfig(data_dir=folder))
        hub.check_restored()
        self.server = HubServer(hub, port=0).start()
        self.url = self.server.url
        remote = connect(folder / "remote.db")
        try:
            add_sales(remote, REMOTE_EVENTS, customers=60, start=datetime.now(UTC) - timedelta(days=20))
            with HubConnection(self.url, self.store.add_terminal("remote", 0)) as connection:
                SyncClient(remote, connection).run()
            self.remote_terminal = remote.execute("SELECT value FROM meta WHERE key = 'terminal_id'").fetchone()[0]
            self.remote_balances = [tuple(row) for row in remote.execute(
                f"SELECT {_BALANCE} FROM balances b ORDER BY customer_id")]
        finally:
            remote.close()
        self.till_token = self.store.add_terminal("till", 0)

    def stop(self) -> None:
        self.server.stop()
        self.store.close()

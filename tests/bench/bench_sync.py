"""Sync benchmark: push and pull 100,000 events through the hub on SQLite and on PostgreSQL, then an
incremental sync of 100 events. Run: ``.venv/bin/python tests/bench/bench_sync.py [--events N]``.

The hub runs as a real subprocess (``main.py hub``) on a free loopback port, as in a shop; PostgreSQL
is a private server started here with its normal durability settings (fsync on).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from terminal.db import connect  # noqa: E402
from terminal.paths import database_path  # noqa: E402
from terminal.sync.client import SyncClient, SyncReport  # noqa: E402
from terminal.sync.transport import HubConnection  # noqa: E402
from tests.sync import pgserver  # noqa: E402
from tests.sync.helpers import HubProcess, add_sales  # noqa: E402

START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


def sync(folder: Path, url: str, token: str) -> tuple[SyncReport, float]:
    db = connect(database_path(folder))
    try:
        with HubConnection(url, token, timeout=120) as hub:
            began = time.perf_counter()
            report = SyncClient(db, hub).run()
            return report, time.perf_counter() - began
    finally:
        db.close()


def run_store(label: str, store: str | None, seeded: Path, work: Path, events: int) -> list[str]:
    hub_dir, seller, reader = work / "hub", work / "seller", work / "reader"
    hub_dir.mkdir(parents=True)
    shutil.copytree(seeded, seller)
    reader.mkdir()
    connect(database_path(reader)).close()
    hub = HubProcess(hub_dir, pgserver.free_port(), store)
    seller_token, reader_token = hub.add_terminal("seller"), hub.add_terminal("reader")
    hub.start()
    try:
        pushed, push_s = sync(seller, hub.url, seller_token)
        pulled, pull_s = sync(reader, hub.url, reader_token)
        assert pushed.stored == events and pulled.applied == events, (pushed, pulled)
        db = connect(database_path(seller))
        add_sales(db, 100, start=datetime(2026, 6, 1, tzinfo=UTC), seed=99)
        db.close()
        small_push, small_push_s = sync(seller, hub.url, seller_token)
        small_pull, small_pull_s = sync(reader, hub.url, reader_token)
        assert small_push.stored == 100 and small_pull.applied == 100
    finally:
        hub.stop()
    return [
        f"{label:<10} push {events:,} events: {push_s:6.1f} s  {events / push_s:9,.0f} events/s",
        f"{label:<10} pull {events:,} events: {pull_s:6.1f} s  {events / pull_s:9,.0f} events/s (applied locally)",
        f"{label:<10} incremental 100: push {small_push_s * 1000:6.0f} ms ({100 / small_push_s:,.0f} events/s), "
        f"pull {small_pull_s * 1000:6.0f} ms ({100 / small_pull_s:,.0f} events/s)",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000, help="events to push and pull (default 100000)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="lt-bench-sync-"))
    lines = []
    try:
        seeded = work / "seeded"
        seeded.mkdir()
        db = connect(database_path(seeded))
        began = time.perf_counter()
        add_sales(db, args.events, customers=5000, start=START)
        db.close()
        print(f"made {args.events:,} events in {time.perf_counter() - began:.1f} s", flush=True)
        lines += run_store("SQLite", None, seeded, work / "sqlite", args.events)
        print(*lines, sep="\n", flush=True)
        server = pgserver.start(fast=False)
        try:
            lines += run_store("PostgreSQL", server.create_database(), seeded, work / "postgres", args.events)
        finally:
            server.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\n".join(lines[3:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

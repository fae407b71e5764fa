"""What an erasure costs the PostgreSQL hub: the push that brings it, and the clean-up after it (VACUUM FULL
of the events table and a CHECKPOINT, on the store's cleaner thread). Run:
``.venv/bin/python tests/bench/bench_erasure_pg.py [--events N ...]``.

The server is a private one started here with its normal durability settings (fsync on). For each size the
events table holds N sales of 200 customers plus one customer's enrolment and profile edits; the erasure's
push is timed without the clean-up (as before it existed) and with it, and the clean-up itself (the time
the events table is locked is the VACUUM FULL's).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402

from terminal.sync.store import SCRUBBED_TABLES  # noqa: E402
from terminal.sync.store_postgres import PostgresHubStore  # noqa: E402
from tests.sync import pgserver  # noqa: E402

TERMINAL = "0190f0a0-0000-7000-8000-00000000bench"
CUSTOMER = "customer-erased"


class _NoClean(PostgresHubStore):
    """The store as it was before: nothing done after the scrub commits."""

    def _ask_clean(self) -> None:
        return None


def _event(n: int, kind: str, customer: str, body: dict[str, Any], **numbers: int) -> dict[str, Any]:
    return {"id": f"0190f0a0-{n:04x}-7000-8000-{n:012x}"[-36:], "terminal_id": TERMINAL,
            "ts": "2026-03-10T09:30:00Z", "hlc": f"{1_700_000_000_000 + n:013d}-0000-{TERMINAL}", "kind": kind,
            "customer_id": customer, "stamps": numbers.get("stamps", 0), "points": numbers.get("points", 0),
            "amount": numbers.get("amount", 0), "ref_id": None, "body": body}


def _fill(store: PostgresHubStore, events: int) -> int:
    batch, n = [], 0
    for n in range(events):
        if n % 50 == 0:
            batch.append(_event(n, "profile_changed", CUSTOMER, {"name": f"Kovalenko Oksana {n}",
                                                                 "phone": "+380 67 123 4567"}))
        else:
            batch.append(_event(n, "sale", f"customer-{n % 200:05d}", {"receipt_no": f"B-{n:07d}"},
                                stamps=1, points=10, amount=900))
        if len(batch) == 1000:
            store.push("bench", batch)
            batch = []
    store.push("bench", [*batch, _event(n + 1, "enrolled", CUSTOMER, {"name": "Kovalenko Oksana"})])
    return n + 2


def measure(server: pgserver.PostgresServer, events: int) -> str:
    figures = []
    for cleaning in (False, True):
        url = server.create_database()
        store = (PostgresHubStore if cleaning else _NoClean)(url)
        try:
            n = _fill(store, events)
            with psycopg.connect(server.url(), autocommit=True) as conn:
                conn.execute("CHECKPOINT")  # both runs start from a clean server
            began = time.perf_counter()
            store.push("bench", [_event(n, "customer_erased", CUSTOMER, {})])
            push_s = time.perf_counter() - began
            assert store.settle(timeout=600)
            settled_s = time.perf_counter() - began
            figures.append((push_s, settled_s))
            if cleaning:
                with psycopg.connect(url, autocommit=True) as conn:
                    began = time.perf_counter()
                    for table in SCRUBBED_TABLES:
                        conn.execute(f"VACUUM FULL {table}")
                    full_s = time.perf_counter() - began
                    began = time.perf_counter()
                    conn.execute("CHECKPOINT")
                    checkpoint_s = time.perf_counter() - began
        finally:
            store.close()
            server.drop_database(url)
    (before, _), (after, cleaned) = figures
    return (f"{events:>9,} events: erasure push {before * 1000:7.1f} ms before, {after * 1000:7.1f} ms with the "
            f"clean-up (push returns first); clean-up done {cleaned * 1000:7.1f} ms after the push began "
            f"(VACUUM FULL alone {full_s * 1000:.1f} ms, CHECKPOINT {checkpoint_s * 1000:.1f} ms)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, nargs="+", default=[5_000, 100_000], help="sizes of the events table")
    args = parser.parse_args()
    server = pgserver.start(fast=False)
    try:
        for events in args.events:
            print(measure(server, events), flush=True)
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

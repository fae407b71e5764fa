"""A large terminal database for benchmarks: N customers, M events, built in bulk and cached in /tmp.

The rows are what the counter service would write (enrolment, card, welcome bonus, sales); the
projections come from the same SQL a rebuild would give, so the database is realistic.
"""

from __future__ import annotations

import atexit
import json
import os
import random
import shutil
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from terminal import cards, chain, hourly, marks
from terminal.clock import iso
from terminal.db import connect, meta_get, meta_set
from terminal.demo import FIRST, LAST
from terminal.ids import uuid7
from terminal.ledger import INSERT_EVENT, phone_key, search_key, stored_values
from tests.bench.stats_data import CACHE, schema_tag


def _as_written(rows: list[tuple]) -> tuple[list[tuple], str]:
    """The rows as the event writer stores them, in order of writing: each with its HLC, its body compact with
    sorted keys and carrying its link in the terminal's hash chain (terminal/chain.py). Returns the rows and
    the chain's head."""
    head, out = "", []
    for seq, (event_id, terminal, ts, _, kind, customer_id, stamps, points, amount, ref_id, body) in enumerate(rows, 1):
        hlc = f"{seq:013d}-00000-{terminal}"
        data = json.loads(body)
        head = chain.link(head, {"id": event_id, "terminal_id": terminal, "ts": ts, "hlc": hlc, "kind": kind,
                                 "customer_id": customer_id, "stamps": stamps, "points": points, "amount": amount,
                                 "ref_id": ref_id, "body": data})
        data[chain.CHAIN_FIELD] = head
        out.append((event_id, terminal, ts, hlc, kind, customer_id, stamps, points, amount, ref_id,
                    json.dumps(data, separators=(",", ":"), sort_keys=True)))
    return out, head


def build(path: Path, customers: int, events: int, seed: int = 1) -> list[str]:
    """Write the database at `path`; returns the card codes in clear (customer i has codes[i])."""
    rng = random.Random(seed)
    db = connect(path)
    db.execute("PRAGMA synchronous = OFF")
    terminal_id = meta_get(db, "terminal_id")
    end = datetime(2026, 11, 1, tzinfo=UTC)
    codes, customer_rows, card_rows, event_rows = [], [], [], []
    ids = []
    for index in range(customers):
        customer_id = uuid7()
        ids.append(customer_id)
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {index}"
        phone = f"+36 {rng.choice([20, 30, 70])} {index:07d}"
        joined = end - timedelta(days=rng.uniform(30, 700))
        code = cards.new_code()
        codes.append(code.code)
        customer_rows.append((customer_id, name, phone, iso(joined), search_key(name), phone_key(phone)))
        card_rows.append((code.code_hash, customer_id, iso(joined), code.hint))
        event_rows.append((uuid7(), terminal_id, iso(joined), "h", "enrolled", customer_id, 0, 0, 0, None,
                           json.dumps({"name": name, "phone": phone})))
        event_rows.append((uuid7(), terminal_id, iso(joined), "h", "card_issued", customer_id, 0, 0, 0, None,
                           json.dumps({"code_hash": code.code_hash, "hint": code.hint})))
        event_rows.append((uuid7(), terminal_id, iso(joined), "h", "welcome_bonus", customer_id, 0, 50, 0, None,
                           "{}"))
    receipt = 0
    while len(event_rows) < events:
        customer_id = rng.choice(ids)
        moment = end - timedelta(days=rng.uniform(0, 700))
        amount = rng.choice([250, 350, 450, 800, 1200])
        receipt += 1
        event_rows.append((uuid7(), terminal_id, iso(moment), "h", "sale", customer_id, 1, amount // 100, amount,
                           None, json.dumps({"receipt_no": f"S1-T1-{receipt:06d}"})))
    event_rows, head = _as_written(event_rows)
    with db.atomic():
        meta_set(db, chain.HEAD_KEY, head)
        db.conn.executemany("INSERT INTO customers (id, name, phone, created_ts, name_key, phone_key) "
                            "VALUES (?, ?, ?, ?, ?, ?)", customer_rows)
        db.conn.executemany("INSERT INTO cards (code_hash, customer_id, issued_ts, hint) VALUES (?, ?, ?, ?)",
                            card_rows)
        db.conn.executemany(INSERT_EVENT, [stored_values(*row) for row in event_rows])
        db.execute("""INSERT INTO balances (customer_id, stamps, points, spend, visits, redemptions, first_visit_ts,
                                            last_visit_ts)
                      SELECT customer_id, SUM(stamps), SUM(points),
                             COALESCE(SUM(CASE WHEN kind = 'sale' THEN amount END), 0),
                             SUM(kind = 'sale'), 0, MIN(CASE WHEN kind = 'sale' THEN ts END),
                             MAX(CASE WHEN kind = 'sale' THEN ts END)
                      FROM events WHERE customer_id IS NOT NULL GROUP BY customer_id""")
        db.execute("INSERT INTO receipts (receipt_no, sale_seq) SELECT json_extract(body, '$.receipt_no'), seq "
                   "FROM events WHERE kind = 'sale'")
        db.execute("INSERT INTO counters (name, value) VALUES ('receipt', ?)", [receipt])
        db.execute("UPDATE customers SET phone_rev = reverse_digits(phone_key)")
        hourly.project_all(db)
    marks.extend(db)
    db.execute("PRAGMA synchronous = FULL")
    db.execute("ANALYZE")
    db.close()
    return codes


def cached(customers: int, events: int) -> tuple[Path, list[str]]:
    """The benchmark database, built once per schema version and reused; each run works on a fresh copy."""
    folder = CACHE
    folder.mkdir(parents=True, exist_ok=True)
    # Per schema version (other branches share /tmp); "chained": the bodies carry their hash-chain links.
    master = folder / f"terminal-{customers}-{events}-{schema_tag()}-chained.db"
    codes_file = master.with_suffix(".codes")
    if not master.exists() or not codes_file.exists():
        started = time.perf_counter()
        codes = build(master, customers, events)
        codes_file.write_text("\n".join(codes))
        print(f"built {master} in {time.perf_counter() - started:.1f} s")
    work = folder / f"work-{os.getpid()}.db"  # per process: two benchmarks at once do not share a copy
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copy(master, work)
    atexit.register(lambda: [Path(f"{work}{suffix}").unlink(missing_ok=True) for suffix in ("", "-wal", "-shm")])
    return work, codes_file.read_text().split("\n")

"""A big shop for the stats and import benchmarks: 100,000 customers and 2,000,000 events.

Built fast: rows generated in Python, bulk-inserted with executemany inside one transaction, the
projections (customers, balances) computed by SQL from the events rather than event by event. The
database is cached under /tmp (never in the repository) and reused while the schema is the same.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from terminal import hourly, marks
from terminal.clock import format_hlc, iso
from terminal.db import MIGRATIONS, connect
from terminal.ledger import INSERT_EVENT, stored_values

# Per checkout: worktrees of other branches (other schemas, other builders) share /tmp.
CACHE = Path("/tmp/loyalty-bench") / hashlib.sha1(str(Path(__file__).resolve().parents[2]).encode()).hexdigest()[:8]


def schema_tag() -> str:
    """A name for what the cached databases were built with (the migrations' code and the builders'), so a
    changed migration or builder builds them again rather than reusing a file of another layout."""
    here = Path(__file__).resolve().parent
    source = "".join(inspect.getsource(step) for step in MIGRATIONS)
    source += (here / "stats_data.py").read_text() + (here / "build_db.py").read_text()
    return f"v{len(MIGRATIONS)}-{hashlib.sha1(source.encode()).hexdigest()[:8]}"
NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
DAYS = 730


def _id(rng: random.Random) -> str:
    value = f"{rng.getrandbits(128):032x}"
    return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"


def _events(customers: int, total: int, rng: random.Random) -> list[tuple]:
    """(id, terminal, ts, hlc, kind, customer, stamps, points, amount, ref, body) sorted by time."""
    start = NOW - timedelta(days=DAYS)
    span_ms = DAYS * 86_400_000
    rows: list[tuple] = []
    # Sales for identified customers: ~80% of the events, the rest are enrolments, bonuses, ratings,
    # refunds and anonymous sales.
    sale_budget = int((total - 2 * customers) * 0.85 / 1.085)  # ratings and refunds follow 8.5% of sales
    per_customer = sale_budget / customers
    for number in range(customers):
        cid = _id(rng)  # customer ids are UUIDs, as the counter makes them: long keys to sort and join
        joined = rng.randrange(span_ms)
        rows.append((joined, "enrolled", cid, 0, 0, 0, None,
                     json.dumps({"name": f"Customer {number}", "phone": f"+36 30 {number:07d}",
                                 "consent": number % 3 != 0})))
        rows.append((joined + 1, "welcome_bonus", cid, 0, 50, 0, None, "{}"))
        # Usual gap between visits: a few days for regulars, weeks for occasional customers; 40% stop coming.
        gap_ms = rng.choice((2, 4, 7, 14, 30)) * 86_400_000
        stop = joined + rng.randrange(span_ms - joined + 1) if rng.random() < 0.4 else span_ms
        moment, count, cap = joined, 0, int(per_customer * 2)
        while moment < stop and count < cap:
            amount = rng.randrange(150, 3000)
            rows.append((moment, "sale", cid, 1, amount // 100, amount, None, "{}"))
            count += 1
            moment += int(rng.expovariate(1 / gap_ms))
    sales = [r for r in rows if r[1] == "sale"]
    if len(sales) > sale_budget:
        rows = [r for r in rows if r[1] != "sale"] + rng.sample(sales, sale_budget)
    # Ratings and refunds follow some sales; anonymous sales fill the rest.
    out: list[tuple] = []
    for ms, kind, cid, stamps, points, amount, ref, body in rows:
        ts = iso(start + timedelta(milliseconds=ms))
        event_id = _id(rng)
        out.append((event_id, "t1", ts, format_hlc(ms, 0, "t1"), kind, cid, stamps, points, amount, ref, body))
        if kind == "sale" and len(out) < total:
            roll = rng.random()
            if roll < 0.08:
                scale = "nps" if roll < 0.06 else "csat"
                score = rng.choice(range(0, 11) if scale == "nps" else range(1, 6))
                out.append((_id(rng), "t1", ts, format_hlc(ms, 1, "t1"), "rating", cid, 0, 0, 0, event_id,
                            json.dumps({"score": score, "scale": scale, "reason": "taste", "comment": ""})))
            elif roll < 0.085:
                out.append((_id(rng), "t1", ts, format_hlc(ms, 2, "t1"), "refund", cid, -stamps, -points, -amount,
                            event_id, "{}"))
    while len(out) < total:
        ms = rng.randrange(span_ms)
        out.append((_id(rng), "t1", iso(start + timedelta(milliseconds=ms)), format_hlc(ms, 3, "t1"), "sale", None,
                    0, 0, rng.randrange(150, 3000), None, "{}"))
    assert len(out) == total, len(out)
    out.sort(key=lambda row: row[2])
    return out


def build(path: Path, customers: int = 100_000, events: int = 2_000_000, seed: int = 7) -> Path:
    if path.exists():
        db = connect(path)
        if db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS):
            db.close()
            return path
        db.close()
        path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    rows = _events(customers, events, random.Random(seed))
    db = connect(path)
    db.execute("PRAGMA synchronous = OFF")
    with db.atomic():
        db.conn.executemany(INSERT_EVENT, [stored_values(*row) for row in rows])
        db.execute(
            """INSERT INTO customers (id, name, phone, consent, created_ts, profile_hlc, name_key, phone_key)
               SELECT customer_id, json_extract(body, '$.name'), json_extract(body, '$.phone'),
                      json_extract(body, '$.consent'), ts, hlc, lower(json_extract(body, '$.name')),
                      replace(replace(json_extract(body, '$.phone'), ' ', ''), '+', '')
               FROM events WHERE kind = 'enrolled'""")
        db.execute("UPDATE customers SET phone_rev = reverse_digits(phone_key)")
        db.execute(
            """INSERT INTO balances (customer_id, stamps, points, spend, visits, redemptions, first_visit_ts,
                                     last_visit_ts)
               SELECT customer_id, SUM(stamps), SUM(points),
                      COALESCE(SUM(CASE WHEN kind IN ('sale', 'refund') THEN amount END), 0),
                      SUM(CASE kind WHEN 'sale' THEN 1 WHEN 'refund' THEN -1 ELSE 0 END), 0,
                      MIN(CASE kind WHEN 'sale' THEN ts END), MAX(CASE kind WHEN 'sale' THEN ts END)
               FROM events WHERE customer_id IS NOT NULL GROUP BY customer_id""")
        hourly.project_all(db)
    marks.extend(db)
    db.execute("ANALYZE")
    db.close()
    print(f"built {path} ({events:,} events, {customers:,} customers) in {time.perf_counter() - began:.1f} s")
    return path

"""Bulk writing of imported sales: set-based SQL instead of one ledger append per row, in short chunks.

A million rows through ``ledger.append`` would be a million balance upserts; here each chunk's new
events go in with one executemany (ids the ledger already has are skipped), and the balances are then
updated once per customer, from the events this chunk added (those with a ``seq`` above the ledger's
highest before it: the chunk holds the write lock, so nobody else adds any), with the same arithmetic
as ``ledger._project_balance``. A test proves ``ledger.rebuild`` gives the same balances.

Each chunk is one job on the process's one writer and one ``BEGIN IMMEDIATE`` transaction, sized to
take about ``CHUNK_SECONDS``: a sale at the counter waits for one chunk at most, never for the whole
file. A re-run after an interruption skips the chunks that committed (ids are the rows' content).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from functools import partial

import sqlite_utils

from terminal import hourly, marks
from terminal.db import checkpoint, writing
from terminal.ledger import INSERT_EVENT, stored_values
from terminal.writer import Changes, EventWriter, WriteRunner, direct

CHUNK_SECONDS = 0.06  # a sale's longest wait behind the import, near this
FIRST_CHUNK, MIN_CHUNK, MAX_CHUNK = 2_000, 200, 50_000


def write_sales(db: sqlite_utils.Database, events: Sequence[tuple], progress: Callable[[str, int, int], None] | None
                = None, write: WriteRunner | None = None) -> int:
    """events: rows for the ``events`` table, (id, terminal_id, ts, hlc, kind, customer_id, stamps, points,
    amount, ref_id, body), of kind sale or refund. ``write`` runs each chunk on the process's writer
    (default: on ``db``). Returns how many were new."""
    write = write or direct(EventWriter(db))
    written = 0
    # No automatic checkpoint while the import runs: it would copy the WAL into the file every 4 MB, in
    # whichever commit crosses the mark (a chunk, or a sale kept waiting for it); that doubled the import.
    # One checkpoint at the end, from this (reading) connection: the writer and its sales go on meanwhile,
    # and the automatic one comes back only after it, so no sale pays for the import's WAL.
    pages = write(partial(_set_autocheckpoint, pages=0))
    try:
        written = _write_chunks(events, progress, write)
    finally:
        checkpoint(db)
        write(partial(_set_autocheckpoint, pages=pages))
    if written:
        build_marks(write, progress)
    return written


def _set_autocheckpoint(writer: EventWriter, pages: int) -> int:
    """Set the connection's automatic checkpoint; returns the setting it had."""
    before = writer.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    writer.db.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")
    return int(before)


def _write_chunks(events: Sequence[tuple], progress: Callable[[str, int, int], None] | None,
                  write: WriteRunner) -> int:
    written, start, size = 0, 0, FIRST_CHUNK
    while start < len(events):
        chunk = events[start:start + size]
        began = time.perf_counter()
        written += write(partial(_write_chunk, rows=chunk))
        took = time.perf_counter() - began
        start += len(chunk)
        # Aim the next chunk at CHUNK_SECONDS from this one's pace (the indexes grow, the pace drifts).
        size = max(MIN_CHUNK, min(MAX_CHUNK, int(len(chunk) * CHUNK_SECONDS / max(took, 1e-4))))
        if progress:
            progress("writing", start, len(events))
    return written


def _write_chunk(writer: EventWriter, rows: Sequence[tuple]) -> int:
    db = writer.db
    with writing(db):
        top = db.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()[0]
        db.conn.executemany(INSERT_EVENT, [stored_values(*row) for row in rows])
        written = db.execute("SELECT COUNT(*) FROM events WHERE seq > ?", [top]).fetchone()[0]
        if not written:
            return 0
        db.execute(
            """INSERT INTO balances (customer_id, stamps, points, spend, visits, redemptions, first_visit_ts,
                                     last_visit_ts)
               SELECT customer_id, SUM(stamps), SUM(points), SUM(amount),
                      SUM(CASE kind WHEN 'refund' THEN -1 ELSE 1 END), 0, MIN(ts) FILTER (WHERE kind = 'sale'),
                      MAX(ts) FILTER (WHERE kind = 'sale')
               FROM events NOT INDEXED WHERE seq > ? AND customer_id IS NOT NULL GROUP BY customer_id
               ON CONFLICT(customer_id) DO UPDATE SET
                 stamps = stamps + excluded.stamps, points = points + excluded.points,
                 spend = spend + excluded.spend, visits = visits + excluded.visits,
                 first_visit_ts = COALESCE(MIN(first_visit_ts, excluded.first_visit_ts), first_visit_ts,
                                           excluded.first_visit_ts),
                 last_visit_ts = COALESCE(MAX(last_visit_ts, excluded.last_visit_ts), last_visit_ts,
                                          excluded.last_visit_ts)""",
            [top])
        hourly.project(db, "seq > ?", [top])
        customers = frozenset(r[0] for r in db.execute(
            "SELECT DISTINCT customer_id FROM events NOT INDEXED WHERE seq > ? AND customer_id IS NOT NULL",
            [top]))
        # Past sales would touch every later mark: dropping those marks and building them again
        # (after the last chunk) costs less than updating them. Dropped per chunk, so a mark the
        # housekeeping built between two chunks cannot miss the later ones.
        marks.drop_after(db, marks.hour_of_ts(min(row[2] for row in rows)))
    writer.note(Changes(customers=customers, projections=True))
    return written


def build_marks(write: WriteRunner, progress: Callable[[str, int, int], None] | None = None) -> None:
    """The owner's marks again, one per writer job, so sales interleave with this too."""
    total = write(lambda writer: len(marks.missing(writer.db)))
    done = 0
    while write(lambda writer: marks.extend(writer.db, limit=1)):
        done += 1
        if progress:
            progress("summaries", min(done, total), max(total, done))

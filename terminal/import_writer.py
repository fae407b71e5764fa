"""Bulk writing of imported sales: set-based SQL instead of one ledger append per row, in short chunks.

A million rows through ``ledger.append`` would be a million balance upserts; here each chunk's new
events go in with one executemany (ids the ledger already has are skipped), and the balances are then
updated once per customer, from the events this chunk added (those with a ``seq`` above the ledger's
highest before it: the chunk holds the write lock, so nobody else adds any), with the same arithmetic
as ``ledger._project_balance``. A test proves ``ledger.rebuild`` gives the same balances.

Each chunk is one job on the process's one writer and one ``BEGIN IMMEDIATE`` transaction, sized to
take about ``CHUNK_SECONDS`` on the writer: a sale at the counter waits for one chunk at most, never for
the whole file. The size comes from the pace the writer measured for the chunks before (its own time, not
the wait to be served), grows at most twofold a chunk, and a chunk stops taking rows once its insert has
used the whole ``CHUNK_SECONDS``: a writer slowed down (other threads holding the interpreter, a slow
disk) writes shorter chunks instead of keeping a sale waiting. A re-run after an interruption skips the
chunks that committed (ids are the rows' content).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial

import sqlite_utils

from terminal import hourly, marks
from terminal.db import writing
from terminal.ledger import INSERT_EVENT, stored_values
from terminal.writer import Changes, EventWriter, WriteRunner, between_jobs, checkpoints_held, direct

CHUNK_SECONDS = 0.06  # a chunk's time on the writer: a sale's longest wait behind the import, near this
# The first chunk is small (nothing is known of this file's pace on this database yet); a chunk never takes
# fewer than MIN_CHUNK rows, so the import always moves on.
FIRST_CHUNK, MIN_CHUNK, MAX_CHUNK = 500, 100, 50_000


@dataclass(frozen=True)
class ChunkDone:
    """What one chunk job did: the rows it took from the file (from its start), how many of them were new,
    and its time on the writer."""

    rows: int
    written: int
    seconds: float


def next_chunk_size(done: ChunkDone) -> int:
    """The next chunk's rows: this one's pace aimed at ``CHUNK_SECONDS``, at most twice its rows (a chunk of
    rows already imported is quick, and the next may be all new)."""
    paced = int(done.rows * CHUNK_SECONDS / max(done.seconds, 1e-4))
    return max(MIN_CHUNK, min(MAX_CHUNK, 2 * done.rows, paced))


def write_sales(db: sqlite_utils.Database, events: Sequence[tuple], progress: Callable[[str, int, int], None] | None
                = None, write: WriteRunner | None = None) -> int:
    """events: rows for the ``events`` table, (id, terminal_id, ts, hlc, kind, customer_id, stamps, points,
    amount, ref_id, body), of kind sale or refund. ``write`` runs each chunk on the process's writer
    (default: on ``db``). Returns how many were new."""
    write = write or direct(EventWriter(db))
    # No automatic checkpoint while the import runs: it would copy the WAL into the file every 4 MB, in
    # whichever commit crosses the mark (a chunk, or a sale kept waiting for it); that doubled the import.
    # One checkpoint at the end, from this (reading) connection: the writer and its sales go on meanwhile.
    with checkpoints_held(db, write):
        written = _write_chunks(events, progress, write)
    if written:
        build_marks(write, progress)
    return written


def _write_chunks(events: Sequence[tuple], progress: Callable[[str, int, int], None] | None,
                  write: WriteRunner) -> int:
    written, start, size = 0, 0, FIRST_CHUNK
    while start < len(events):
        done = write(partial(_write_chunk, events=events, start=start, stop=min(len(events), start + size),
                             seconds=CHUNK_SECONDS))
        written += done.written
        start += done.rows
        size = next_chunk_size(done)
        if progress:
            progress("writing", start, len(events))
        between_jobs()
    return written


def _write_chunk(writer: EventWriter, events: Sequence[tuple], start: int, stop: int, seconds: float) -> ChunkDone:
    """``events[start:stop]`` in one transaction, or the first of them that the insert took within ``seconds``
    (``MIN_CHUNK`` at least): the rest go in the next chunk."""
    began = time.perf_counter()
    deadline = began + seconds
    taken, earliest = 0, ""

    def rows() -> Iterator[tuple]:
        nonlocal taken, earliest
        for index in range(start, stop):
            if taken >= MIN_CHUNK and time.perf_counter() > deadline:
                return
            row = events[index]
            earliest = row[2] if not taken or row[2] < earliest else earliest
            taken += 1
            yield row

    db = writer.db
    with writing(db):
        top = db.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()[0]
        db.conn.executemany(INSERT_EVENT, (stored_values(*row) for row in rows()))
        written = db.execute("SELECT COUNT(*) FROM events WHERE seq > ?", [top]).fetchone()[0]
        if written:
            _project_chunk(writer, top, earliest)
    return ChunkDone(taken, written, time.perf_counter() - began)


def _project_chunk(writer: EventWriter, top: int, earliest: str) -> None:
    """The balances, hourly figures and marks of the events above ``top`` (the chunk's), earliest at ``earliest``."""
    db = writer.db
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
        "SELECT DISTINCT customer_id FROM events NOT INDEXED WHERE seq > ? AND customer_id IS NOT NULL", [top]))
    # Past sales would touch every later mark: dropping those marks and building them again
    # (after the last chunk) costs less than updating them. Dropped per chunk, so a mark the
    # housekeeping built between two chunks cannot miss the later ones.
    marks.drop_after(db, marks.hour_of_ts(earliest))
    writer.note(Changes(customers=customers, projections=True))


def build_marks(write: WriteRunner, progress: Callable[[str, int, int], None] | None = None) -> None:
    """The owner's marks again, one per writer job, so sales interleave with this too."""
    total = write(lambda writer: len(marks.missing(writer.db)))
    done = 0
    while write(lambda writer: marks.extend(writer.db, limit=1)):
        done += 1
        if progress:
            progress("summaries", min(done, total), max(total, done))

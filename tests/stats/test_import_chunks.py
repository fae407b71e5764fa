"""The import's chunks: bounded by the writer's own time, never grown more than twofold, each one all or
nothing, and a re-run after a cut goes on from the chunks that committed; the customers' import in jobs
bounded the same way."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils

from terminal import import_writer, importer
from terminal.counter import Counter
from terminal.import_writer import FIRST_CHUNK, MAX_CHUNK, MIN_CHUNK, ChunkDone, next_chunk_size
from terminal.importer import import_customers, import_sales
from terminal.ledger import balance_snapshot, rebuild
from terminal.writer import EventWriter, direct
from tests.sync.interleave import NOW, write_sales_csv


class Cut(Exception):
    """The process stopped between two chunks."""


def chunk_runner(writer: EventWriter, done: list[ChunkDone], counts: list[int], cut_at: int | None = None
                 ) -> Callable[[Callable[[EventWriter], Any]], Any]:
    """Runs the jobs on ``writer``; notes each chunk's result and the events stored after it. Raises Cut
    instead of running the ``cut_at``-th chunk."""
    run = direct(writer)

    def write(job: Callable[[EventWriter], Any]) -> Any:
        if getattr(job, "func", None) is not import_writer._write_chunk:
            return run(job)
        if cut_at is not None and len(done) == cut_at:
            raise Cut
        result = run(job)
        done.append(result)
        counts.append(writer.db.execute("SELECT COUNT(*) FROM events").fetchone()[0])
        return result

    return write


def walk_in_sales(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT COUNT(*) FROM events WHERE kind = 'sale'").fetchone()[0]


def test_with_no_time_left_every_chunk_takes_the_fewest_rows(db: sqlite_utils.Database, counter: Counter,
                                                             tmp_path: Path, monkeypatch) -> None:
    """A writer that is slow (every chunk's insert out of time at once) writes MIN_CHUNK rows a chunk, each
    in its own transaction, instead of the rows its size allowed."""
    monkeypatch.setattr(import_writer, "CHUNK_SECONDS", 0.0)
    rows = 3 * MIN_CHUNK + 7
    done: list[ChunkDone] = []
    counts: list[int] = []
    report = import_sales(db, write_sales_csv(tmp_path / "s.csv", rows, end=NOW), counter,
                          write=chunk_runner(counter.writer, done, counts))
    assert report.imported == rows
    assert [chunk.rows for chunk in done] == [MIN_CHUNK, MIN_CHUNK, MIN_CHUNK, 7]
    assert [chunk.written for chunk in done] == [MIN_CHUNK, MIN_CHUNK, MIN_CHUNK, 7]
    assert counts == [MIN_CHUNK, 2 * MIN_CHUNK, 3 * MIN_CHUNK, rows]  # each chunk committed whole on its own


def test_with_time_to_spare_chunks_grow_twofold_from_a_small_first(db: sqlite_utils.Database, counter: Counter,
                                                                 tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(import_writer, "CHUNK_SECONDS", 1e6)  # the pace would allow MAX_CHUNK at once
    rows = FIRST_CHUNK * (1 + 2 + 4 + 8) + 3
    done: list[ChunkDone] = []
    import_sales(db, write_sales_csv(tmp_path / "s.csv", rows, end=NOW), counter,
                 write=chunk_runner(counter.writer, done, []))
    assert [chunk.rows for chunk in done] == [FIRST_CHUNK, 2 * FIRST_CHUNK, 4 * FIRST_CHUNK, 8 * FIRST_CHUNK, 3]


def test_the_next_chunk_follows_the_writers_pace_within_bounds() -> None:
    seconds = import_writer.CHUNK_SECONDS
    assert next_chunk_size(ChunkDone(rows=1_000, written=1_000, seconds=seconds)) == 1_000
    assert next_chunk_size(ChunkDone(rows=1_000, written=1_000, seconds=4 * seconds)) == 250
    assert next_chunk_size(ChunkDone(rows=1_000, written=1_000, seconds=100 * seconds)) == MIN_CHUNK
    # Rows already imported are quick to skip: the next chunk may be all new, so twice at most.
    assert next_chunk_size(ChunkDone(rows=1_000, written=0, seconds=0.0)) == 2_000
    assert next_chunk_size(ChunkDone(rows=MAX_CHUNK, written=0, seconds=0.0)) == MAX_CHUNK


def test_a_cut_between_chunks_leaves_whole_chunks_and_the_rerun_adds_the_rest(
        db: sqlite_utils.Database, counter: Counter, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(import_writer, "CHUNK_SECONDS", 0.0)
    rows = 5 * MIN_CHUNK
    sales = write_sales_csv(tmp_path / "s.csv", rows, end=NOW)
    with pytest.raises(Cut):
        import_sales(db, sales, counter, write=chunk_runner(counter.writer, [], [], cut_at=2))
    assert walk_in_sales(db) == 2 * MIN_CHUNK
    done: list[ChunkDone] = []
    again = import_sales(db, sales, counter, write=chunk_runner(counter.writer, done, []))
    assert (again.imported, again.already_there) == (3 * MIN_CHUNK, 2 * MIN_CHUNK)
    assert [chunk.written for chunk in done] == [0, 0, MIN_CHUNK, MIN_CHUNK, MIN_CHUNK]
    assert walk_in_sales(db) == rows
    incremental = balance_snapshot(db)
    rebuild(db)
    assert balance_snapshot(db) == incremental


def customers_file(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "c.csv"
    path.write_text("customer,name\n" + "".join(f"K{n},Name {n}\n" for n in range(count)), encoding="utf-8")
    return path


def customer_jobs(writer: EventWriter, done: list[tuple[int, int]], cut_at: int | None = None
                  ) -> Callable[[Callable[[EventWriter], Any]], Any]:
    run = direct(writer)

    def write(job: Callable[[EventWriter], Any]) -> Any:
        if getattr(job, "func", None) is not importer._commit_customers:
            return run(job)
        if cut_at is not None and len(done) == cut_at:
            raise Cut
        result = run(job)
        done.append(result)
        return result

    return write


def test_the_customers_go_in_jobs_bounded_by_the_writers_time(db: sqlite_utils.Database, counter: Counter,
                                                              tmp_path: Path, monkeypatch) -> None:
    """No time left: every job commits one part of CUSTOMER_PART profiles, where 1,000 a job kept a sale
    waiting a third of a second."""
    monkeypatch.setattr(importer, "CUSTOMER_SECONDS", 0.0)
    part = importer.CUSTOMER_PART
    done: list[tuple[int, int]] = []
    report = import_customers(db, customers_file(tmp_path, 3 * part + 1), counter,
                              write=customer_jobs(counter.writer, done))
    assert report.imported == 3 * part + 1
    assert done == [(part, part), (2 * part, part), (3 * part, part), (3 * part + 1, 1)]


def test_with_time_to_spare_the_customers_go_in_one_job(db: sqlite_utils.Database, counter: Counter,
                                                       tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(importer, "CUSTOMER_SECONDS", 1e6)
    done: list[tuple[int, int]] = []
    import_customers(db, customers_file(tmp_path, 45), counter, write=customer_jobs(counter.writer, done))
    assert done == [(45, 45)]


def test_a_customers_import_cut_between_jobs_goes_on_at_the_rerun(db: sqlite_utils.Database, counter: Counter,
                                                                  tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(importer, "CUSTOMER_SECONDS", 0.0)
    part = importer.CUSTOMER_PART
    customers = customers_file(tmp_path, 4 * part)
    with pytest.raises(Cut):
        import_customers(db, customers, counter, write=customer_jobs(counter.writer, [], cut_at=2))
    assert db.execute("SELECT COUNT(*) FROM customers").fetchone()[0] == 2 * part  # whole jobs only
    again = import_customers(db, customers, counter)
    assert (again.imported, again.already_there) == (2 * part, 2 * part)
    assert db.execute("SELECT COUNT(*) FROM customers").fetchone()[0] == 4 * part


def test_the_import_leaves_the_lock_free_for_a_moment_between_two_chunks(db: sqlite_utils.Database,
                                                                        counter: Counter, tmp_path: Path,
                                                                        monkeypatch) -> None:
    """Another process's writer (the app selling while ``main.py import`` runs) must find the lock free
    between two chunks: each chunk is followed by the writer's pause, never by the next chunk at once."""
    monkeypatch.setattr(import_writer, "CHUNK_SECONDS", 0.0)
    order: list[str] = []
    monkeypatch.setattr(import_writer, "between_jobs", lambda: order.append("pause"))
    run = direct(counter.writer)

    def write(job: Callable[[EventWriter], Any]) -> Any:
        if getattr(job, "func", None) is import_writer._write_chunk:
            order.append("chunk")
        return run(job)

    import_sales(db, write_sales_csv(tmp_path / "s.csv", 3 * MIN_CHUNK, end=NOW), counter, write=write)
    assert order == ["chunk", "pause"] * 3

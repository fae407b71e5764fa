from __future__ import annotations

from pathlib import Path

import pytest

from terminal.clock import FixedClock
from terminal.counter import Counter, CounterError
from ui.tasks import DbTasks


def test_jobs_run_off_the_gui_thread_and_report_back_on_it(qtbot, data_folder: Path, clock: FixedClock) -> None:
    import threading

    tasks = DbTasks(data_folder / "terminal.db", clock)
    seen: list[tuple[str, str]] = []

    def job(counter: Counter) -> str:
        return threading.current_thread().name

    tasks.run(job, lambda worker: seen.append((worker, threading.current_thread().name)))
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0][0].startswith("db") and seen[0][1] == "MainThread"
    tasks.shutdown()


@pytest.mark.expected_error_log
def test_an_unhandled_error_is_reported_not_lost(qtbot, data_folder: Path, clock: FixedClock) -> None:
    tasks = DbTasks(data_folder / "terminal.db", clock)
    with qtbot.waitSignal(tasks.unexpected_error) as reported:
        tasks.run(lambda counter: counter.customer("nobody"))
    assert isinstance(reported.args[0], CounterError)
    tasks.shutdown()


def test_idle_housekeeping_takes_the_daily_backup(qtbot, data_folder: Path, seed_counter: Counter,
                                                  clock: FixedClock) -> None:
    seed_counter.enrol("Anna")
    tasks = DbTasks(data_folder / "terminal.db", clock, housekeeping_ms=20)
    qtbot.waitUntil(lambda: any((data_folder / "backups").glob("terminal-*.db.gz")))
    qtbot.waitUntil(tasks.is_idle)
    tasks.shutdown()


def test_idle_housekeeping_builds_the_owners_marks(qtbot, data_folder: Path, seed_counter: Counter,
                                                                 clock: FixedClock) -> None:
    from terminal import marks
    from terminal.db import connect

    anna = seed_counter.enrol("Anna").customer.id
    for number in range(4):  # four sales, twelve weeks apart: a mark every four weeks in between
        if number:
            clock.advance(days=84)
        seed_counter.record_sale(anna, 500)
    due = marks.missing(seed_counter.db)
    assert len(due) >= 8
    tasks = DbTasks(data_folder / "terminal.db", clock, housekeeping_ms=20)
    reader = connect(data_folder / "terminal.db")
    qtbot.waitUntil(lambda: reader.execute("SELECT COUNT(*) FROM marks").fetchone()[0] == len(due))
    latest = reader.execute("SELECT visits, spend FROM customer_marks WHERE since <= :mark AND until > :mark",
                            {"mark": due[-1]}).fetchone()
    assert tuple(latest) == (3, 1500)
    qtbot.waitUntil(tasks.is_idle)
    tasks.shutdown()
    reader.close()


def test_a_daily_backup_that_fails_is_a_warning_not_a_bug_and_sales_go_on(qtbot, data_folder: Path,
                                                                        seed_counter: Counter, clock: FixedClock,
                                                                        caplog) -> None:
    anna = seed_counter.enrol("Anna").customer.id
    (data_folder / "backups").write_text("a file where the backups folder should be")
    tasks = DbTasks(data_folder / "terminal.db", clock, housekeeping_ms=20)
    bugs: list[Exception] = []
    tasks.unexpected_error.connect(bugs.append)
    qtbot.waitUntil(lambda: "the daily backup failed" in caplog.text)
    sold: list[object] = []
    tasks.run(lambda c: c.record_sale(anna, 450), sold.append)
    qtbot.waitUntil(lambda: bool(sold))
    assert not bugs
    qtbot.waitUntil(tasks.is_idle)
    tasks.shutdown()

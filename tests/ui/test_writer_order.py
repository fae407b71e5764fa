"""The one writer's order: the cashier's jobs before the bulk jobs queued ahead of them, and no housekeeping
while bulk work goes on."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path

from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.writer import EventWriter
from ui import tasks as tasks_module
from ui.tasks import DbTasks


def blocking_job(order: list[str], name: str) -> tuple[Callable[[EventWriter], None], threading.Event, threading.Event]:
    """A bulk job that holds the writer until released: (job, started, release)."""
    started, release = threading.Event(), threading.Event()

    def job(writer: EventWriter) -> None:
        started.set()
        assert release.wait(30)
        order.append(name)

    return job, started, release


def hand_over(tasks: DbTasks, job: Callable[[EventWriter], object]) -> threading.Thread:
    thread = threading.Thread(target=tasks.write, args=(job,))
    thread.start()
    return thread


def test_a_sale_goes_before_the_bulk_jobs_queued_ahead_of_it(qtbot, data_folder: Path, clock: FixedClock) -> None:
    tasks = DbTasks(data_folder / "terminal.db", clock, housekeeping_ms=3_600_000)
    order: list[str] = []
    chunk, started, release = blocking_job(order, "chunk 1")
    threads = [hand_over(tasks, chunk)]
    assert started.wait(30)
    threads.append(hand_over(tasks, lambda writer: order.append("chunk 2")))
    qtbot.waitUntil(lambda: tasks.queued() == (0, 1))
    threads.append(hand_over(tasks, lambda writer: order.append("page")))
    qtbot.waitUntil(lambda: tasks.queued() == (0, 2))
    sold: list[object] = []

    def sale(counter: Counter) -> object:
        order.append("sale")
        return counter.record_sale(None, 450)

    tasks.run(sale, sold.append)
    assert tasks.queued() == (1, 2)
    release.set()
    qtbot.waitUntil(lambda: bool(sold))
    for thread in threads:
        thread.join(30)
    # The sale waited for the chunk that was running, not for the two queued before it.
    assert order == ["chunk 1", "sale", "chunk 2", "page"]
    qtbot.waitUntil(tasks.is_idle)
    tasks.shutdown()


def test_housekeeping_waits_while_bulk_work_runs_and_a_while_after(qtbot, data_folder: Path, clock: FixedClock,
                                                                    monkeypatch) -> None:
    tasks = DbTasks(data_folder / "terminal.db", clock, housekeeping_ms=3_600_000)
    kept: list[str] = []
    monkeypatch.setattr(tasks, "_housekeeping", lambda counter: kept.append("housekeeping"))
    order: list[str] = []
    chunk, started, release = blocking_job(order, "chunk")
    thread = hand_over(tasks, chunk)
    assert started.wait(30)
    tasks._housekeeping_when_idle()  # the timer's tick while an import's chunk runs
    assert tasks.queued() == (0, 0) and tasks.is_idle()  # nothing was queued behind the chunk
    release.set()
    thread.join(30)
    monkeypatch.setattr(tasks_module, "BULK_QUIET_S", 3_600.0)
    tasks._housekeeping_when_idle()  # a tick just after the chunk: the import's next one is coming
    assert tasks.is_idle() and not tasks.bulk_quiet()
    monkeypatch.setattr(tasks_module, "BULK_QUIET_S", 0.0)
    assert tasks.bulk_quiet()
    tasks._housekeeping_when_idle()  # quiet long enough: housekeeping runs
    qtbot.waitUntil(lambda: kept == ["housekeeping"])
    qtbot.waitUntil(tasks.is_idle)
    tasks.shutdown()


def test_the_writers_process_hands_the_interpreter_over_within_a_millisecond(qtbot, data_folder: Path,
                                                                           clock: FixedClock) -> None:
    """Each SQLite call of the writer gives up the interpreter; a busy thread of the import or sync must not
    keep it for Python's default 5 ms each time."""
    before = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        tasks = DbTasks(data_folder / "terminal.db", clock, housekeeping_ms=3_600_000)
        assert sys.getswitchinterval() <= tasks_module.SWITCH_INTERVAL_S <= 0.001
        tasks.shutdown()
    finally:
        sys.setswitchinterval(before)

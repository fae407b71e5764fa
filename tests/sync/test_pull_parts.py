"""A pulled page goes to the writer in jobs bounded in time, the cursor with the last; cut between two, the
page is pulled again and nothing counts twice."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from terminal.db import meta_get
from terminal.sync import client
from terminal.sync.client import PagePart, SyncClient
from terminal.writer import EventWriter, direct


class Cut(Exception):
    """The process stopped between two jobs (a power cut, the app closed)."""


def recording(writer: EventWriter, log: list[tuple[str, Any, str | None]], cut_at: int | None = None
              ) -> Callable[[Callable[[EventWriter], Any]], Any]:
    """A runner on ``writer`` that logs each page job's result with the cursor after it; raises Cut instead of
    running the ``cut_at``-th page job."""
    run = direct(writer)

    def write(job: Callable[[EventWriter], Any]) -> Any:
        if getattr(job, "func", None) is client._apply_page:
            if cut_at is not None and sum(entry[0] == "page" for entry in log) == cut_at:
                raise Cut
            result = run(job)
            log.append(("page", result, meta_get(writer.db, "sync_cursor")))
            return result
        return run(job)

    return write


@pytest.fixture
def pair(make_store, start_hub, make_terminal):
    running = start_hub(make_store("sqlite"))
    till, other = make_terminal("T1", running), make_terminal("T2", running)
    for _ in range(7):
        other.counter.record_sale(None, 450)
    other.sync()
    return till


def test_with_no_time_left_each_job_takes_one_part_and_the_cursor_moves_with_the_last(pair, monkeypatch) -> None:
    monkeypatch.setattr(client, "PAGE_SECONDS", 0.0)  # every job is out of time after its first part
    log: list[tuple[str, Any, str | None]] = []
    with pair.connection() as hub:
        report = SyncClient(pair.db, hub, clock=pair.clock, write=recording(pair.counter.writer, log),
                            pull_page=10).run()
    assert report.applied == 7
    parts: list[PagePart] = [entry[1] for entry in log]
    assert [(part.done, part.finished) for part in parts] == [(2, False), (4, False), (6, False), (7, True)]
    assert [part.applied for part in parts] == [2, 2, 2, 1]
    cursors = [entry[2] for entry in log]
    assert cursors[:3] == ["0", "0", "0"] and int(cursors[3] or 0) > 0  # only the page's end moves it
    pair.assert_rebuild_equal()


def test_with_time_left_a_page_is_one_job(pair) -> None:
    log: list[tuple[str, Any, str | None]] = []
    with pair.connection() as hub:
        SyncClient(pair.db, hub, clock=pair.clock, write=recording(pair.counter.writer, log), pull_page=10).run()
    assert [(entry[1].done, entry[1].finished) for entry in log] == [(7, True)]


def test_a_page_cut_between_two_jobs_is_pulled_again_and_nothing_counts_twice(pair, monkeypatch) -> None:
    monkeypatch.setattr(client, "PAGE_SECONDS", 0.0)
    log: list[tuple[str, Any, str | None]] = []
    with pair.connection() as hub, pytest.raises(Cut):
        SyncClient(pair.db, hub, clock=pair.clock, write=recording(pair.counter.writer, log, cut_at=2),
                   pull_page=10).run()
    assert pair.db.execute("SELECT COUNT(*) FROM events WHERE amount = 450").fetchone()[0] == 4
    assert meta_get(pair.db, "sync_cursor") == "0"  # the page's cursor never committed
    again = pair.sync()
    assert again.pulled == 7 and again.applied == 3
    assert pair.db.execute("SELECT COUNT(*) FROM events WHERE amount = 450").fetchone()[0] == 7
    pair.assert_rebuild_equal()


def test_a_page_of_events_already_here_lets_the_next_grow_twofold_at_most(pair, monkeypatch) -> None:
    """A quick page (nothing new in it) must not make the next one as big as the hub allows: that one may be
    all new, and a sale would wait for all of it."""
    asked: list[int] = []
    monkeypatch.setattr(client, "FIRST_PULL_PAGE", 2)
    monkeypatch.setattr(client, "MIN_PULL_PAGE", 1)
    monkeypatch.setattr(client, "PAGE_SECONDS", 1e6)  # the writer's pace allows any page
    with pair.connection() as hub:
        pull = hub.pull

        def pull_and_note(cursor: int, limit: int, **kwargs: Any) -> dict[str, Any]:
            asked.append(limit)
            return pull(cursor, limit, **kwargs)

        hub.pull = pull_and_note  # type: ignore[method-assign]
        SyncClient(pair.db, hub, clock=pair.clock, write=direct(pair.counter.writer), pull_page=1000).run()
    assert asked == [2, 4, 8]  # the writer's pace would allow the hub's 1,000; the doubling bounds it

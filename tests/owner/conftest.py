"""The owner's screens' shared set-up: the hand-worked history, the owner's clock, the one writer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from terminal.clock import FixedClock
from terminal.db import connect
from tests.stats.history import build, local
from ui.tasks import DbTasks


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "terminal.db"
    db = connect(path)
    build(db)
    db.close()
    return path


@pytest.fixture
def owner_clock() -> FixedClock:
    return FixedClock(local(2026, 3, 10, 18))


@pytest.fixture
def writer(db_path: Path, owner_clock: FixedClock) -> Iterator[DbTasks]:
    """The terminal's one writer, as the app has it: the owner's writes go there."""
    tasks = DbTasks(db_path, owner_clock, housekeeping_ms=3_600_000)
    yield tasks
    tasks.shutdown()

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect
from terminal.preferences import UiPreferences
from terminal.shop import Shop
from ui.app import application
from ui.main_window import MainWindow
from ui.tasks import DbTasks


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    connect(tmp_path / "terminal.db").close()
    return tmp_path


@pytest.fixture
def seed_counter(data_folder: Path, clock: FixedClock) -> Iterator[Counter]:
    """A second connection for the test to set up and check data, as another process would."""
    db = connect(data_folder / "terminal.db")
    yield Counter(db, clock=clock)
    db.close()


@pytest.fixture
def window(qtbot, data_folder: Path, clock: FixedClock) -> Iterator[MainWindow]:
    application()
    tasks = DbTasks(data_folder / "terminal.db", clock)
    main = MainWindow(tasks, Shop(currency="EUR"), UiPreferences())
    qtbot.addWidget(main)
    main.show()
    yield main
    qtbot.waitUntil(tasks.is_idle)
    tasks.shutdown()

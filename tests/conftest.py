"""Test set-up shared by every test: Qt offscreen before any Qt import, clocks and databases."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlite_utils

from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=UTC))


@pytest.fixture
def db(tmp_path: Path) -> Iterator[sqlite_utils.Database]:
    database = connect(tmp_path / "terminal.db")
    yield database
    database.close()


@pytest.fixture
def counter(db: sqlite_utils.Database, clock: FixedClock) -> Counter:
    return Counter(db, clock=clock)

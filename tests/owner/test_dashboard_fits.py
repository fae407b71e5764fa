"""The owner's dashboard fits its window in every language: nothing pushed off the side, nothing squeezed.

The window's own minimum size never showed the defect: the tiles, charts and lists sit in a scroll area,
whose minimum is small. What overflowed was the scroll area's content, wider than the window (six tiles
a row whatever the width, and words that did not wrap), so that the right of it (the left, in Persian)
was out of sight behind a horizontal scroll bar.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from terminal.clock import FixedClock
from terminal.languages import LANGUAGES
from terminal.resources import resource_path
from ui import i18n
from ui.owner.tiles import TileGrid
from ui.owner.window import OwnerWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SMALLEST, COMMON = QSize(1024, 768), QSize(1280, 800)


@pytest.fixture
def counter_style(qapp: QApplication) -> Iterator[None]:
    """The app's own style sheet (17 px text, finger-sized fields), as ui.app.application() sets it."""
    before = qapp.styleSheet()
    qapp.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
    yield
    qapp.setStyleSheet(before)


def _settle() -> None:
    """The layout requests that showing the numbers posted, handled (what the event loop does next)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def _open(qtbot: QtBot, db_path: Path, clock: FixedClock, size: QSize) -> OwnerWindow:
    window = OwnerWindow(db_path, clock=clock)
    qtbot.addWidget(window)
    window.resize(size)
    window.show()
    qtbot.waitUntil(lambda: window.board is not None and window.worker.is_idle() and window.worker.chain.is_idle(),
                    timeout=20_000)
    _settle()
    return window


@pytest.mark.parametrize(("language", "size"), [(language, SMALLEST) for language in sorted(LANGUAGES)]
                         + [("fa", COMMON)], ids=lambda value: value if isinstance(value, str) else
                         f"{value.width()}x{value.height()}")
def test_the_dashboard_needs_no_more_width_than_the_window_in_every_language(
        qtbot: QtBot, db_path: Path, owner_clock: FixedClock, counter_style: None, language: str,
        size: QSize) -> None:
    i18n.apply(language)
    window = _open(qtbot, db_path, owner_clock, size)
    window.busy.show()  # as while the numbers load: the busy bar too fits in the top row
    _settle()
    assert window.minimumSizeHint().width() <= size.width()
    window.busy.hide()
    _settle()
    assert window.width() == size.width()  # never made wider by its minimum
    body = window.body_scroll.widget()
    assert body.minimumSizeHint().width() <= window.body_scroll.viewport().width()
    assert window.body_scroll.horizontalScrollBar().maximum() == 0  # nothing to scroll to sideways
    for key, tile in window.tiles.tiles.items():
        assert tile.width() >= tile.minimumSizeHint().width(), key  # not squeezed: its words all shown
        assert tile.height() >= tile.heightForWidth(tile.width()), key
        assert body.rect().contains(tile.geometry().translated(window.tiles.pos())), key
    status = window.status  # the period and the one compared with, whole, on two lines if need be
    assert status.width() >= status.minimumSizeHint().width()
    assert status.height() >= status.heightForWidth(status.width())
    window.close()


def test_a_longer_number_takes_fewer_tiles_a_row_not_more_width(qtbot: QtBot) -> None:
    page = QWidget()  # the grid inside a page, as on the dashboard
    grid = TileGrid()
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(grid)
    qtbot.addWidget(page)
    page.resize(1000, 400)
    page.show()
    numbers = {"sales": 4, "revenue": 1550, "previous": {"sales": 2, "revenue": 1000}}
    grid.show_numbers(numbers, "EUR")
    _settle()
    assert grid.columns == 6
    grid.show_numbers({**numbers, "revenue": 123_456_789_012_00}, "IRR")  # a year's takings in rials
    _settle()
    assert grid.columns < 6
    revenue = grid.tiles["revenue"]
    assert revenue.width() >= revenue.minimumSizeHint().width() and grid.minimumSizeHint().width() <= 1000
    for tile in grid.tiles.values():
        assert grid.rect().contains(tile.geometry())
    page.resize(grid.minimumSizeHint().width(), 400)
    _settle()
    assert grid.columns == 1 and revenue.width() >= revenue.minimumSizeHint().width()

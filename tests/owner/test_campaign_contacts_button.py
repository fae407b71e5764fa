"""The Campaigns tab's "Export contacts…": asks where, writes on the owner's worker, says what it wrote."""

from __future__ import annotations

import csv
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from terminal import campaigns
from terminal.campaigns import Audience, Offer, OfferKind
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect
from tests.stats.history import build, local
from ui.owner.window import OwnerWindow
from ui.tasks import DbTasks

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The hand-worked history (tests/stats/history.py) with a campaign offered to Anna, Bela, Dora and Ede:
    Anna and Bela consented; Dora did not; Ede was erased."""
    path = tmp_path / "terminal.db"
    db = connect(path)
    history = build(db)
    counter: Counter = history.at(local(2026, 3, 10, 9))
    made = campaigns.new_campaign("We miss you", Audience.LIST, Offer(OfferKind.BONUS_POINTS, points=50),
                                  local(2026, 3, 10, 9), local(2026, 3, 24, 0), control_share=0)
    campaigns.create(counter.writer, made, [history.ids[k] for k in ("anna", "bela", "dora", "ede")], counter.rules())
    db.close()
    return path


@pytest.fixture
def window(qtbot: QtBot, db_path: Path) -> Iterator[OwnerWindow]:
    clock = FixedClock(local(2026, 3, 10, 18))
    tasks = DbTasks(db_path, clock, housekeeping_ms=3_600_000)
    shown = OwnerWindow(db_path, clock=clock, write=tasks.write)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.campaigns.reports_shown, timeout=10_000):
        shown.show()
    yield shown
    shown.close()
    tasks.shutdown()


def test_the_button_saves_the_selected_campaigns_consented_contacts(qtbot: QtBot, window: OwnerWindow,
                                                                     tmp_path: Path) -> None:
    panel = window.campaigns
    button = panel.contacts.button
    assert not button.isEnabled()  # nothing selected yet
    table = panel.table
    row = table.visualRect(table.model().index(0, 2)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=row)  # the owner clicks the campaign
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = panel.contacts.dialog
    assert dialog is not None and dialog.isVisible()
    suggested = Path(dialog.selectedFiles()[0]).name
    assert suggested.startswith("campaign-contacts-2026-03-10-") and suggested.endswith(".csv")
    target = tmp_path / "mailing" / "contacts.csv"
    target.parent.mkdir()
    with qtbot.waitSignal(panel.contacts.written, timeout=10_000) as written:
        dialog.selectFile(str(target))
        dialog.accept()
    assert written.args == [str(target)]
    with target.open(encoding="utf-8-sig", newline="") as sheet:
        rows = list(csv.DictReader(sheet))
    assert [(r["name"], r["campaign"], r["offer"], r["valid_until"]) for r in rows] == [
        ("Anna Alma", "We miss you", "50 bonus points", "2026-03-23"),
        ("Bela Barack", "We miss you", "50 bonus points", "2026-03-23")]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    # The path is isolated (U+2068 … U+2069), so a right-to-left sentence keeps it as it is.
    assert panel.message.text() == (f"2 consented contacts of the offered group written to \u2068{target}\u2069. "
                                    "2 left out: no consent to be contacted, or erased.")
    assert button.isEnabled()


def test_an_unwritable_folder_is_a_message_and_leaves_nothing(qtbot: QtBot, window: OwnerWindow,
                                                              tmp_path: Path) -> None:
    panel = window.campaigns
    panel.table.selectRow(0)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    chosen = panel.selected_campaign()
    assert chosen is not None
    with qtbot.waitSignal(panel.contacts.refused, timeout=10_000) as refused:
        panel.contacts.export(chosen.id, blocker / "contacts.csv")  # as the dialog hands it over
    assert refused.args[0] == (f"This folder does not exist: \u2068{blocker}\u2069. "
                               "No contacts were saved; choose another folder and try again.")
    assert panel.message.text() == refused.args[0]
    assert blocker.read_text() == "" and sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["not-a-folder", "terminal.db", "terminal.db-wal", "terminal.db-shm"])

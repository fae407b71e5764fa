"""A ledger that shows tampering, shown to the owner: the dashboard checks the hash chain and says so."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
import sqlite_utils
from pytestqt.qtbot import QtBot

from terminal import chain
from terminal.clock import FixedClock
from terminal.db import connect
from ui.owner.window import OwnerWindow
from ui.tasks import DbTasks

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _open(qtbot: QtBot, db_path: Path, clock: FixedClock, writer: DbTasks) -> OwnerWindow:
    window = OwnerWindow(db_path, clock=clock, write=writer.write)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: hasattr(window, "chain_check"), timeout=20_000)
    return window


def test_an_untouched_ledger_shows_no_warning_and_the_check_is_remembered(
        qtbot: QtBot, db_path: Path, owner_clock: FixedClock, writer: DbTasks) -> None:
    db = sqlite_utils.Database(db_path)
    assert chain.verify(db).chained > 0  # the hand-worked history is chained: the check has work to do
    window = _open(qtbot, db_path, owner_clock, writer)
    assert window.chain_check.ok and window.chain_banner.isHidden()
    assert chain.last_check(db).checked == owner_clock.now()
    assert not chain.check_due(db, owner_clock.now() + timedelta(hours=1))  # not again at every opening
    window.close()
    db.close()


def test_a_changed_event_is_shown_to_the_owner(qtbot: QtBot, db_path: Path, owner_clock: FixedClock,
                                               writer: DbTasks) -> None:
    db = sqlite_utils.Database(db_path)
    target, terminal = db.execute("SELECT id, terminal_id FROM events WHERE kind = 'sale' AND body LIKE '%chain%' "
                                  "ORDER BY seq LIMIT 1").fetchone()
    with db.conn:  # someone edits the file: a bigger sale, for more points
        db.execute("UPDATE events SET amount = amount * 10 WHERE id = ?", [target])
    window = _open(qtbot, db_path, owner_clock, writer)
    assert window.chain_check.broken_count == 1 and window.chain_check.broken[0][:2] == (terminal, target)
    assert window.chain_banner.isVisible() and "tampered" in window.chain_banner.text()
    assert terminal in window.chain_banner.text()
    window.close()
    db.close()


def test_what_the_hub_reported_is_shown_too(qtbot: QtBot, db_path: Path, owner_clock: FixedClock,
                                            writer: DbTasks) -> None:
    db = connect(db_path)  # as a sync round leaves it (tests/sync/test_staff_roles_hub.py goes through a hub)
    chain.remember_hub_breaks(db, {"0190aaaa-0000-7000-8000-000000000001": "changed"})
    db.close()
    window = _open(qtbot, db_path, owner_clock, writer)
    assert window.chain_banner.isVisible() and "hub found 1 record" in window.chain_banner.text()
    window.close()

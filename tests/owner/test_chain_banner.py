"""A ledger that shows tampering, shown to the owner: the dashboard checks the hash chain and says so."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlite_utils
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from terminal import chain
from terminal.clock import FixedClock
from terminal.db import connect
from ui.owner.window import OwnerWindow
from ui.tasks import DbTasks

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _tamper(db_path: Path) -> tuple[str, str]:
    """Someone edits the file: a bigger sale, for more points. Returns (event id, terminal id)."""
    db = sqlite_utils.Database(db_path)
    target, terminal = db.execute("SELECT id, terminal_id FROM events WHERE kind = 'sale' AND body LIKE '%chain%' "
                                  "ORDER BY seq LIMIT 1").fetchone()
    with db.conn:
        db.execute("UPDATE events SET amount = amount * 10 WHERE id = ?", [target])
    db.close()
    return target, terminal


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
    target, terminal = _tamper(db_path)
    window = _open(qtbot, db_path, owner_clock, writer)
    assert window.chain_check.broken_count == 1 and window.chain_check.broken[0][:2] == (terminal, target)
    assert window.chain_banner.isVisible() and "tampered" in window.chain_banner.text()
    assert terminal in window.chain_banner.text()
    window.close()


def test_what_the_hub_reported_is_shown_too(qtbot: QtBot, db_path: Path, owner_clock: FixedClock,
                                            writer: DbTasks) -> None:
    db = connect(db_path)  # as a sync round leaves it (tests/sync/test_staff_roles_hub.py goes through a hub)
    chain.remember_hub_breaks(db, {"0190aaaa-0000-7000-8000-000000000001": "changed"})
    db.close()
    window = _open(qtbot, db_path, owner_clock, writer)
    assert window.chain_banner.isVisible() and "hub found 1 record" in window.chain_banner.text()
    window.close()


def test_a_new_period_is_answered_while_the_check_runs_and_the_banner_comes_after(
        qtbot: QtBot, db_path: Path, owner_clock: FixedClock, writer: DbTasks) -> None:
    target, terminal = _tamper(db_path)
    started, release = threading.Event(), threading.Event()

    def slow_verify(db: sqlite_utils.Database, stop: threading.Event) -> chain.VerifyReport:
        started.set()  # a big ledger: the check goes on until the test lets it
        release.wait()
        return chain.verify(db, stop)

    window = OwnerWindow(db_path, clock=owner_clock, write=writer.write, verify_chain=slow_verify)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(started.is_set, timeout=20_000)  # after the first numbers
        with qtbot.waitSignal(window.refreshed, timeout=20_000) as shown:
            window.set_period(date(2026, 3, 1), date(2026, 3, 7))
        assert shown.args[0].period == window.period()  # the new period's numbers, the check still running
        assert not hasattr(window, "chain_check") and not window.worker.chain.is_idle()
        assert window.tiles.isVisible() and window.chain_banner.isHidden()
    finally:
        release.set()  # never leave the check's thread waiting, whatever failed above
    qtbot.waitUntil(lambda: hasattr(window, "chain_check"), timeout=20_000)
    assert window.chain_check.broken[0][:2] == (terminal, target)
    assert window.chain_banner.isVisible() and "tampered" in window.chain_banner.text()
    db = sqlite_utils.Database(db_path)
    assert chain.last_check(db).checked == owner_clock.now()  # remembered: not again for 20 hours
    assert not chain.check_due(db, owner_clock.now() + timedelta(hours=19))
    db.close()
    window.close()


def test_the_busy_bar_shows_while_the_check_runs_and_goes_when_it_ends(
        qtbot: QtBot, db_path: Path, owner_clock: FixedClock, writer: DbTasks) -> None:
    started, release = threading.Event(), threading.Event()

    def slow_verify(db: sqlite_utils.Database, stop: threading.Event) -> chain.VerifyReport:
        started.set()
        release.wait()
        return chain.verify(db, stop)

    window = OwnerWindow(db_path, clock=owner_clock, write=writer.write, verify_chain=slow_verify)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: started.is_set() and window.worker.is_idle(), timeout=20_000)
        assert window.busy.isVisible()  # the numbers are in; the check still runs, and the owner sees it
        assert window.refresh_button.isEnabled()  # another period need not wait for the check
    finally:
        release.set()
    qtbot.waitUntil(lambda: hasattr(window, "chain_check"), timeout=20_000)
    assert window.busy.isHidden()
    window.close()


def test_closing_the_window_mid_check_stops_the_check(qtbot: QtBot, db_path: Path, owner_clock: FixedClock,
                                                      writer: DbTasks) -> None:
    started = threading.Event()
    told_to_stop: list[bool] = []

    def waiting_verify(db: sqlite_utils.Database, stop: threading.Event) -> chain.VerifyReport:
        started.set()
        told_to_stop.append(stop.wait(timeout=60))  # the timeout only keeps a broken close from hanging the run
        return chain.verify(db, stop)  # stop is set: CheckStopped, as a real check ends at its next row

    window = OwnerWindow(db_path, clock=owner_clock, write=writer.write, verify_chain=waiting_verify)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: started.is_set() and window.worker.is_idle(), timeout=20_000)
    assert window.busy.isVisible()
    window.close()  # returns once the check's thread has ended (the house rules fail on one left running)
    assert told_to_stop == [True]
    QCoreApplication.processEvents()  # the stopped check's answer arrives: no banner, no error
    assert not hasattr(window, "chain_check") and window.chain_banner.isHidden()
    assert window.busy.isHidden()  # (were the window opened again)
    db = sqlite_utils.Database(db_path)
    assert chain.check_due(db, owner_clock.now())  # nothing remembered: the next opening checks
    db.close()


@pytest.mark.expected_error_log
def test_an_error_in_the_check_is_reported_as_a_worker_error(qtbot: QtBot, db_path: Path, owner_clock: FixedClock,
                                                             writer: DbTasks) -> None:
    started, release = threading.Event(), threading.Event()

    def broken_verify(db: sqlite_utils.Database, stop: threading.Event) -> chain.VerifyReport:
        started.set()
        release.wait()
        raise sqlite3.DatabaseError("database disk image is malformed")

    window = OwnerWindow(db_path, clock=owner_clock, write=writer.write, verify_chain=broken_verify)
    qtbot.addWidget(window)
    errors: list[Exception] = []
    window.worker.unexpected_error.connect(errors.append)
    try:
        window.show()
        qtbot.waitUntil(lambda: started.is_set() and window.worker.is_idle(), timeout=20_000)
        assert window.busy.isVisible()
    finally:
        release.set()
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert isinstance(errors[0], sqlite3.DatabaseError) and "malformed" in str(errors[0])
    assert not hasattr(window, "chain_check")
    assert window.busy.isHidden()  # the failed check no longer shows as running
    window.close()

"""Changing the owner's PIN with the old one, and "Forgot the PIN?" with the recovery code, as dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from terminal.clock import FixedClock
from terminal.db import connect
from terminal.owner_access import AccessError, OwnerAccess
from ui.owner.pin_change import NewPinDialog
from ui.owner.pin_dialog import PinDialog
from ui.owner.worker import OwnerWorker
from ui.tasks import DbTasks

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def door(tmp_path: Path, clock: FixedClock) -> Iterator[tuple[OwnerWorker, str]]:
    path = tmp_path / "terminal.db"
    db = connect(path)
    access = OwnerAccess(db, clock)
    access.set_first_pin("135799")
    code = access.new_recovery_code()
    db.close()
    tasks = DbTasks(path, clock)
    worker = OwnerWorker(path, tasks.write)
    yield worker, code
    worker.shutdown()
    tasks.shutdown()


def pin_works(worker: OwnerWorker, clock: FixedClock, pin: str) -> bool:
    db = connect(worker._db_path)
    try:
        OwnerAccess(db, clock).verify(pin)
        return True
    except AccessError:
        return False
    finally:
        db.close()


def test_change_pin_needs_the_current_one(qtbot: QtBot, door, clock: FixedClock) -> None:
    worker, _code = door
    dialog = NewPinDialog(worker, clock, recover=False)
    qtbot.addWidget(dialog)
    dialog.secret.setText("000000")
    dialog.pin.setText("24680")
    dialog.repeat.setText("24680")
    dialog.submit()
    assert "6 to 12 digits" in dialog.message.text()
    dialog.pin.setText("246800")
    dialog.repeat.setText("246800")
    dialog.submit()
    qtbot.waitUntil(lambda: "Wrong current PIN" in dialog.message.text(), timeout=20_000)
    dialog.secret.setText("135799")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.submit()
    qtbot.waitUntil(worker.is_idle, timeout=20_000)
    assert pin_works(worker, clock, "246800")
    assert not pin_works(worker, clock, "135799")


def test_forgot_the_pin_sets_a_new_one_and_shows_the_next_code(qtbot: QtBot, door, clock: FixedClock) -> None:
    worker, code = door
    pin_dialog = PinDialog(worker, clock, first_run=False)
    qtbot.addWidget(pin_dialog)
    pin_dialog.show()
    pin_dialog.forgot.click()
    dialog = pin_dialog.recovery_dialog
    dialog.secret.setText("WRNG-CODE-WRNG-CODE")
    dialog.pin.setText("975311")
    dialog.repeat.setText("975311")
    dialog.submit()
    qtbot.waitUntil(lambda: "Wrong recovery code" in dialog.message.text(), timeout=20_000)
    dialog.secret.setText(code.lower())
    dialog.submit()
    qtbot.waitUntil(lambda: bool(dialog.next_code), timeout=20_000)
    assert dialog.next_code != code and dialog.next_code in dialog.message.text()
    with qtbot.waitSignal(pin_dialog.accepted, timeout=20_000):
        dialog.buttons.accepted.emit()
    qtbot.waitUntil(worker.is_idle, timeout=20_000)
    assert pin_works(worker, clock, "975311")

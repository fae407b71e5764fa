"""The app's sync worker and status bar text, with a real hub and real widgets."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest

from terminal.paths import database_path
from terminal.sync import settings as sync_settings
from terminal.sync.client import SyncReport, SyncStatus
from terminal.sync.transport import SyncProblem
from ui.sync_status import SyncRunner, SyncStatusLabel
from ui.tasks import DbTasks

from .helpers import add_sales
from .pgserver import free_port

START = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)


@pytest.fixture
def writer_for() -> Iterator[Callable[[object], DbTasks]]:
    """The app's one writer (the cashier's database worker) for a terminal's folder."""
    made: list[DbTasks] = []

    def make(terminal) -> DbTasks:
        tasks = DbTasks(database_path(terminal.folder), terminal.clock, housekeeping_ms=3_600_000)
        made.append(tasks)
        return tasks

    yield make
    for tasks in made:
        tasks.shutdown()


def configure(terminal, url: str, **extra) -> None:
    sync_settings.save(terminal.folder, sync_settings.SyncSettings(hub_url=url, token=terminal.token, **extra))


def test_sync_now_runs_off_the_gui_thread_and_the_label_says_what_moved(qtbot, writer_for, make_store, start_hub,
                                                                        make_terminal):
    running = start_hub(make_store("sqlite"))
    till, other = make_terminal("T1", running), make_terminal("T2", running)
    add_sales(other.db, 7, start=START)
    other.sync()
    add_sales(till.db, 3, start=START, seed=2)
    configure(till, running.url)
    runner = SyncRunner(till.folder, writer_for(till).write)
    label = SyncStatusLabel()
    qtbot.addWidget(label)
    runner.status_changed.connect(label.show_status)
    with qtbot.waitSignal(runner.status_changed):
        runner.start()
    assert "Never synced" in label.text() and "3 events waiting" in label.text()
    reports: list[SyncReport] = []
    runner.finished.connect(reports.append)
    with qtbot.waitSignals([runner.finished, runner.status_changed]):
        assert runner.sync_now()
        assert not runner.sync_now()  # one round at a time
    report = reports[0]
    assert (report.pushed, report.applied) == (3, 7)
    assert "Last sync" in label.text() and "all sent" in label.text()
    assert runner.timer.isActive() and runner.timer.interval() == 5 * 60_000
    runner.shutdown()


def test_a_failure_is_shown_in_words(qtbot, writer_for, make_terminal):
    till = make_terminal("T1")
    till.token = "anything"
    configure(till, f"http://127.0.0.1:{free_port()}")
    runner = SyncRunner(till.folder, writer_for(till).write, attempts=1)
    label = SyncStatusLabel()
    qtbot.addWidget(label)
    runner.status_changed.connect(label.show_status)
    runner.apply_settings(runner.settings)
    errors: list = []
    runner.failed.connect(errors.append)
    with qtbot.waitSignals([runner.failed, runner.status_changed]):
        runner.sync_now()
    assert errors[0].problem == SyncProblem.UNREACHABLE
    assert label.text() == "Never synced · all sent · the hub cannot be reached"
    runner.shutdown()


def test_the_schedule_runs_rounds_by_itself(qtbot, writer_for, make_store, start_hub, make_terminal):
    running = start_hub(make_store("sqlite"))
    till = make_terminal("T1", running)
    configure(till, running.url)
    runner = SyncRunner(till.folder, writer_for(till).write)
    runner.start()
    runner.timer.setInterval(20)  # minutes in the app; milliseconds here
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        pass
    runner.shutdown()


def test_without_a_hub_sync_is_off(qtbot, writer_for, make_terminal):
    till = make_terminal("T1")
    runner = SyncRunner(till.folder, writer_for(till).write)
    runner.start()
    assert not runner.sync_now() and not runner.timer.isActive()
    label = SyncStatusLabel()
    qtbot.addWidget(label)
    label.show_status(SyncStatus(None, 4, None), configured=False)
    assert label.text() == "Sync off (no hub set) · 4 events not sent"
    runner.shutdown()


def test_the_main_window_gets_sync_its_status_f5_and_settings(qtbot, make_store, start_hub, make_terminal):
    from PySide6.QtWidgets import QDialogButtonBox

    from terminal.paths import database_path
    from terminal.preferences import UiPreferences
    from terminal.shop import Shop
    from ui.app import application
    from ui.main_window import MainWindow
    from ui.sync_wiring import attach, open_settings
    from ui.tasks import DbTasks

    running = start_hub(make_store("sqlite"))
    till = make_terminal("T1", running)
    configure(till, running.url)
    add_sales(till.db, 2, start=START)
    application()
    tasks = DbTasks(database_path(till.folder), till.clock)
    window = MainWindow(tasks, Shop(), UiPreferences())
    qtbot.addWidget(window)
    window.show()
    runner = attach(window, tasks, till.folder)
    qtbot.waitUntil(lambda: "2 events waiting" in window.sync_label.text())
    with qtbot.waitSignal(runner.finished):
        window.sync_action.trigger()
    qtbot.waitUntil(lambda: "all sent" in window.sync_label.text())
    guards: list[str] = []
    tasks.run(lambda counter: type(counter.redemption_guard).__name__, guards.append)
    qtbot.waitUntil(lambda: bool(guards))
    assert guards == ["HubRedemptionGuard"]

    dialog = open_settings(window, runner)
    dialog.interval.setValue(7)
    dialog.policy.setCurrentIndex(0)
    assert not dialog.cap.isEnabled()
    dialog.grab().save("/tmp/sync-settings.png")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    saved = sync_settings.load(till.folder)
    assert (saved.interval_minutes, saved.offline_redemption, saved.token) == (
        7, sync_settings.OfflineRedemption.REFUSE, till.token)
    assert runner.timer.interval() == 7 * 60_000
    window.grab().save("/tmp/sync-window.png")
    runner.shutdown()
    qtbot.waitUntil(tasks.is_idle)
    tasks.shutdown()


def test_set_aside_events_are_shown_to_the_owner(qtbot):
    label = SyncStatusLabel()
    qtbot.addWidget(label)
    label.show_status(SyncStatus(last_sync=None, waiting=0, problem=None, set_aside=3))
    assert label.text() == "Never synced · all sent · 3 events set aside"
    label.show_status(SyncStatus(last_sync=None, waiting=0, problem=None, set_aside=1))
    assert label.text() == "Never synced · all sent · 1 event set aside"
    label.show_status(SyncStatus(last_sync=None, waiting=0, problem=None))
    assert "set aside" not in label.text()

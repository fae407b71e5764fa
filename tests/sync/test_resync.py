"""A terminal whose database is damaged rebuilds it from the hub, through the start-up screen: its own
pushed events come back (the hub's pull with own=1), with its identity and receipt numbering."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from terminal.db import connect, meta_get
from terminal.paths import database_path
from terminal.sync import settings as sync_settings
from ui.app import application, start

from .helpers import add_sales


def test_pull_with_own_returns_the_terminals_own_events_too(make_store, start_hub, make_terminal) -> None:
    running = start_hub(make_store("sqlite"))
    till = make_terminal("T1", running)
    anna = till.counter.enrol("Anna").customer.id
    till.counter.record_sale(anna, 450)
    till.sync()
    with till.connection() as hub:
        assert hub.pull(0, 100)["events"] == []
        own = hub.pull(0, 100, own=True)["events"]
    assert {event["kind"] for event in own} >= {"enrolled", "sale"}


def test_a_damaged_database_is_rebuilt_from_the_hub_through_the_start_up_screen(
        qtbot, make_store, start_hub, make_terminal, clock) -> None:
    application()
    running = start_hub(make_store("sqlite"))
    till, other = make_terminal("T7", running), make_terminal("T2", running)
    anna = till.counter.enrol("Anna").customer.id
    for amount in (450, 300, 120):
        till.counter.record_sale(anna, amount)
    add_sales(other.db, 7, start=till.clock.now())
    other.sync()
    till.sync()
    terminal_id = meta_get(till.db, "terminal_id")
    synced = till.event_ids()
    printed = {row[0] for row in till.db.execute("SELECT receipt_no FROM receipts WHERE receipt_no LIKE 'S1-T7-%'")}
    assert len(printed) == 3
    till.db.close()
    sync_settings.save(till.folder, sync_settings.SyncSettings(hub_url=running.url, token=till.token))
    path = database_path(till.folder)
    db = connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    path.write_bytes(path.read_bytes()[:4096 * 3])  # cut short: the last pages are gone
    windows = []
    startup = start(till.folder, windows.append)
    qtbot.waitUntil(lambda: startup.done, timeout=30_000)
    screen = startup.screen
    assert screen is not None
    qtbot.addWidget(screen)
    assert screen.resync_button.isVisible() and running.url in screen.resync_button.text()
    assert not screen.restore_button.isVisible() and not screen.empty_button.isVisible()
    with qtbot.waitSignal(screen.recovered, timeout=30_000):
        qtbot.mouseClick(screen.resync_button, Qt.MouseButton.LeftButton)
    assert len(windows) == 1
    window = windows[0]
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.sync_runner is not None, timeout=10_000)  # the counter has opened
    rebuilt = connect(path)
    try:
        assert {row[0] for row in rebuilt.execute("SELECT id FROM events")} == synced
        # The file's identity pages are gone: the terminal is known again by its own events on the hub.
        assert meta_get(rebuilt, "terminal_id") == terminal_id
        assert meta_get(rebuilt, "terminal_name") == "T7"  # from its receipts: not the default T1
        assert meta_get(rebuilt, "shop_secret") == meta_get(other.db, "shop_secret")
        assert rebuilt.execute("SELECT points FROM balances WHERE customer_id = ?", [anna]).fetchone()[0] > 0
    finally:
        rebuilt.close()
    results = []
    window.tasks.run(lambda c: c.record_sale(anna, 200), results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert results[0].receipt_no not in printed and results[0].receipt_no > max(printed)
    window.close()


def test_restoring_a_backup_gets_the_later_sales_back_from_the_hub(qtbot, make_store, start_hub,
                                                                    make_terminal) -> None:
    from terminal import backup

    application()
    running = start_hub(make_store("sqlite"))
    till = make_terminal("T3", running)
    anna = till.counter.enrol("Anna").customer.id
    till.counter.record_sale(anna, 450)
    backup.backup(database_path(till.folder), till.folder / "backups", till.clock.now())
    till.clock.advance(hours=1)
    later = till.counter.record_sale(anna, 300)  # after the backup, pushed to the hub
    till.sync()
    till.db.close()
    sync_settings.save(till.folder, sync_settings.SyncSettings(hub_url=running.url, token=till.token))
    path = database_path(till.folder)
    path.write_bytes(b"\0" * 4096)  # wiped
    Path(f"{path}-wal").unlink(missing_ok=True)
    windows = []
    startup = start(till.folder, windows.append)
    qtbot.waitUntil(lambda: startup.done, timeout=30_000)
    screen = startup.screen
    assert screen is not None
    qtbot.addWidget(screen)
    assert screen.restore_button.isVisible() and screen.resync_button.isVisible()
    with qtbot.waitSignal(screen.recovered, timeout=30_000):
        qtbot.mouseClick(screen.restore_button, Qt.MouseButton.LeftButton)
    qtbot.addWidget(windows[0])
    qtbot.waitUntil(lambda: windows[0].sync_runner is not None, timeout=10_000)  # the counter has opened
    restored = connect(path)
    try:
        assert restored.execute("SELECT COUNT(*) FROM events WHERE id = ?", [later.sale.id]).fetchone()[0] == 1
        assert restored.execute("SELECT visits FROM balances WHERE customer_id = ?", [anna]).fetchone()[0] == 2
    finally:
        restored.close()
    windows[0].close()

"""The start-up path (ui.app.start) with a damaged, cut-short, unreadable, missing or read-only database:
a clear screen with the ways back, never a traceback or a silent new empty database; and a sale on a full
disk is said in words and not shown as done."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from terminal import backup
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect
from terminal.paths import database_path
from ui.app import application, start
from ui.database_screen import DatabaseScreen
from ui.main_window import MainWindow


class Started:
    """What the start-up path showed: the main window, if it got that far."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.windows: list[MainWindow] = []

    def __call__(self, window: MainWindow) -> None:
        self.qtbot.addWidget(window)  # deleted at teardown, with its timers
        window.show()
        self.windows.append(window)

    def close(self) -> None:
        for window in self.windows:
            self.qtbot.waitUntil(lambda w=window: w.sync_runner is not None, timeout=10_000)  # fully opened
            window.close()


@pytest.fixture
def started(qtbot) -> Iterator[Started]:
    application()
    shown = Started(qtbot)
    yield shown
    shown.close()


@pytest.fixture
def shop(tmp_path: Path, clock: FixedClock) -> Path:
    """A data folder with a customer, a sale and a backup of them; then a sale after the backup."""
    folder = tmp_path / "shop"
    folder.mkdir()
    db = connect(database_path(folder))
    counter = Counter(db, clock=clock)
    anna = counter.enrol("Anna").customer.id
    for n in range(400):  # enough pages that damage lands in the tables
        counter.enrol(f"Customer {n}")
    counter.record_sale(anna, 450)
    backup.backup(database_path(folder), folder / "backups", clock.now())
    clock.advance(minutes=45)
    counter.record_sale(anna, 300)
    db.close()
    return folder


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for start_at in range(4096, len(data) - 4096, 8192):
        data[start_at + 100:start_at + 600] = b"\xa5" * 500
    path.write_bytes(bytes(data))


def started_up(qtbot, folder: Path, started: Started) -> DatabaseScreen | None:
    """The real start-up path, waited for: the database screen, or None when the counter opened."""
    startup = start(folder, started)
    qtbot.waitUntil(lambda: startup.done, timeout=30_000)
    if startup.screen is not None:
        qtbot.addWidget(startup.screen)
    return startup.screen


def open_screen(qtbot, folder: Path, started: Started) -> DatabaseScreen:
    screen = started_up(qtbot, folder, started)
    assert screen is not None and not started.windows
    return screen


def restore_first(qtbot, screen: DatabaseScreen, started: Started) -> None:
    assert screen.restore_button.isVisible() and screen.backup_list.count() == 1
    with qtbot.waitSignal(screen.recovered, timeout=20_000):
        qtbot.mouseClick(screen.restore_button, Qt.MouseButton.LeftButton)
    assert len(started.windows) == 1 and started.windows[0].isVisible()


def sales(folder: Path) -> int:
    db = connect(database_path(folder))
    try:
        return db.execute("SELECT COUNT(*) FROM events WHERE kind = 'sale'").fetchone()[0]
    finally:
        db.close()


def test_a_good_database_opens_the_counter(qtbot, shop: Path, started: Started) -> None:
    assert started_up(qtbot, shop, started) is None
    assert len(started.windows) == 1


def test_a_damaged_database_shows_the_backups_and_restoring_one_opens_the_counter(
        qtbot, shop: Path, started: Started) -> None:
    damage(database_path(shop))
    damaged = database_path(shop).read_bytes()
    screen = open_screen(qtbot, shop, started)
    assert screen.title.text() == "The shop's database is damaged."
    assert "kept aside" in screen.explanation.text() and "Restore a backup" in screen.explanation.text()
    assert not screen.resync_button.isVisible() and not screen.empty_button.isVisible()
    assert "2026" in screen.backup_list.item(0).text()  # the backup's date, as the shop reads dates
    assert database_path(shop).read_bytes() == damaged  # nothing is touched until the owner chooses
    restore_first(qtbot, screen, started)
    assert sales(shop) == 1  # the backup's sale; the one after it is in the file set aside
    aside = list((shop / "set-aside").glob("terminal-*.db"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged


def test_a_database_cut_short_is_named_so(qtbot, shop: Path, started: Started) -> None:
    path = database_path(shop)
    connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2 + 1000])
    screen = open_screen(qtbot, shop, started)
    assert screen.title.text() == "The shop's database is cut short."
    restore_first(qtbot, screen, started)


def test_a_file_that_is_not_a_database(qtbot, shop: Path, started: Started) -> None:
    path = database_path(shop)
    path.write_bytes(b"this is a spreadsheet, saved over the database by mistake\n" * 200)
    Path(f"{path}-wal").unlink(missing_ok=True)
    screen = open_screen(qtbot, shop, started)
    assert screen.title.text() == "The shop's database is damaged."
    restore_first(qtbot, screen, started)


def test_a_database_the_system_cannot_read(qtbot, shop: Path, started: Started) -> None:
    path = database_path(shop)
    path.unlink()
    Path(f"{path}-wal").unlink(missing_ok=True)
    path.mkdir()  # the name is taken by a folder: it cannot be opened as a file
    screen = open_screen(qtbot, shop, started)
    assert screen.title.text() == "The shop's database cannot be read."
    assert "Details:" in screen.detail.text()
    shutil.rmtree(path)
    restore_first(qtbot, screen, started)


def test_a_missing_database_with_backups_is_not_silently_replaced(qtbot, shop: Path, started: Started) -> None:
    path = database_path(shop)
    for part in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        part.unlink(missing_ok=True)
    screen = open_screen(qtbot, shop, started)
    assert screen.title.text() == "The shop's database is missing."
    assert not path.exists()
    restore_first(qtbot, screen, started)
    assert sales(shop) == 1


def test_a_first_start_creates_the_database(qtbot, tmp_path: Path, started: Started) -> None:
    assert started_up(qtbot, tmp_path, started) is None
    assert database_path(tmp_path).exists() and len(started.windows) == 1


def test_damaged_with_no_backup_and_no_hub_offers_an_empty_start_and_keeps_the_old_file(
        qtbot, shop: Path, started: Started) -> None:
    shutil.rmtree(shop / "backups")
    damage(database_path(shop))
    screen = open_screen(qtbot, shop, started)
    assert "no backup and no hub" in screen.explanation.text()
    assert screen.empty_button.isVisible() and not screen.restore_button.isVisible()
    with qtbot.waitSignal(screen.recovered, timeout=20_000):
        qtbot.mouseClick(screen.empty_button, Qt.MouseButton.LeftButton)
    assert sales(shop) == 0 and len(list((shop / "set-aside").glob("terminal-*.db"))) == 1


def read_only(path: Path) -> list[Path]:
    """Make a folder (and its files) unwritable, even for root (chattr +i); returns what to undo."""
    os.chmod(path, 0o555)
    probe = path / ".probe"
    try:
        probe.write_bytes(b"")
    except PermissionError:
        return []
    probe.unlink()
    os.chmod(path, 0o755)
    targets = [path, *[p for p in path.iterdir() if p.is_file()]]
    subprocess.run(["chattr", "+i", *map(str, targets)], check=True)
    return targets


def writable(path: Path, targets: list[Path]) -> None:
    if targets:
        subprocess.run(["chattr", "-i", *map(str, targets)], check=True)
    os.chmod(path, 0o755)


def test_a_read_only_data_folder_is_said_in_words_and_try_again_opens_once_fixed(
        qtbot, shop: Path, started: Started) -> None:
    undo = read_only(shop)
    try:
        screen = open_screen(qtbot, shop, started)
        assert screen.title.text() == "The data folder cannot be written."
        assert "No sale could be recorded" in screen.explanation.text()
        assert screen.retry_button.isVisible() and not screen.restore_button.isVisible()
        qtbot.mouseClick(screen.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "still cannot be used" in screen.status.text(), timeout=20_000)
    finally:
        writable(shop, undo)
    with qtbot.waitSignal(screen.recovered, timeout=20_000):
        qtbot.mouseClick(screen.retry_button, Qt.MouseButton.LeftButton)
    assert len(started.windows) == 1


def test_an_update_that_cannot_back_up_first_changes_nothing_and_says_why(qtbot, shop: Path,
                                                                          started: Started) -> None:
    db = connect(database_path(shop))
    db.execute("DELETE FROM _migrations WHERE name = 'm_drop_events_kind_ts'")  # one step still to run
    db.close()
    shutil.rmtree(shop / "backups")
    (shop / "backups").write_text("a file where the backups folder should be")
    screen = open_screen(qtbot, shop, started)
    assert screen.title.text() == "The database could not be updated."
    assert "no backup could be made" in screen.detail.text()
    (shop / "backups").unlink()
    with qtbot.waitSignal(screen.recovered, timeout=20_000):
        qtbot.mouseClick(screen.retry_button, Qt.MouseButton.LeftButton)
    assert len(backup.backups(shop / "backups")) == 1


def test_a_sale_on_a_full_disk_is_said_in_words_and_not_shown_as_done(qtbot, shop: Path, started: Started) -> None:
    assert started_up(qtbot, shop, started) is None
    window = started.windows[0]
    full: list[bool] = []
    # SQLite's own limit on the file's pages: the next page a write needs fails as a full disk does.
    window.tasks.run(lambda c: c.db.execute("PRAGMA max_page_count = " + str(
        c.db.execute("PRAGMA page_count").fetchone()[0])), lambda _r: full.append(True))
    qtbot.waitUntil(lambda: bool(full))
    before = window.cashier.activity.count()
    window.tasks.run(lambda c: [c.enrol(f"Filler {n}") for n in range(400)], on_error=lambda _e: True)
    # Then walk-in sales until one does not fit: what is left in half-filled pages depends on the rows'
    # sizes, and the cashier's sale below is one more of exactly these.
    window.tasks.run(lambda c: [c.record_sale(None, 100) for _ in range(10_000)], on_error=lambda _e: True)
    qtbot.waitUntil(window.tasks.is_idle)
    filled = sales(shop)
    window.cashier.sale_panel.amount.setText("12.50")
    window.cashier.record_sale(1250)
    qtbot.waitUntil(lambda: "NOT saved" in window.cashier.banner.text(), timeout=20_000)
    assert window.cashier.banner.text().startswith("The disk is full")
    assert window.cashier.activity.count() == before  # no "Sale 12.50" line
    assert window.cashier.sale_panel.amount.text() == "12.50"  # still there, to try again
    assert sales(shop) == filled


def test_another_programs_database_in_its_place_is_not_taken_over(qtbot, shop: Path, started: Started) -> None:
    import sqlite3

    path = database_path(shop)
    for part in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        part.unlink(missing_ok=True)
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE invoices (number INTEGER PRIMARY KEY, total REAL)")
    other.commit()
    other.close()
    screen = open_screen(qtbot, shop, started)
    assert screen.title.text() == "The shop's database is damaged."
    assert "no such table: meta" in screen.detail.text()
    other = sqlite3.connect(path)
    assert {row[0] for row in other.execute("SELECT name FROM sqlite_master")} == {"invoices"}  # untouched
    other.close()

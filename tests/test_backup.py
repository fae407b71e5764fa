"""Backups: verified after writing, compressed, rotated; restore keeps the replaced file and re-applies
erasures made since the backup."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

import main
from terminal import backup
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect
from terminal.restore import RestoreFailed, restore

NOW = datetime(2026, 3, 10, tzinfo=UTC)


def damage(path: Path) -> None:
    """Overwrite the middle of a database file with garbage, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page, len(data) - page, page * 2):
        data[start + 100:start + 600] = b"\xa5" * 500
    path.write_bytes(bytes(data))


def open_backup(copy: Path, tmp_path: Path) -> sqlite_utils.Database:
    return connect(backup.unpack(copy, tmp_path / "opened.db"), migrate=False)


def test_a_backup_is_compressed_checked_and_holds_every_committed_sale_and_old_copies_rotate(
        tmp_path: Path, counter: Counter) -> None:
    customer = counter.enrol("Anna").customer
    counter.record_sale(customer.id, 450)
    folder = tmp_path / "backups"
    assert backup.due(folder, NOW)
    for day in range(16):
        backup.backup(tmp_path / "terminal.db", folder, NOW + timedelta(days=day), keep=14)
    copies = backup.backups(folder)
    assert len(copies) == 14 and copies[-1].path.name == "terminal-20260325-000000.db.gz"
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []  # no half-written files left
    with gzip.open(copies[-1].path) as raw:
        header = raw.read(20)
    # A database file, in rollback-journal mode: one self-contained file, no WAL needed beside it.
    assert header[:16] == b"SQLite format 3\x00" and header[18:20] == b"\x01\x01"
    copy = open_backup(copies[-1].path, tmp_path)
    assert copies[-1].size * 4 < (tmp_path / "opened.db").stat().st_size
    assert copy.execute("SELECT points FROM balances").fetchone()[0] == 54
    copy.close()
    assert not backup.due(folder, NOW + timedelta(days=15, hours=23))
    assert backup.due(folder, NOW + timedelta(days=16))


def test_a_damaged_database_is_not_kept_as_a_backup(tmp_path: Path, counter: Counter) -> None:
    for n in range(300):
        counter.enrol(f"Customer {n}")
    counter.db.close()
    damage(tmp_path / "terminal.db")
    folder = tmp_path / "backups"
    with pytest.raises(backup.BackupFailed, match=r"damaged|cannot be read|malformed"):
        backup.backup(tmp_path / "terminal.db", folder, NOW)
    assert list(folder.iterdir()) == []


def test_verify_refuses_a_copy_with_fewer_events_than_the_live_ledger(tmp_path: Path, counter: Counter) -> None:
    counter.enrol("Anna")
    made = backup.backup(tmp_path / "terminal.db", tmp_path / "backups", NOW)
    copy = backup.unpack(made, tmp_path / "copy.db")
    import sqlite3

    live = sqlite3.connect(tmp_path / "terminal.db")
    count = backup.verify(copy, live)
    assert count == live.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    with pytest.raises(backup.BackupFailed, match="events"):
        backup.verify(copy, live, at_least=count + 1)
    live.close()


def test_uncompressed_backups_from_before_are_listed_and_restorable(tmp_path: Path, counter: Counter) -> None:
    counter.enrol("Anna")
    folder = tmp_path / "backups"
    made = backup.backup(tmp_path / "terminal.db", folder, NOW)
    old = folder / "terminal-20260301-120000.db"
    backup.unpack(made, old)
    assert [b.path.name for b in backup.backups(folder)] == [old.name, made.name]
    assert backup.backups(folder)[0].taken == datetime(2026, 3, 1, 12, tzinfo=UTC)
    counter.db.close()
    assert restore(tmp_path, old, NOW).events == backup.event_count(tmp_path / "terminal.db")


def test_restore_keeps_the_replaced_file_and_reapplies_erasures_made_since(tmp_path: Path, counter: Counter,
                                                                           clock: FixedClock) -> None:
    anna = counter.enrol("Anna", phone="+36 30 123 4567").customer.id
    bela = counter.enrol("Béla").customer.id
    counter.record_sale(anna, 450)
    made = backup.backup(tmp_path / "terminal.db", tmp_path / "backups", clock.now())
    clock.advance(minutes=40)
    counter.erase_customer(anna)
    late = counter.record_sale(bela, 300)  # after the backup: in the replaced file, not in the backup
    counter.db.close()
    report = restore(tmp_path, made, clock.now())
    assert report.erasures_reapplied == 1 and report.erasure_sources == ("current",)
    assert report.set_aside is not None and report.set_aside.parent.name == "set-aside"
    kept = connect(report.set_aside, migrate=False)
    assert kept.execute("SELECT COUNT(*) FROM events WHERE id = ?", [late.sale.id]).fetchone()[0] == 1
    kept.close()
    db = connect(tmp_path / "terminal.db")
    assert db.execute("SELECT name, phone, erased FROM customers WHERE id = ?", [anna]).fetchone() == (None, None, 1)
    assert db.execute("SELECT COUNT(*) FROM events WHERE id = ?", [late.sale.id]).fetchone()[0] == 0
    # The receipt printed after the backup keeps its number: the next sale gets a new one.
    again = Counter(db, clock=clock).record_sale(bela, 200)
    assert again.receipt_no > late.receipt_no
    db.close()


def test_with_the_current_file_damaged_the_erasures_come_from_a_later_backup(tmp_path: Path, counter: Counter,
                                                                            clock: FixedClock) -> None:
    anna = counter.enrol("Anna").customer.id
    for n in range(300):
        counter.enrol(f"Customer {n}")
    first = backup.backup(tmp_path / "terminal.db", tmp_path / "backups", clock.now())
    clock.advance(hours=2)
    counter.erase_customer(anna)
    second = backup.backup(tmp_path / "terminal.db", tmp_path / "backups", clock.now())
    counter.db.close()
    damage(tmp_path / "terminal.db")
    report = restore(tmp_path, first, clock.now())
    assert report.erasures_reapplied == 1 and report.erasure_sources[-1] == f"backup {second.name}"
    db = connect(tmp_path / "terminal.db")
    assert db.execute("SELECT erased FROM customers WHERE id = ?", [anna]).fetchone()[0] == 1
    db.close()


def test_a_damaged_backup_changes_nothing(tmp_path: Path, counter: Counter) -> None:
    counter.enrol("Anna")
    made = backup.backup(tmp_path / "terminal.db", tmp_path / "backups", NOW)
    made.write_bytes(made.read_bytes()[:200])  # cut short
    counter.db.close()
    before = (tmp_path / "terminal.db").read_bytes()
    with pytest.raises(RestoreFailed, match="cannot be used"):
        restore(tmp_path, made, NOW)
    assert (tmp_path / "terminal.db").read_bytes() == before
    assert not (tmp_path / "set-aside").exists()


def test_backup_and_restore_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = connect(tmp_path / "terminal.db")
    anna = Counter(db).enrol("Anna").customer.id
    db.close()
    assert main.main(["backup", "--data-dir", str(tmp_path)]) == 0
    assert "Backed up and checked" in capsys.readouterr().out
    assert main.main(["backup", "--list", "--data-dir", str(tmp_path)]) == 0
    listed = capsys.readouterr().out.strip().splitlines()
    assert len(listed) == 1 and listed[0].endswith(".db.gz")
    name = Path(listed[0].split("\t")[-1]).name
    db = connect(tmp_path / "terminal.db")
    Counter(db).erase_customer(anna)
    db.close()
    assert main.main(["restore", name, "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Erasures made since the backup, applied again: 1." in out and "set-aside" in out
    assert main.main(["restore", "terminal-19990101-000000.db.gz", "--data-dir", str(tmp_path)]) == 1
    assert "no such backup" in capsys.readouterr().err

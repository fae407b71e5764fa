from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from terminal import backup
from terminal.counter import Counter
from terminal.db import connect


def test_a_backup_holds_every_committed_sale_and_old_copies_rotate(tmp_path: Path, counter: Counter) -> None:
    customer = counter.enrol("Anna").customer
    counter.record_sale(customer.id, 450)
    folder = tmp_path / "backups"
    now = datetime(2026, 3, 10, tzinfo=UTC)
    assert backup.due(folder, now)
    for day in range(16):
        backup.backup(tmp_path / "terminal.db", folder, now + timedelta(days=day), keep=14)
    copies = sorted(folder.glob("*.db"))
    assert len(copies) == 14 and copies[-1].name == "terminal-20260325-000000.db"
    copy = connect(copies[-1])
    assert copy.execute("SELECT points FROM balances").fetchone()[0] == 54
    copy.close()
    assert not backup.due(folder, now + timedelta(days=15, hours=23))
    assert backup.due(folder, now + timedelta(days=16))

"""An erasure on one terminal reaches the hub and the other terminal, in every file they keep."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from terminal import backup, paths
from terminal.erasure import erase
from terminal.ledger import phone_key

NAME, EDITED = "Kovalenko Oksana", "Oksana Kovalenko-Shevchuk"
PHONE, EMAIL = "+380 67 123 4567", "oksana.k@example.ua"


def _needles() -> list[bytes]:
    return [t.encode() for t in (NAME, EDITED, "kovalenko", PHONE, phone_key(PHONE), EMAIL)]


def _files_holding(folder: Path, pattern: str = "**/*") -> list[tuple[str, bytes]]:
    found = []
    for path in folder.glob(pattern):
        if path.is_file():
            data = path.read_bytes()
            found += [(str(path), n) for n in _needles() if n in data]
    return found


def test_an_erasure_reaches_the_hub_and_the_other_terminal_and_wins_over_a_concurrent_edit(
        hub, make_terminal, tmp_path: Path) -> None:
    t1, t2 = make_terminal("T1", hub), make_terminal("T2", hub)
    customer = t1.counter.enrol(NAME, phone=PHONE, email=EMAIL, consent=True).customer.id
    t1.counter.record_sale(customer, 900)
    t1.sync()
    t2.sync()
    t2.counter.record_sale(customer, 450)
    for terminal in (t1, t2):  # each till's nightly backup holds the customer
        backup.backup(paths.database_path(terminal.folder), paths.backups_dir(terminal.folder),
                      datetime(2026, 3, 10, 23, tzinfo=UTC))
    assert _files_holding(t2.folder)
    # Offline at the same time: T2 edits her profile (later by the clock), T1 erases her.
    t2.clock.advance(minutes=5)
    t2.counter.update_profile(customer, name=EDITED, consent=True)
    report = erase(t1.counter, customer)
    assert report.backups_scrubbed == 1
    t1.sync()
    t2.sync()  # pushes the edit, pulls the erasure: compacts its database and backup after the round
    t1.sync()  # pulls the edit made before the erasure arrived there

    for terminal in (t1, t2):
        row = terminal.db.execute("SELECT name, phone, email, consent, erased FROM customers WHERE id = ?",
                                  [customer]).fetchone()
        assert row == (None, None, None, 0, 1), terminal.name
        assert terminal.balances()[customer][1] > 0  # the anonymous numbers stay
    assert t1.balances() == t2.balances()
    t1.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # T1 wrote the pulled edit after its compaction
    for terminal in (t1, t2):
        assert _files_holding(terminal.folder) == [], terminal.name
    if (tmp_path / "hub.db").exists():  # the SQLite store: its files, byte for byte
        assert _files_holding(tmp_path, "hub.db*") == []
    # Both stores (SQLite and PostgreSQL): no stored event carries her data any more.
    stored = [str(e["body"]) for e in hub.store.pull("nobody", 0, 10_000).events]
    assert len(stored) == len(t1.event_ids())
    assert not [b for b in stored if any(n.decode() in b for n in _needles())]

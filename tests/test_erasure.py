"""Export and erasure of one customer: the files themselves, read as bytes, hold nothing of them after."""

from __future__ import annotations

import gzip
import json
import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

import main
from terminal import backup, feedback, paths
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect
from terminal.erasure import compact_if_due, erase, reapply_erasures
from terminal.ledger import Event, phone_key, search_key
from terminal.logs import PrivateRotatingFileHandler
from terminal.receipts.cards import CardFace, render_cards
from tests.receipts.pdftools import pdf_text, rasterise

NAME = "Zsófia Őrsi-Kovácsné"
PHONE = "+36 30 555 0199"
EMAIL = "zsofia.orsi@example.hu"
COMMENT = "the barista Tamás was rude to me"


def _needles() -> list[bytes]:
    texts = [NAME, search_key(NAME), "Kovácsné", "kovacsne", PHONE, phone_key(PHONE), EMAIL, COMMENT]
    return [t.encode("utf-8") for t in texts]


def _found_in(path: Path) -> list[bytes]:
    data = path.read_bytes()
    if path.name.endswith(".gz"):  # backups are gzipped: look inside, as anyone with the file could
        data = gzip.decompress(data)
    return [n for n in _needles() if n in data]


def _every_file(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


@pytest.fixture
def shop(tmp_path: Path) -> tuple[Path, str, str]:
    """A data folder with the customer (visits, a rating with a comment, a log line, a backup) and others."""
    folder = tmp_path / "data"
    folder.mkdir()
    clock = FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=UTC))
    db = connect(paths.database_path(folder))
    counter = Counter(db, clock=clock)
    enrolment = counter.enrol(NAME, phone=PHONE, email=EMAIL, birthday="1990-05-04", consent=True)
    customer = enrolment.customer.id
    for other in ("Anna Nagy", "Olena Koval", "Jonas Petraitis"):
        friend = counter.enrol(other, phone="+3620111" + str(len(other))).customer.id
        counter.record_sale(friend, 720)
    sale = counter.record_sale(customer, 450)
    feedback.rate_visit(counter, sale.sale.id, 3, "nps", reason="service", comment=COMMENT)
    clock.advance(days=1)
    counter.record_sale(customer, 1280)
    counter.update_profile(customer, consent=False)
    log_path = paths.logs_dir(folder) / "terminal.log"
    handler = PrivateRotatingFileHandler(log_path, encoding="utf-8")
    logger = logging.getLogger("test.erasure")
    logger.addHandler(handler)
    logger.warning("an old version logged: card issued for %s, phone %s", NAME, PHONE)
    logger.removeHandler(handler)
    handler.close()
    db.close()
    backup.backup(paths.database_path(folder), paths.backups_dir(folder), datetime(2026, 3, 11, tzinfo=UTC))
    # The card printer was offline: the new card waits as a PDF with her name on it (ui/printing does this).
    (folder / "cards").mkdir()
    (folder / "cards" / f"card-{enrolment.card.hint}.pdf").write_bytes(render_cards([CardFace(enrolment.card,
                                                                                              "Shop", NAME)]))
    return folder, customer, enrolment.card.grouped()


def _stats(folder: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert main.main(["stats", "--data-dir", str(folder), "--from", "2026-03-01", "--to", "2026-03-31",
                      "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_erase_leaves_no_name_phone_email_or_comment_in_any_file(shop, capsys: pytest.CaptureFixture[str]) -> None:
    folder, customer, _card = shop
    # Before: the data is really there, in the database and its backup and the log (else the test proves nothing).
    assert _found_in(paths.database_path(folder))
    assert _found_in(next(paths.backups_dir(folder).glob("*.db.gz")))
    assert _found_in(paths.logs_dir(folder) / "terminal.log")
    assert list((folder / "cards").iterdir())
    before = _stats(folder, capsys)

    assert main.main(["customer", "erase", PHONE, "--yes", "--data-dir", str(folder)]) == 0
    assert "1 backups scrubbed" in capsys.readouterr().out

    assert list((folder / "cards").iterdir()) == []  # the waiting card with her name on it is gone
    files = _every_file(folder)
    assert paths.database_path(folder) in files and any(p.parent.name == "backups" for p in files)
    for path in files:
        assert _found_in(path) == [], path
    wal = folder / "terminal.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed with TRUNCATE
    after = _stats(folder, capsys)
    # The anonymous numbers stay: every sales, visit, rating and value figure is unchanged. Only the
    # figures docs/stats.md defines over live customers (who can be contacted or redeem) leave her out.
    over_live_customers = {"outstanding_points", "segments", "overdue", "at_risk", "lapsed", "overdrawn_customers"}
    assert {k: v for k, v in after.items() if k not in over_live_customers | {"previous"}} == \
        {k: v for k, v in before.items() if k not in over_live_customers | {"previous"}}
    assert after["previous"] == before["previous"]
    assert after["outstanding_points"] == before["outstanding_points"] - 66  # her points are no longer owed

    db = connect(paths.database_path(folder))
    row = db.execute("SELECT erased, name, phone, email FROM customers WHERE id = ?", [customer]).fetchone()
    assert row == (1, None, None, None)
    assert db.execute("SELECT visits, spend FROM balances WHERE customer_id = ?", [customer]).fetchone() == (2, 1730)
    db.close()


def test_the_erasure_event_alone_leaves_the_text_on_disk(shop) -> None:
    """Why compaction exists: the projection empties the rows, but pages and the WAL keep the bytes."""
    folder, customer, _card = shop
    db = connect(paths.database_path(folder))
    Counter(db).erase_customer(customer)
    on_disk = b"".join(p.read_bytes() for p in folder.glob("terminal.db*"))
    db.close()
    assert any(n in on_disk for n in _needles())


def test_a_backup_taken_before_the_erasure_gets_it_on_restore(shop, tmp_path: Path) -> None:
    """A copy made elsewhere before the erasure: restoring it re-applies the erasures the live side knows."""
    folder, customer, _card = shop
    old_copy = tmp_path / "usb-stick-copy.db"
    backup.unpack(next(paths.backups_dir(folder).glob("*.db.gz")), old_copy)
    assert main.main(["customer", "erase", customer, "--yes", "--data-dir", str(folder)]) == 0
    live = connect(paths.database_path(folder))
    erasures = [Event.from_row(r) for r in live.query("SELECT * FROM events WHERE kind = 'customer_erased'")]
    live.close()

    assert reapply_erasures(old_copy, erasures) == 1
    assert _found_in(old_copy) == []
    restored = connect(old_copy)
    assert restored.execute("SELECT erased FROM customers WHERE id = ?", [customer]).fetchone() == (1,)
    restored.close()


def test_erase_refuses_without_confirmation_and_unknown_keys(shop, capsys: pytest.CaptureFixture[str]) -> None:
    folder, customer, _card = shop
    assert main.main(["customer", "erase", customer, "--data-dir", str(folder)]) == 2  # stdin is not a terminal
    assert "--yes" in capsys.readouterr().err
    assert main.main(["customer", "erase", "+36 1 000 0000", "--yes", "--data-dir", str(folder)]) == 1
    assert "no customer" in capsys.readouterr().err
    assert _found_in(paths.database_path(folder))


def test_export_by_card_code_holds_everything_with_dates(shop, tmp_path: Path) -> None:
    folder, customer, card = shop
    out = tmp_path / "export"
    assert main.main(["customer", "export", card, "--out", str(out), "--data-dir", str(folder)]) == 0
    data = json.loads((out / f"customer-{customer}.json").read_text(encoding="utf-8"))
    assert data["profile"]["name"] == NAME and data["profile"]["email"] == EMAIL
    assert data["profile"]["enrolled"].startswith("2026-03-10")
    assert [v["amount"] for v in data["visits"]] == [450, 1280]
    assert data["ratings"][0]["comment"] == COMMENT and data["ratings"][0]["score"] == 3
    assert [c["consent"] for c in data["consents"]] == [True, False]
    assert data["cards"] == [{"ends_with": card[-4:], "status": "active", "issued": data["profile"]["enrolled"]}]
    assert {m["what"] for m in data["points_and_stamps"]} >= {"sale", "welcome_bonus"}
    assert all(e["time"] for e in data["events"])
    pdf = out / f"customer-{customer}.pdf"
    text = pdf_text(pdf)
    for expected in (NAME, PHONE, EMAIL, "Visits", "Ratings", "Consent history", "not given"):
        assert expected in text, expected
    page = rasterise(pdf, dpi=60)
    assert page.getextrema()[0] == 0  # ink on the page: it renders
    # Exports carry the customer id in their names, never the person's name.
    assert all(NAME.split()[0] not in p.name for p in out.iterdir())


def test_a_reader_holding_the_wal_delays_its_truncation_to_the_next_housekeeping(shop) -> None:
    folder, customer, _card = shop
    db = connect(paths.database_path(folder))
    db.execute("PRAGMA busy_timeout = 50")  # the truncation gives up on the reader quickly
    reader = connect(paths.database_path(folder))
    reader.conn.execute("BEGIN")
    reader.execute("SELECT COUNT(*) FROM events").fetchone()  # a dashboard mid-read holds a snapshot
    report = erase(Counter(db), customer)
    assert not report.wal_truncated
    assert _found_in(folder / "terminal.db-wal")  # the old pages are still there, for that reader
    reader.conn.rollback()
    reader.close()
    assert compact_if_due(db)
    assert _found_in(folder / "terminal.db-wal") == [] and _found_in(paths.database_path(folder)) == []
    assert not compact_if_due(db)  # nothing left to do
    db.close()


def test_erasing_a_person_takes_every_record_merged_into_them(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "merged"
    folder.mkdir()
    db = connect(paths.database_path(folder))
    counter = Counter(db, clock=FixedClock(datetime(2026, 3, 10, 9, 30, tzinfo=UTC)))
    kept = counter.enrol("Kovács Éva", phone="+36 30 555 0111").customer.id
    other = counter.enrol("Éva Kovács-Tóth", email="eva.kt@example.hu").customer.id
    counter.merge_customers(kept, other)
    db.close()
    out = tmp_path / "export"
    assert main.main(["customer", "export", other, "--out", str(out), "--data-dir", str(folder)]) == 0
    data = json.loads((out / f"customer-{kept}.json").read_text(encoding="utf-8"))
    assert data["profile"]["id"] == kept and data["merged_records"] == [other]
    assert {e["kind"] for e in data["events"]} >= {"enrolled", "customer_merged"}
    assert main.main(["customer", "erase", other, "--yes", "--data-dir", str(folder)]) == 0
    on_disk = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    for text in ("Kovács Éva", "Kovács-Tóth", "eva.kt@example.hu", "+36 30 555 0111"):
        assert text.encode() not in on_disk, text
    db = connect(paths.database_path(folder))
    assert db.execute("SELECT COUNT(*) FROM customers WHERE erased = 1").fetchone()[0] == 2
    db.close()

"""The owner's commands: `cards` issues and lays out cards, `receipt` writes a past receipt again."""

from __future__ import annotations

from pathlib import Path

import main
from terminal.clock import FixedClock
from terminal.counter import Counter
from terminal.db import connect
from terminal.paths import database_path
from terminal.receipts.receipt import receipt_pdf
from tests.receipts.pdftools import decode_qr, page_sizes_mm, pdf_text, rasterise


def test_cards_command_issues_n_cards_on_a4_sheets(tmp_path: Path, capsys):
    out = tmp_path / "cards.pdf"
    assert main.main(["cards", "--data-dir", str(tmp_path), "--count", "11", "--pdf", str(out)]) == 0
    db = connect(database_path(tmp_path))
    try:
        assert db.execute("SELECT COUNT(*) FROM cards WHERE customer_id IS NULL").fetchone()[0] == 11
        counter = Counter(db)
        assert len(page_sizes_mm(out)) == 2
        for text in (f.text for f in decode_qr(rasterise(out, page=2))):
            assert counter.open_card(text).customer is None
    finally:
        db.close()
    assert "issued 11 cards" in capsys.readouterr().out


def test_receipt_command_reproduces_the_first_print(tmp_path: Path, clock: FixedClock):
    db = connect(database_path(tmp_path))
    try:
        counter = Counter(db, clock=clock)
        sale = counter.record_sale(counter.enrol("Őrsi Zsófia").customer.id, 1250)
        first = receipt_pdf(db, sale.receipt_no, 58)
    finally:
        db.close()
    out = tmp_path / "again.pdf"
    args = ["receipt", "--data-dir", str(tmp_path), sale.receipt_no.lower(), "--pdf", str(out), "--width", "58"]
    assert main.main(args) == 0
    assert out.read_bytes() == first
    first_path = tmp_path / "first.pdf"
    first_path.write_bytes(first)
    assert decode_qr(rasterise(out))[0].text == decode_qr(rasterise(first_path))[0].text
    assert "Őrsi Zsófia" in pdf_text(out)


def test_receipt_command_says_when_there_is_no_such_receipt(tmp_path: Path, capsys):
    assert main.main(["receipt", "--data-dir", str(tmp_path), "S1-T1-424242", "--pdf", str(tmp_path / "x.pdf")]) == 1
    assert "unknown receipt" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_data_dir_before_the_command_counts_too(tmp_path: Path):
    out = tmp_path / "one.pdf"
    assert main.main(["--data-dir", str(tmp_path), "cards", "--count", "1", "--pdf", str(out)]) == 0
    db = connect(database_path(tmp_path))
    try:
        assert db.execute("SELECT COUNT(*) FROM cards").fetchone()[0] == 1
    finally:
        db.close()

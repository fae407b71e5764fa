"""The receipts table: a receipt number names its sale (by the event's local ``seq``), the first sale written
under a number keeps it whatever comes later, and every reader finds the sale by the number alone."""

from __future__ import annotations

import random

import sqlite_utils

from terminal import feedback, tokens
from terminal.counter import Counter
from terminal.db import meta_get
from terminal.ledger import rebuild
from terminal.receipts.receipt_data import receipt_data
from terminal.restore import repair_receipt_counter
from tests.history import synced_sales


def _sale_of(db: sqlite_utils.Database, receipt_no: str) -> str:
    return db.execute("SELECT e.id FROM receipts r JOIN events e ON e.seq = r.sale_seq WHERE r.receipt_no = ?",
                      [receipt_no]).fetchone()[0]


def test_every_reader_finds_the_sale_by_its_receipt_number(counter: Counter) -> None:
    ann = counter.enrol("Ann Smith").customer
    counter.record_sale(ann.id, 300)
    sold = counter.record_sale(ann.id, 450)
    db = counter.db
    assert counter.receipt_sale(sold.receipt_no.lower()).sale_id == sold.sale.id
    data = receipt_data(db, sold.receipt_no)
    assert (data.receipt_no, data.amount) == (sold.receipt_no, 450)
    token = tokens.make_token(meta_get(db, "shop_secret") or "", sold.receipt_no, counter.clock.now().date())
    assert feedback.visit_for_code(counter, token).sale_id == sold.sale.id
    assert repair_receipt_counter(db) == int(sold.receipt_no.rsplit("-", 1)[1])


def test_a_duplicated_receipt_number_keeps_the_first_sale_also_after_a_rebuild(counter: Counter) -> None:
    ann = counter.enrol("Ann Smith").customer
    sold = counter.record_sale(ann.id, 450)
    db = counter.db
    # Another terminal's sale under the same number (a restored backup printing numbers again), and one of its own.
    later = synced_sales(db, random.Random(1), 1, lambda sale: sold.receipt_no)[0]
    other = synced_sales(db, random.Random(2), 1)[0]
    assert later.body["receipt_no"] == sold.receipt_no and later.id != sold.sale.id
    assert db.execute("SELECT COUNT(*) FROM receipts").fetchone()[0] == 2
    assert counter.receipt_sale(sold.receipt_no).sale_id == sold.sale.id
    assert receipt_data(db, sold.receipt_no).amount == 450
    assert _sale_of(db, other.body["receipt_no"]) == other.id
    rebuild(db)
    assert _sale_of(db, sold.receipt_no) == sold.sale.id
    assert _sale_of(db, other.body["receipt_no"]) == other.id


def test_a_receipt_names_its_sale_in_a_few_bytes(db: sqlite_utils.Database) -> None:
    """The sale's seq, not its 36-character id, and no copy of its time (what shrank the table)."""
    columns = [(row[1], row[2]) for row in db.execute("PRAGMA table_info(receipts)")]
    assert columns == [("receipt_no", "TEXT"), ("sale_seq", "INTEGER")]

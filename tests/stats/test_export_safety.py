"""Exports safe to open: a spreadsheet never runs a cell as a formula; control characters never reach a file."""

from __future__ import annotations

import csv
from pathlib import Path

import sqlite_utils

from terminal.counter import Counter
from terminal.importer import import_customers
from terminal.stats.customers import CustomerRow
from terminal.stats.export import safe_text, write_customers, write_low_ratings
from terminal.stats.ratings import LowRating
from terminal.text import clean_text


def _row(name: str, phone: str = "", email: str = "") -> CustomerRow:
    return CustomerRow("c1", name, phone, email, True, None, None, None, 3, -450, -20)


def test_cells_starting_with_formula_characters_are_neutralised(tmp_path: Path) -> None:
    hostile = ["=HYPERLINK(\"http://evil\",\"click\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
               "\tleading tab", "\r=1+1"]
    path = tmp_path / "list.csv"
    write_customers(path, [_row(text) for text in hostile] + [_row("Anna Nagy", "+36 30 111", "a=b@x.hu")])
    rows = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    names = [r["name"] for r in rows]
    assert names[:4] == ["'" + text for text in hostile[:4]]
    # Tab and CR are white space: folded away, what remains starts safely or gets the apostrophe.
    assert names[4:6] == ["leading tab", "'=1+1"]
    assert names[6] == "Anna Nagy" and rows[6]["phone"] == "'+36 30 111" and rows[6]["email"] == "a=b@x.hu"
    # Numbers stay numbers: a negative spend is not text to neutralise.
    assert rows[0]["spend"] == "-450" and rows[0]["points"] == "-20"
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in rows for k, cell in r.items()
               if k not in ("spend", "points"))


def test_low_ratings_comments_are_neutralised(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    path = tmp_path / "low.csv"
    write_low_ratings(path, [LowRating(datetime(2026, 3, 1, tzinfo=UTC), 2, "nps", "=1+1", "@danger\x00\x1b[31m")])
    row = next(csv.DictReader(path.open(encoding="utf-8-sig")))
    assert row["reason"] == "'=1+1" and row["comment"] == "'@danger[31m"


def test_control_characters_leave_imported_and_entered_names(tmp_path: Path, db: sqlite_utils.Database,
                                                              counter: Counter) -> None:
    assert clean_text("An\x00na\u202e Nagy\x1b\x7f\u0085 ") == "Anna Nagy"
    assert clean_text("علی\u200c رضا") == "علی\u200c رضا"  # the Persian zero-width non-joiner stays
    source = tmp_path / "customers.csv"
    source.write_text("customer,name,phone\nK1,\"Bea\x00 B\x1bodo\",+36\x07 1 222 3333\n", encoding="utf-8")
    import_customers(db, source, counter)
    assert db.execute("SELECT name, phone FROM customers").fetchone() == ("Bea Bodo", "+36 1 222 3333")
    enrolled = counter.enrol("Cili\x00 Cukor\u202e", phone="\x1b+36 1 333 4444").customer
    assert (enrolled.name, enrolled.phone) == ("Cili Cukor", "+36 1 333 4444")
    counter.update_profile(enrolled.id, name="Cili\x08 Kis")
    assert counter.customer(enrolled.id).name == "Cili Kis"


def test_safe_text_neutralises_each_formula_start_and_drops_control_characters() -> None:
    typed = ['=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
             "\t=Tab", "Anna\x00 Rossi\x1b[31m"]
    assert [safe_text(text) for text in typed] == [
        '\'=HYPERLINK("http://evil.example","click")', "'+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1:A9)",
        "'=Tab", "Anna Rossi[31m"]
    assert safe_text("Zsófia Őrsi") == "Zsófia Őrsi"


def test_a_customer_list_is_private_also_over_a_file_that_was_readable_by_all(tmp_path: Path) -> None:
    import stat

    path = tmp_path / "list.csv"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o644)
    write_customers(path, [_row("Anna Nagy", "+36 30 111", "a@x.hu")])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and "Anna Nagy" in path.read_text(encoding="utf-8-sig")

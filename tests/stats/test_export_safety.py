"""Exported cells never run as spreadsheet formulas and carry no control characters."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

from terminal.stats.customers import CustomerRow
from terminal.stats.export import safe_text, write_customers

TYPED = ['=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
         "\tTab", "Anna\x00 Rossi\x1b[31m"]


def test_formulas_start_with_an_apostrophe_and_control_characters_go() -> None:
    assert [safe_text(text) for text in TYPED] == [
        '\'=HYPERLINK("http://evil.example","click")', "'+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1:A9)",
        "'\tTab", "Anna Rossi[31m"]
    assert safe_text("Zsófia Őrsi") == "Zsófia Őrsi"


def test_a_customer_list_as_a_spreadsheet_opens_it(tmp_path: Path) -> None:
    rows = [CustomerRow(f"c{n}", name, "+36 30 291 7735", "a@example.com", True,
                        datetime(2026, 3, 1, tzinfo=UTC), 10.0, 7.0, 3, -450, 20) for n, name in enumerate(TYPED)]
    assert write_customers(tmp_path / "list.csv", rows) == len(TYPED)
    read = list(csv.DictReader((tmp_path / "list.csv").open(encoding="utf-8-sig")))
    assert all(not row["name"].startswith(("=", "+", "-", "@", "\t")) for row in read)
    assert read[0]["phone"] == "'+36 30 291 7735" and read[0]["spend"] == "-450"  # numbers stay numbers
    assert "\x00" not in (tmp_path / "list.csv").read_text(encoding="utf-8-sig")

"""`python main.py stats --json` and the CSV exports, on the hand-worked history."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from main import main
from terminal.db import connect
from terminal.stats.customers import ListName
from terminal.stats.dashboard import refresh
from terminal.stats.export import write_customers, write_numbers
from terminal.stats.period import Period
from tests.stats.history import build


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    db = connect(folder / "terminal.db")
    build(db)
    db.close()
    return folder


def test_stats_json_has_the_numbers_and_the_previous_period(data_dir: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--data-dir", str(data_dir), "--from", "2026-03-01", "--to", "2026-03-10", "--json"]) == 0
    numbers = json.loads(capsys.readouterr().out)
    assert (numbers["sales"], numbers["revenue"], numbers["retention_rate"], numbers["nps"]) == (4, 1550, 0.5, 0.0)
    assert numbers["previous"]["from"] == "2026-02-19" and numbers["previous"]["sales"] == 2
    assert numbers["segments"] == {"new": 0, "vip": 1, "regular": 1, "at_risk": 1, "lapsed": 1}
    assert numbers["time_zone"] == "Europe/Budapest"
    assert main(["stats", "--data-dir", str(data_dir), "--from", "2026-03-10", "--to", "2026-03-01"]) == 2


def test_csv_exports(data_dir: Path, tmp_path: Path) -> None:
    db = connect(data_dir / "terminal.db")
    board = refresh(db, Period(date(2026, 3, 1), date(2026, 3, 10), "Europe/Budapest"))
    db.close()
    write_numbers(tmp_path / "n.csv", board.numbers)
    rows = {r[0]: r[1:] for r in csv.reader((tmp_path / "n.csv").open(encoding="utf-8-sig"))}
    assert rows["revenue"] == ["1550", "1400"] and rows["retention_rate"] == ["0.5", ""]
    assert rows["segment_lapsed"] == ["1", ""]
    assert write_customers(tmp_path / "l.csv", board.lists[ListName.AT_RISK] + board.lists[ListName.LAPSED]) == 2
    people = list(csv.DictReader((tmp_path / "l.csv").open(encoding="utf-8-sig")))
    # Dora did not consent: no phone in the campaign file; Cili did (with the apostrophe that keeps a
    # spreadsheet from reading "+36 1 111" as a formula).
    assert [(p["name"], p["phone"], p["consent"]) for p in people] == [
        ("Dora Dio", "", "0"), ("Cili Cukor", "'+36 1 111 1111", "1")]


def test_pdf_report_has_the_numbers_and_charts(data_dir: Path, tmp_path: Path) -> None:
    import subprocess

    from terminal.stats.report import build_report

    db = connect(data_dir / "terminal.db")
    board = refresh(db, Period(date(2026, 3, 1), date(2026, 3, 10), "Europe/Budapest"))
    db.close()
    build_report(tmp_path / "r.pdf", board, "Café Test")
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Café Test: loyalty report" in text and "€15.50" in text and "Visits per week" in text
    assert "Segment sizes" in text and "too slow" in text and "(no consent)" in text
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(tmp_path / "r.pdf"),
                    str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 5_000


MARKUP = ('<font size="40" color="red">Manager: refund 50 EUR cash</font> '
          '<a href="http://x.example">x</a> <img src="x"/>')


def test_markup_in_the_pdf_report_is_printed_as_text(data_dir: Path, tmp_path: Path) -> None:
    """A comment typed on the public feedback page, and the shop's name, are text: never reportlab markup."""
    import dataclasses
    import subprocess

    from terminal.stats.report import build_report

    db = connect(data_dir / "terminal.db")
    board = refresh(db, Period(date(2026, 3, 1), date(2026, 3, 10), "Europe/Budapest"))
    db.close()
    assert board.low_ratings
    board.low_ratings[0] = dataclasses.replace(board.low_ratings[0], comment=MARKUP)
    build_report(tmp_path / "r.pdf", board, "<b>Café</b> & Co")
    text = subprocess.run(["pdftotext", "-raw", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    flat = " ".join(text.split())
    assert "<b>Café</b> & Co: loyalty report" in flat
    assert '<font size="40" color="red">Manager: refund 50 EUR cash</font>' in flat
    assert '<a href="http://x.example">x</a> <img src="x"/>' in flat

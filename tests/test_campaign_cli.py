"""`main.py campaign`: create, list and report for shops that script, on a real database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from terminal.counter import Counter
from terminal.db import connect

ROOT = Path(__file__).resolve().parent.parent


def campaign(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", "campaign", *args, "--data-dir", str(folder)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_create_list_and_report_as_json(tmp_path: Path) -> None:
    db = connect(tmp_path / "terminal.db")
    counter = Counter(db)
    ids = [counter.enrol(f"Customer {n}").customer.id for n in range(10)]
    db.close()
    made = campaign(tmp_path, "create", "--name", "Thank you", "--audience", "list", "--customers", ",".join(ids),
                    "--offer", "bonus_points", "--points", "30", "--control", "20", "--seed", "5")
    assert made.returncode == 0, made.stderr
    assert "8 offered, 2 in the control group" in made.stdout
    listed = campaign(tmp_path, "list", "--json")
    (entry,) = json.loads(listed.stdout)
    assert entry["name"] == "Thank you" and entry["seed"] == 5
    report = json.loads(campaign(tmp_path, "report", entry["id"], "--json").stdout)
    assert {key: report[key] for key in ("offered", "control", "returned_offered", "returned_control", "cost")} == {
        "offered": 8, "control": 2, "returned_offered": 0, "returned_control": 0, "cost": 0}
    assert report["lift"] == {"value": 0.0, "low": report["lift"]["low"], "high": report["lift"]["high"],
                              "within_noise": True}
    assert {"revenue_offered", "revenue_control"} <= set(report)


def test_a_bad_campaign_is_refused_in_words(tmp_path: Path) -> None:
    connect(tmp_path / "terminal.db").close()
    refused = campaign(tmp_path, "create", "--name", "Nobody", "--audience", "lapsed", "--offer", "bonus_points",
                       "--points", "10")
    assert refused.returncode == 1
    assert "campaign refused: no audience" in refused.stderr
    unknown = campaign(tmp_path, "report", "c-nope")
    assert unknown.returncode == 1 and "unknown campaign" in unknown.stderr


def test_contacts_are_the_consented_members_of_the_offered_group(tmp_path: Path) -> None:
    db = connect(tmp_path / "terminal.db")
    counter = Counter(db)
    asked = counter.enrol("=Anna Rossi", phone="+36 30 291 7735", consent=True).customer.id
    silent = counter.enrol("Bela Nagy", phone="+36 30 291 7736", consent=False).customer.id
    db.close()
    made = campaign(tmp_path, "create", "--name", "Thanks", "--audience", "list", "--customers", f"{asked},{silent}",
                    "--offer", "bonus_points", "--points", "30", "--control", "0")
    assert made.returncode == 0, made.stderr
    (entry,) = json.loads(campaign(tmp_path, "list", "--json").stdout)
    out = tmp_path / "offers.csv"
    done = campaign(tmp_path, "contacts", entry["id"], str(out))
    assert "1 consented contacts of 2 offered" in done.stdout
    import csv

    (row,) = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert row["name"] == "'=Anna Rossi" and row["phone"].startswith("'+36") and row["offer"] == "30 bonus points"
    assert out.stat().st_mode & 0o777 == 0o600  # phones and e-mails: readable by this user only
    refused = campaign(tmp_path, "contacts", entry["id"], str(tmp_path / "no-such-folder" / "offers.csv"))
    assert refused.returncode == 1 and "nothing was written" in refused.stderr
    assert not (tmp_path / "no-such-folder").exists()

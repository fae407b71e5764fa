from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import main
from terminal.counter import Counter
from terminal.db import connect

ROOT = Path(__file__).resolve().parent.parent


def test_every_sub_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    names = [module.NAME for module in main.command_modules()]
    assert {"demo", "screenshot"} <= set(names)
    for name in names:
        with pytest.raises(SystemExit) as done:
            main.main([name, "--help"])
        assert done.value.code == 0
        assert "--data-dir" in capsys.readouterr().out


def test_demo_fills_an_empty_folder_and_refuses_a_used_one(tmp_path: Path) -> None:
    assert main.main(["demo", "--data-dir", str(tmp_path), "--customers", "40", "--months", "2"]) == 0
    db = connect(tmp_path / "terminal.db")
    counter = Counter(db)
    assert db.execute("SELECT COUNT(*) FROM customers").fetchone()[0] == 40
    assert db.execute("SELECT COUNT(*) FROM events WHERE kind = 'sale'").fetchone()[0] > 100
    assert db.execute("SELECT COUNT(*) FROM events WHERE kind = 'rating'").fetchone()[0] > 0
    assert counter.shop().name == "Café Demo"
    assert db.execute("SELECT COUNT(*) FROM marks").fetchone()[0] >= 2, "two months hold a mark every four weeks"
    db.close()
    assert main.main(["demo", "--data-dir", str(tmp_path)]) == 2


def test_screenshot_of_the_cashier_view_is_written(tmp_path: Path) -> None:
    main.main(["demo", "--data-dir", str(tmp_path / "data"), "--customers", "30", "--months", "2"])
    out = tmp_path / "cashier.png"
    result = subprocess.run([sys.executable, "main.py", "screenshot", "cashier", str(out), "--data-dir",
                             str(tmp_path / "data"), "--size", "1024x600"], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 600)

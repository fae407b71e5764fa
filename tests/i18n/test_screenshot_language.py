"""`main.py screenshot VIEW OUT.png --lang LANG` renders each view in the language asked for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def test_settings_view_in_persian_and_cashier_in_lithuanian(tmp_path: Path, built_translations) -> None:
    data = tmp_path / "data"
    subprocess.run([sys.executable, "main.py", "demo", "--data-dir", str(data), "--customers", "20", "--months", "1"],
                   cwd=ROOT, check=True, capture_output=True, timeout=120)
    for view, language in (("settings", "fa"), ("cashier", "lt")):
        out = tmp_path / f"{view}-{language}.png"
        result = subprocess.run([sys.executable, "main.py", "screenshot", view, str(out), "--data-dir", str(data),
                                 "--lang", language, "--size", "1280x800"],
                                cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert QImage(str(out)).size().toTuple() == (1280, 800)
    refused = subprocess.run([sys.executable, "main.py", "screenshot", "cashier", str(tmp_path / "x.png"),
                              "--data-dir", str(data), "--lang", "xx"], cwd=ROOT, capture_output=True, text=True)
    assert refused.returncode == 2 and "invalid choice" in refused.stderr

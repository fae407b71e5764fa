"""The house rules that a reviewer would otherwise have to remember."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_the_domain_never_imports_qt() -> None:
    offenders = [p for p in (ROOT / "terminal").rglob("*.py") if {"PySide6", "ui"} & _imports(p)]
    assert offenders == []


SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b", re.IGNORECASE)


def test_the_ui_writes_no_sql() -> None:
    offenders = [str(p) for p in (ROOT / "ui").rglob("*.py") if SQL.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """import-linter's contracts from pyproject.toml, over the packages under ``root``."""
    return subprocess.run([str(Path(sys.executable).with_name("lint-imports")), "--no-cache"], cwd=root,
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(root)})


def test_the_import_contracts_hold() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_contracts_catch_qt_reached_through_a_helper(tmp_path: Path) -> None:
    """A copy of the tree where a domain module imports PySide6 only through a helper module."""
    for name in ("terminal", "ui"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    (tmp_path / "terminal" / "colours.py").write_text("from PySide6.QtGui import QColor\n", encoding="utf-8")
    shop = tmp_path / "terminal" / "shop.py"
    shop.write_text("import terminal.colours\n" + shop.read_text(encoding="utf-8"), encoding="utf-8")
    result = _lint_imports(tmp_path)
    assert result.returncode != 0
    assert "The domain never imports Qt or the UI" in result.stdout and "BROKEN" in result.stdout

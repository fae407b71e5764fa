"""The house rules that a reviewer would otherwise have to remember."""

from __future__ import annotations

import ast
import re
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

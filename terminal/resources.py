"""Files shipped with the program (fonts, icons, style sheets), found the same way frozen and unfrozen.

Unfrozen, ``resources/`` sits next to the ``terminal`` package at the project root. Frozen by
PyInstaller, the spec copies that folder into the bundle, whose root is ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path


class MissingResource(FileNotFoundError):
    """A file the program ships with is not there: a broken installation, not a user error."""


def resources_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    base = Path(bundle) if bundle else Path(__file__).resolve().parent.parent
    return base / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    path = resources_root().joinpath(*parts)
    if not path.is_file():
        raise MissingResource(str(path))
    return path


def read_bytes(*parts: str) -> bytes:
    return resource_path(*parts).read_bytes()

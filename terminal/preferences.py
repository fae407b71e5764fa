"""Terminal preferences (this machine's camera, printer, language, screens): typed, with defaults.

Business rules live in the database, where they sync; these stay with the machine. One JSON file in
the data folder holds a section per area (``"camera"``, ``"printing"``, ``"sync"``, ``"ui"``...);
each area declares a dataclass and reads and writes only its own section.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import threading
from pathlib import Path
from typing import Any, TypeVar

from terminal.paths import write_private

log = logging.getLogger("config")
T = TypeVar("T")
_lock = threading.Lock()


def load_section(path: Path, section: str, kind: type[T]) -> T:
    """The section as a `kind` dataclass; unknown keys are ignored and missing ones take defaults."""
    data = _read(path).get(section, {})
    fields = {f.name for f in dataclasses.fields(kind)}  # type: ignore[arg-type]
    try:
        return kind(**{k: v for k, v in data.items() if k in fields})
    except (TypeError, ValueError):
        log.warning("preferences section %r is damaged; using defaults", section)
        return kind()


def save_section(path: Path, section: str, value: Any) -> None:
    """Replace one section, leaving the others as they are; written atomically."""
    with _lock:
        data = _read(path)
        data[section] = dataclasses.asdict(value)
        tmp = path.with_suffix(".tmp")
        write_private(tmp, json.dumps(data, indent=2, sort_keys=True).encode("utf-8"))  # the hub token is here
        os.replace(tmp, path)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("preferences file %s is unreadable; using defaults", path)
        return {}
    return data if isinstance(data, dict) else {}


@dataclasses.dataclass
class UiPreferences:
    language: str = ""  # this terminal's screens; "" follows the shop's language
    quick_amounts: tuple[int, ...] | list[int] = (250, 350, 500, 1000)  # minor units
    owner_idle_minutes: int = 5

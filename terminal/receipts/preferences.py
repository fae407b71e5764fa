"""This terminal's printer preferences: typed, with defaults, kept under "printing" in preferences.json.

Other areas keep their own keys in the same file, so saving rewrites only ours and keeps the rest;
the file is replaced atomically so a crash never leaves half a file.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from terminal.paths import preferences_path

log = logging.getLogger("print")
SECTION = "printing"
ROLL_WIDTHS = (80, 58)


@dataclass(frozen=True)
class PrinterPreferences:
    printer_name: str = ""  # "" = the system's default printer
    roll_width_mm: int = 80
    auto_print: bool = False  # print the receipt as soon as a sale is recorded
    last_receipt_no: str = ""  # for "reprint last receipt", also after a restart

    def __post_init__(self) -> None:
        if self.roll_width_mm not in ROLL_WIDTHS:
            object.__setattr__(self, "roll_width_mm", 80)

    @classmethod
    def from_json(cls, data: Any) -> PrinterPreferences:
        if not isinstance(data, dict):
            return cls()
        defaults = cls()
        known = {}
        for spec in fields(cls):
            default = getattr(defaults, spec.name)
            value = data.get(spec.name, default)
            # A hand-edited file with a wrong type falls back to the default, field by field.
            known[spec.name] = value if type(value) is type(default) else default
        return replace(defaults, **known)


def load_preferences(folder: Path) -> PrinterPreferences:
    return PrinterPreferences.from_json(_read(preferences_path(folder)).get(SECTION))


def save_preferences(folder: Path, preferences: PrinterPreferences) -> None:
    path = preferences_path(folder)
    document = _read(path)
    document[SECTION] = asdict(preferences)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".preferences-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(document, stream, indent=2, ensure_ascii=False, sort_keys=True)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _read(path: Path) -> dict[str, Any]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("preferences file %s unreadable (%s); using defaults", path, exc)
        return {}
    return document if isinstance(document, dict) else {}

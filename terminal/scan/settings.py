"""The terminal's camera preferences: typed, with defaults, kept under "camera" in preferences.json.

Other areas keep their own keys in the same file, so saving reads the file again and replaces only
"camera". A missing or damaged file gives the defaults; unknown keys are ignored, wrong types dropped.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from terminal.paths import preferences_path

log = logging.getLogger("scan")
KEY = "camera"


@dataclass(frozen=True)
class CameraSettings:
    source: str = "0"  # a webcam index, or the path of a video file or folder of images
    width: int = 1280
    height: int = 720
    mirror: bool = True  # the preview like a mirror, as people expect when they hold up a card
    debounce_seconds: float = 3.0  # the same code again within this is the same scan
    enabled: bool = True

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CameraSettings:
        defaults = cls()
        values = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            value, default = data[f.name], getattr(defaults, f.name)
            if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if type(value) is type(default):
                values[f.name] = value
            else:
                log.warning("camera setting %s ignored: %r is not a %s", f.name, value, type(default).__name__)
        return replace(defaults, **values)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _read_all(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("preferences unreadable, using defaults: %s", exc)
        return {}
    return data if isinstance(data, dict) else {}


def load(folder: Path) -> CameraSettings:
    section = _read_all(preferences_path(folder)).get(KEY)
    return CameraSettings.from_json(section) if isinstance(section, dict) else CameraSettings()


def save(folder: Path, settings: CameraSettings) -> None:
    path = preferences_path(folder)
    data = _read_all(path)
    data[KEY] = settings.to_json()
    temporary = path.with_suffix(".json.tmp")
    temporary.write_text(json.dumps(data, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(temporary, path)  # never a half-written file if the power goes

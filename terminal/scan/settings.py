"""The terminal's camera preferences: typed, with defaults, kept under "camera" in preferences.json.

Other areas keep their own keys in the same file, so saving reads the file again and replaces only
"camera". A missing or damaged file gives the defaults; unknown keys are ignored, wrong types dropped.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from terminal.paths import preferences_path
from terminal.preferences import save_section

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
    """Replaces the "camera" section only, atomically (the shared preferences writer)."""
    save_section(preferences_path(folder), KEY, settings)


def startup_settings(folder: Path, camera: str | None = None, demo: bool = False) -> CameraSettings:
    """The settings the terminal starts with: ``--camera`` wins; the demo films its cards if no webcam is there."""
    chosen = load(folder)
    if camera:
        return replace(chosen, source=camera, enabled=True)
    from terminal.scan.sources import camera_present

    if demo and not camera_present(chosen.source):
        from terminal.scan.demo_camera import demo_video

        return replace(chosen, source=str(demo_video(folder)), enabled=True)
    return chosen

import json
from pathlib import Path

from terminal.paths import preferences_path
from terminal.scan import settings
from terminal.scan.settings import CameraSettings


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert settings.load(tmp_path) == CameraSettings()


def test_saved_settings_load_back_and_other_areas_keys_survive(tmp_path: Path) -> None:
    preferences_path(tmp_path).write_text(json.dumps({"printer": {"name": "TM-T20"}}), encoding="utf-8")
    chosen = CameraSettings(source="/videos/counter.mp4", width=640, height=480, mirror=False, debounce_seconds=1.5)
    settings.save(tmp_path, chosen)
    assert settings.load(tmp_path) == chosen
    stored = json.loads(preferences_path(tmp_path).read_text(encoding="utf-8"))
    assert stored["printer"] == {"name": "TM-T20"}
    assert stored["camera"]["source"] == "/videos/counter.mp4"


def test_damaged_file_and_wrong_types_fall_back_to_defaults(tmp_path: Path) -> None:
    preferences_path(tmp_path).write_text("{not json", encoding="utf-8")
    assert settings.load(tmp_path) == CameraSettings()
    preferences_path(tmp_path).write_text(json.dumps({"camera": {"width": "wide", "mirror": False,
                                                                 "debounce_seconds": 2, "colour": "red"}}))
    loaded = settings.load(tmp_path)
    assert loaded == CameraSettings(mirror=False, debounce_seconds=2.0)

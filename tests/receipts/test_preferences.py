"""Printer preferences: typed, defaulted, stored under "printing" without disturbing other keys."""

from __future__ import annotations

import json
from pathlib import Path

from terminal.paths import preferences_path
from terminal.receipts.preferences import PrinterPreferences, load_preferences, save_preferences


def test_defaults_when_there_is_no_file(tmp_path: Path):
    assert load_preferences(tmp_path) == PrinterPreferences()


def test_round_trip_keeps_the_other_areas_keys(tmp_path: Path):
    preferences_path(tmp_path).write_text(json.dumps({"camera": {"index": 2}}), encoding="utf-8")
    chosen = PrinterPreferences(printer_name="TM-T20", roll_width_mm=58, auto_print=True)
    save_preferences(tmp_path, chosen)
    assert load_preferences(tmp_path) == chosen
    document = json.loads(preferences_path(tmp_path).read_text(encoding="utf-8"))
    assert document["camera"] == {"index": 2}
    assert document["printing"]["printer_name"] == "TM-T20"


def test_a_broken_or_hand_mangled_file_falls_back_to_defaults(tmp_path: Path):
    path = preferences_path(tmp_path)
    path.write_text("{not json", encoding="utf-8")
    assert load_preferences(tmp_path) == PrinterPreferences()
    path.write_text(json.dumps({"printing": {"roll_width_mm": 75, "auto_print": "yes", "printer_name": "P"}}),
                    encoding="utf-8")
    assert load_preferences(tmp_path) == PrinterPreferences(printer_name="P")

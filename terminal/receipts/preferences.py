"""This terminal's printer preferences: the "printing" section of preferences.json (terminal.preferences)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from terminal.paths import preferences_path
from terminal.preferences import load_section, save_section

SECTION = "printing"
ROLL_WIDTHS = (80, 58)


@dataclasses.dataclass(frozen=True)
class PrinterPreferences:
    printer_name: str = ""  # "" = the system's default printer
    roll_width_mm: int = 80
    auto_print: bool = False  # print the receipt as soon as a sale is recorded

    def __post_init__(self) -> None:
        # A hand-edited file with a wrong type or an unknown width falls back to the default, field by field.
        for spec in dataclasses.fields(self):
            if type(getattr(self, spec.name)) is not type(spec.default):
                object.__setattr__(self, spec.name, spec.default)
        if self.roll_width_mm not in ROLL_WIDTHS:
            object.__setattr__(self, "roll_width_mm", 80)


def load_preferences(folder: Path) -> PrinterPreferences:
    return load_section(preferences_path(folder), SECTION, PrinterPreferences)


def save_preferences(folder: Path, preferences: PrinterPreferences) -> None:
    save_section(preferences_path(folder), SECTION, preferences)

"""Where the terminal keeps its files: one data folder, overridable for tests and demos."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "LoyaltyTerminal"
DATA_DIR_ENV = "LOYALTY_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: the flag, else the environment variable, else the platform's user-data folder."""
    chosen = override or os.environ.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME, appauthor=False)
    path = Path(chosen).expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path(folder: Path) -> Path:
    return folder / "terminal.db"


def backups_dir(folder: Path, create: bool = True) -> Path:
    path = folder / "backups"
    if create:
        path.mkdir(exist_ok=True)
    return path


def logs_dir(folder: Path) -> Path:
    path = folder / "logs"
    path.mkdir(exist_ok=True)
    return path


def preferences_path(folder: Path) -> Path:
    return folder / "preferences.json"

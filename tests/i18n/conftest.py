from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def built_translations() -> list[Path]:
    """The .qm files the app loads, compiled from the committed .ts sources (as scripts/setup.sh does)."""
    spec = importlib.util.spec_from_file_location("build_translations", ROOT / "scripts" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.build()


@pytest.fixture
def english_after(qapp: object) -> Iterator[None]:
    """Tests that switch the language leave the application in English for the next test."""
    from ui import i18n
    from ui.customer.speech import speech

    yield
    speech.customer_language = None
    i18n.apply("en")

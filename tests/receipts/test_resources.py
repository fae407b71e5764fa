"""Shipped files load the same way from the source tree and from a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from terminal import resources


def test_fonts_and_their_licence_ship_in_resources():
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansMono.ttf"):
        assert resources.resource_path("fonts", name).stat().st_size > 100_000
    assert "Bitstream" in resources.resource_path("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")


def test_frozen_build_reads_from_the_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("fonts", "DejaVuSans.ttf") == tmp_path / "resources" / "fonts" / "DejaVuSans.ttf"

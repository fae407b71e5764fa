"""Real test material for scanning: rendered cards, a folder of images, a video of cards shown to a camera."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from terminal.scan import render
from terminal.scan.demo_video import Showing, write_video
from terminal.scan.model import Frame
from terminal.scan.sources import SourceLost, SourceUnavailable

CARD_A = render.code_from_int(0x0F1E_2D3C_4B5A_6978_8796_A5B4_C3D2_E1F0)
CARD_B = render.code_from_int(0x1111_2222_3333_4444_5555_6666_7777_8888)
CARD_C = render.code_from_int(0xDEAD_BEEF_0BAD_F00D_1234_5678_9ABC_DEF0)
FOREIGN = "https://example.com/menu?table=4"
GARBLED = CARD_B[:-1] + ("0" if CARD_B[-1] != "0" else "1")  # our format, a wrong check character

# (showing, gap after it): A twice within the window, A again after it, then B, C, B at once.
SHOWINGS = [Showing(CARD_A, hold=0.8, gap=0.4), Showing(CARD_A, hold=0.8, gap=4.0),
            Showing(CARD_A, hold=0.8, gap=0.3), Showing(CARD_B, hold=0.8, gap=0.3),
            Showing(CARD_C, hold=0.8, gap=0.3, phone=True), Showing(CARD_B, hold=0.8, gap=0.3),
            Showing(FOREIGN, hold=0.8, gap=0.3), Showing(GARBLED, hold=0.8, gap=0.3)]


def code_frame(text: str, size: tuple[int, int] = (640, 480), at: tuple[int, int] = (200, 120),
               module: int = 5) -> np.ndarray:
    """A grey frame with one flat code in it, its top-left corner (quiet zone included) at ``at``."""
    frame = np.full((size[1], size[0]), 120, np.uint8)
    code = render.qr_image(text, module)
    frame[at[1]:at[1] + code.shape[0], at[0]:at[0] + code.shape[1]] = code
    return frame


class FlakySource:
    """A camera that is unplugged after two frames, cannot be opened once, then works again."""

    live = True
    fps = 15.0
    description = "flaky camera"

    def __init__(self, script: list[str], texts: list[str]) -> None:
        self.script, self.texts, self.read_count = script, texts, 0

    def open(self) -> None:
        if self.script.pop(0) == "absent":
            raise SourceUnavailable("unplugged")

    def read(self) -> Frame | None:
        if self.read_count == 2 and self.script and self.script[0] == "lose":
            self.script.pop(0)
            raise SourceLost("USB device gone")
        if not self.texts:
            return None
        self.read_count += 1
        return Frame(code_frame(self.texts.pop(0)), f"cam#{self.read_count}", self.read_count, self.read_count / 15)

    def close(self) -> None:
        pass


@pytest.fixture(scope="session")
def cards_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("video") / "cards.mp4"
    write_video(path, SHOWINGS, fps=10)
    return path


@pytest.fixture
def image_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "images"
    folder.mkdir()
    for name, text in (("1_card.png", CARD_A), ("2_empty.png", None), ("3_foreign.png", FOREIGN),
                       ("4_garbled.png", GARBLED)):
        image = code_frame(text) if text else np.full((480, 640), 120, np.uint8)
        cv2.imwrite(str(folder / name), image)
    return folder

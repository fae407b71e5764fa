"""A short video of codes shown to a camera: each card slides in, is held a moment, slides out.

The demo plays it when there is no webcam, and the tests use it as a camera that always does the
same thing. Moving cards get motion blur in the direction they move; every frame gets sensor noise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from terminal.scan import render

ENTER = 0.3  # seconds to slide in, and to slide out
EXPOSURE = 0.5  # of a frame's time the shutter is open: how long the motion smear is
MAX_SMEAR = 30  # pixels; longer smears look the same (unreadable) and cost much more to draw


@dataclass(frozen=True)
class Showing:
    text: str
    hold: float = 1.2  # seconds held in front of the camera
    gap: float = 1.0  # seconds of empty counter after it has gone
    phone: bool = False  # shown on a phone's screen instead of a printed card
    dark: bool = False  # the phone in dark mode: the code light on a dark screen
    title: str = "Corner Cafe"


def write_video(path: Path, showings: Sequence[Showing], fps: float = 15.0, size: tuple[int, int] = (640, 480),
                seed: int = 1, lead_in: float = 0.5) -> list[tuple[str, float, float]]:
    """Writes the video (MPEG-4) and returns each showing's text and the times it is held still."""
    rng = np.random.default_rng(seed)
    width, height = size
    background = cv2.GaussianBlur(render.scene(size, rng), (0, 0), 0.5)
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"mp4v"), fps, size)
    if not writer.isOpened():
        raise OSError(f"cannot write a video to {path}")
    held = []
    clock = 0.0
    # a few fields of sensor noise, taken in turn: fresh noise for every frame would be most of the work
    noise = [rng.normal(0, 3, (height, width, 3)).astype(np.int16) for _ in range(7)]

    def emit(image: np.ndarray, count: int = 1) -> None:
        nonlocal clock
        for _ in range(count):
            field = noise[round(clock * fps) % len(noise)]
            writer.write(np.clip(image.astype(np.int16) + field, 0, 255).astype(np.uint8))
            clock += 1 / fps

    try:
        emit(background, round(lead_in * fps))
        for showing in showings:
            module = max(3, round(min(width, height) * 0.36 / 33))
            if showing.phone and showing.dark:
                art = render.screen_art(render.qr_image(showing.text, module), dark=True, grid=3, rng=rng)
            elif showing.phone:
                art = render.phone_art(showing.text, module)
            else:
                art = render.card_art(showing.text, module, showing.title)
            art_w = art.image.shape[1] * (0.9 if showing.phone else 1.0) * min(width, height) / max(art.image.shape[:2])
            rest = (width * 0.5, height * 0.5)
            angle, tilt = rng.uniform(-12, 12), rng.uniform(-15, 15)
            steps = max(2, round(ENTER * fps))
            path_in = [(rest[0] + width * (1 - i / steps), rest[1]) for i in range(steps)]
            path_out = [(rest[0] - width * (i + 1) / steps, rest[1] + height * 0.2 * (i + 1) / steps)
                        for i in range(steps)]
            for centre in path_in:
                step = width / steps
                emit(_frame(background, art, centre, art_w, angle, tilt, step * EXPOSURE, 0.0))
            start = clock
            for i in range(max(1, round(showing.hold * fps))):
                jitter = (rest[0] + 4 * np.sin(i / 3), rest[1] + 3 * np.cos(i / 4))
                emit(_frame(background, art, jitter, art_w, angle + 0.3 * np.sin(i / 5), tilt, 0.0, 0.0))
            held.append((showing.text, start, clock))
            for centre in path_out:
                step = float(np.hypot(width, height * 0.2)) / steps
                emit(_frame(background, art, centre, art_w, angle, tilt, step * EXPOSURE, 191.0))
            emit(background, round(showing.gap * fps))
    finally:
        writer.release()
    return held


def _frame(background: np.ndarray, art: render.Art, centre: tuple[float, float], art_w: float, angle: float,
           tilt: float, smear: float, direction: float) -> np.ndarray:
    homography = render.pose_homography(art.image.shape[1::-1], centre, art_w, angle, tilt, tilt / 2)
    image, _ = render.compose(background, art, homography)
    return render.motion_blur(image, min(smear, MAX_SMEAR), direction) if smear >= 2 else image


def demo_showings(card_codes: Sequence[str], extra: Sequence[str] = ()) -> list[Showing]:
    """The demo's loop: each demo card, every other one on a phone (every fourth in dark mode), then any
    extra codes (a receipt's)."""
    showings = [Showing(code, hold=1.5, gap=2.0, phone=i % 2 == 1, dark=i % 4 == 3)
                for i, code in enumerate(card_codes)]
    showings += [Showing(text, hold=1.5, gap=2.0, title="Receipt") for text in extra]
    return showings

"""Makes resources/samples/card-photo.jpg, the card photo that ``main.py --self-test`` decodes.

A card with a fixed, valid code, held a little turned and tilted at a counter, with a camera's blur,
noise and JPEG compression; the code it shows is written beside it (card-photo.txt). Run it again only
to change the sample: ``.venv/bin/python scripts/make_sample_photo.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from terminal.scan import render

OUT = Path(__file__).resolve().parent.parent / "resources" / "samples"


def main() -> None:
    rng = np.random.default_rng(11)
    text = render.code_from_int(int.from_bytes(rng.bytes(16), "big"))
    art = render.card_art(text, module_px=8, title="Loyalty Terminal")
    size = (1280, 720)
    homography = render.pose_homography(art.image.shape[1::-1], (640, 380), 560, angle=-8, tilt_x=12, tilt_y=-9)
    image, corners = render.compose(render.scene(size, rng), art, homography)
    assert render.inside(corners, size)
    image = cv2.GaussianBlur(image, (0, 0), 1.1)
    image = render.sensor_noise(image, 4.0, rng)
    OUT.mkdir(parents=True, exist_ok=True)
    cv2.imwrite(str(OUT / "card-photo.jpg"), image, [cv2.IMWRITE_JPEG_QUALITY, 82])
    (OUT / "card-photo.txt").write_text(text + "\n", encoding="utf-8")
    print(f"wrote {OUT / 'card-photo.jpg'} showing {text}")


if __name__ == "__main__":
    main()

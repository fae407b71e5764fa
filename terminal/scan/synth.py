"""A synthetic, reproducible set of camera frames showing real card codes, by kind of difficulty.

Each kind stresses one thing a counter camera meets (a code turned up to 45°, tilted, moving, out
of focus, noisy, dim, under a lamp's glare, far away, on a phone's screen); every frame also has a
little of the ordinary: a slight turn and tilt, optics blur and sensor noise. Half the frames are
640×480, half 1280×720. ``write_set`` saves PNGs and a manifest for ``python main.py scan``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from terminal.scan import render

KINDS = ("rotation", "perspective", "motion_blur", "focus_blur", "noise", "low_contrast", "glare", "small",
         "phone", "mixed")
SIZES = ((640, 480), (1280, 720))
MODULES = 33  # a version 2 code (25 modules, which an LT1 code needs at level M) and its quiet zone


@dataclass(frozen=True)
class Sample:
    image: np.ndarray  # BGR
    text: str
    kind: str
    name: str
    corners: np.ndarray  # where the code is, for the test of reported points


def sample(kind: str, index: int, seed: int = 1) -> Sample:
    rng = np.random.default_rng([seed, KINDS.index(kind), index])
    size = SIZES[index % 2]
    zoom = size[0] / 640
    text = render.code_from_int(int(rng.integers(0, 2**63)) << 65 | int(rng.integers(0, 2**63)))
    code_px = rng.uniform(66, 100) if kind == "small" else rng.uniform(110, 200)
    code_px *= zoom
    angle = rng.uniform(-45, 45) if kind in ("rotation", "mixed") else rng.uniform(-10, 10)
    tilt = 40 if kind == "perspective" else 25 if kind == "mixed" else 10
    tilt_x, tilt_y = rng.uniform(-tilt, tilt, 2)
    if kind == "perspective" and max(abs(tilt_x), abs(tilt_y)) < 20:
        tilt_x = 20 + rng.uniform(0, 20)  # at least one strong tilt
    module_px = max(2, int(np.ceil(code_px / MODULES)))
    if kind == "phone":
        art = render.phone_art(text, module_px, int(rng.uniform(160, 230)))
    else:
        art = render.card_art(text, module_px)
    art_w = art.image.shape[1] * code_px / (art.code_corners[1, 0] - art.code_corners[0, 0])
    background = render.scene(size, rng)
    for _ in range(50):  # a pose that keeps the whole code in the frame
        centre = (rng.uniform(0.3, 0.7) * size[0], rng.uniform(0.3, 0.7) * size[1])
        homography = render.pose_homography(art.image.shape[1::-1], centre, art_w, angle, tilt_x, tilt_y,
                                            focal=900 * zoom)
        image, corners = render.compose(background, art, homography)
        if render.inside(corners, size):
            break
    image = _degrade(image, kind, corners, code_px / MODULES, rng)
    return Sample(image, text, kind, f"{kind}_{index:03d}", corners)


def _degrade(image: np.ndarray, kind: str, corners: np.ndarray, module: float, rng: np.random.Generator) -> np.ndarray:
    image = cv2.GaussianBlur(image, (0, 0), 0.5)  # every lens
    if kind in ("motion_blur", "mixed"):
        length = module * (rng.uniform(0.5, 1.5) if kind == "motion_blur" else 0.5)
        image = render.motion_blur(image, max(2.0, length), rng.uniform(0, 180))
    if kind == "focus_blur":
        image = cv2.GaussianBlur(image, (0, 0), module * rng.uniform(0.3, 0.6))
    if kind in ("low_contrast", "mixed"):
        keep = rng.uniform(0.2, 0.4) if kind == "low_contrast" else 0.6
        image = render.low_contrast(image, keep, 128 * (1 - keep) + rng.uniform(-30, 30))
    if kind == "glare":
        side = float(np.linalg.norm(corners[1] - corners[0]))
        weights = rng.dirichlet(np.ones(4))
        spot = tuple((weights @ corners).tolist())
        image = render.glare(image, spot, side * rng.uniform(0.1, 0.25), rng.uniform(120, 260))
    if kind == "phone":
        side = float(np.linalg.norm(corners[1] - corners[0]))
        image = render.glare(image, tuple(corners[int(rng.integers(0, 4))].tolist()), side * 0.5, rng.uniform(30, 70))
    sigma = rng.uniform(12, 30) if kind == "noise" else 10 if kind == "mixed" else rng.uniform(2, 4)
    return render.sensor_noise(image, sigma, rng)


def samples(per_kind: int = 50, seed: int = 1, kinds: tuple[str, ...] = KINDS) -> Iterator[Sample]:
    for kind in kinds:
        for index in range(per_kind):
            yield sample(kind, index, seed)


def empty_frame(size: tuple[int, int], seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng([seed, 99])
    return render.sensor_noise(cv2.GaussianBlur(render.scene(size, rng), (0, 0), 0.5), 3, rng)


def write_set(folder: Path, per_kind: int = 50, seed: int = 1) -> dict[str, str]:
    """PNG files and ``manifest.json`` (file name -> the code's text) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest = {}
    for item in samples(per_kind, seed):
        name = f"{item.name}.png"
        cv2.imwrite(str(folder / name), item.image)
        manifest[name] = item.text
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest

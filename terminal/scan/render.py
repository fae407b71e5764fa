"""Drawing codes the way a camera sees them: cards and phones, posed in a scene by a perspective warp.

The synthetic test set (``synth``) and the demo video (``demo_video``) are made of these. Pure numpy
and OpenCV; deterministic for a given ``numpy.random.Generator``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np
import segno

from terminal import cards

QUIET = 4  # modules of white around the code, as printed
CARD_RATIO = 85.6 / 53.98  # CR80


def code_from_int(value: int) -> str:
    """A valid card code made from a number, so test material is the same on every run."""
    body = "".join(cards.ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(cards.BODY_LENGTH)))
    payload = cards.PREFIX + body
    return payload + cards.check_character(payload)


def qr_modules(text: str) -> np.ndarray:
    """The code's matrix with its quiet zone: 1 for dark modules."""
    matrix = np.array(segno.make(text, error="m", micro=False).matrix, dtype=np.uint8)
    return np.pad(matrix, QUIET)


def qr_image(text: str, module_px: int) -> np.ndarray:
    modules = qr_modules(text)
    return np.kron(255 - modules * 255, np.ones((module_px, module_px), dtype=np.uint8)).astype(np.uint8)


@dataclass(frozen=True)
class Art:
    """A flat picture of something holding a code, and where the code's corners are on it."""

    image: np.ndarray  # BGR
    code_corners: np.ndarray  # 4x2 float32: top-left, top-right, bottom-right, bottom-left


def card_art(text: str, module_px: int, title: str = "Corner Cafe",
             colour: tuple[int, int, int] = (60, 110, 200)) -> Art:
    code = qr_image(text, module_px)
    side = code.shape[0]
    height = int(side * 1.25)
    width = int(height * CARD_RATIO)
    card = np.full((height, width, 3), 250, np.uint8)
    card[: height // 7] = colour
    top, left = (height - side) // 2 + height // 14, height // 20
    card[top:top + side, left:left + side] = code[:, :, None]
    scale = height / 260
    cv2.putText(card, title.encode("ascii", "replace").decode(), (left + side + 10, int(height * 0.45)),
                cv2.FONT_HERSHEY_SIMPLEX, 0.8 * scale, (40, 40, 40), max(1, int(2 * scale)), cv2.LINE_AA)
    cv2.putText(card, "LOYALTY CARD", (left + side + 10, int(height * 0.62)), cv2.FONT_HERSHEY_SIMPLEX,
                0.55 * scale, colour, max(1, int(1.5 * scale)), cv2.LINE_AA)
    cv2.putText(card, text[-4:], (left + side + 10, int(height * 0.8)), cv2.FONT_HERSHEY_SIMPLEX,
                0.5 * scale, (90, 90, 90), 1, cv2.LINE_AA)
    corners = np.array([[left, top], [left + side, top], [left + side, top + side], [left, top + side]],
                       dtype=np.float32)
    return Art(card, corners)


def phone_art(text: str, module_px: int, brightness: int = 215) -> Art:
    """A phone showing the code: dark body, a dimmer screen with a visible pixel grid."""
    code = qr_image(text, module_px)
    side = code.shape[0]
    screen_w, screen_h = int(side * 1.3), int(side * 2.2)
    bezel = max(4, side // 12)
    phone = np.full((screen_h + 4 * bezel, screen_w + 2 * bezel, 3), 25, np.uint8)
    screen = np.full((screen_h, screen_w), 255, np.uint8)
    top, left = (screen_h - side) // 2, (screen_w - side) // 2
    screen[top:top + side, left:left + side] = code
    screen = (screen.astype(np.float32) * brightness / 255 + 12).clip(0, 255)  # an LCD's black is grey
    grid = np.ones(screen.shape, np.float32)
    grid[::3, :] *= 0.82  # sub-pixel rows: moiré once the picture is resampled
    grid[:, ::3] *= 0.88
    tinted = np.dstack([screen * grid * 1.0, screen * grid * 0.96, screen * grid * 0.9]).clip(0, 255)
    phone[2 * bezel:2 * bezel + screen_h, bezel:bezel + screen_w] = tinted.astype(np.uint8)
    x, y = bezel + left, 2 * bezel + top
    corners = np.array([[x, y], [x + side, y], [x + side, y + side], [x, y + side]], dtype=np.float32)
    return Art(phone, corners)


def screen_art(picture: np.ndarray, dark: bool, grid: int, rng: np.random.Generator,
               grid_depth: float = 0.18, code_corners: np.ndarray | None = None) -> Art:
    """A phone showing ``picture`` (a code image, or a card image with its code at ``code_corners``).

    ``dark``: the phone in dark mode shows the code light on dark. The screen has a visible pixel grid
    (every ``grid`` px, ``grid_depth`` darker), an LCD's grey black, its own white point and a bezel.
    """
    if picture.ndim == 3:
        picture = cv2.cvtColor(picture, cv2.COLOR_BGR2GRAY)
    if dark:
        picture = 255 - picture
    side_h, side_w = picture.shape
    if code_corners is None:
        code_corners = np.array([[0, 0], [side_w, 0], [side_w, side_h], [0, side_h]], dtype=np.float32)
        margin_x, margin_y = int(side_w * 0.15), int(side_h * 0.6)
    else:
        margin_x, margin_y = 0, 0
    screen_h, screen_w = side_h + 2 * margin_y, side_w + 2 * margin_x
    screen = np.full((screen_h, screen_w), 0 if dark else 255, np.uint8)
    screen[margin_y:margin_y + side_h, margin_x:margin_x + side_w] = picture
    white = rng.uniform(170, 235)
    black = rng.uniform(8, 25)
    level = screen.astype(np.float32) * (white - black) / 255 + black
    mask = np.ones_like(level)
    mask[::grid, :] *= 1 - grid_depth
    mask[:, ::grid] *= 1 - grid_depth * 0.7
    level *= mask
    tint = (1.0, 0.97, 0.9) if not dark else (0.95, 0.97, 1.0)
    tinted = np.dstack([level * t for t in tint]).clip(0, 255).astype(np.uint8)
    bezel = max(4, screen_w // 14)
    phone = np.full((screen_h + 4 * bezel, screen_w + 2 * bezel, 3), 22, np.uint8)
    phone[2 * bezel:2 * bezel + screen_h, bezel:bezel + screen_w] = tinted
    corners = code_corners + np.array([bezel + margin_x, 2 * bezel + margin_y], dtype=np.float32)
    return Art(phone, corners.astype(np.float32))


def scene(size: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
    """A plain counter: a lit gradient, a few objects, the camera's noise is added later."""
    width, height = size
    base = rng.uniform(70, 170)
    ramp = (np.linspace(-30, 30, width, dtype=np.float32)[None, :]
            + np.linspace(-20, 20, height, dtype=np.float32)[:, None])
    image = np.dstack([base + ramp + rng.uniform(-15, 15) for _ in range(3)]).clip(0, 255).astype(np.uint8)
    for _ in range(int(rng.integers(2, 6))):
        x, y = int(rng.integers(0, width)), int(rng.integers(0, height))
        w, h = int(rng.integers(width // 10, width // 3)), int(rng.integers(height // 10, height // 3))
        colour = tuple(int(c) for c in rng.integers(20, 235, 3))
        cv2.rectangle(image, (x, y), (x + w, y + h), colour, -1)
    return image


def pose_homography(art_size: tuple[int, int], centre: tuple[float, float], width_px: float, angle: float,
                    tilt_x: float = 0.0, tilt_y: float = 0.0, focal: float = 900.0) -> np.ndarray:
    """Where a flat picture lands when held at ``centre``, ``width_px`` wide, turned by ``angle`` degrees in
    the image plane and tilted by ``tilt_x``/``tilt_y`` degrees towards the camera (a pinhole model)."""
    w, h = art_size
    s = width_px / w
    pts = np.array([[-w / 2, -h / 2, 0], [w / 2, -h / 2, 0], [w / 2, h / 2, 0], [-w / 2, h / 2, 0]]) * s
    ax, ay, az = (math.radians(v) for v in (tilt_x, tilt_y, angle))
    rx = np.array([[1, 0, 0], [0, math.cos(ax), -math.sin(ax)], [0, math.sin(ax), math.cos(ax)]])
    ry = np.array([[math.cos(ay), 0, math.sin(ay)], [0, 1, 0], [-math.sin(ay), 0, math.cos(ay)]])
    rz = np.array([[math.cos(az), -math.sin(az), 0], [math.sin(az), math.cos(az), 0], [0, 0, 1]])
    moved = pts @ (rz @ ry @ rx).T
    depth = moved[:, 2:3] + focal
    projected = moved[:, :2] * focal / depth + np.array(centre)
    source = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    return cv2.getPerspectiveTransform(source, projected.astype(np.float32))


def compose(background: np.ndarray, art: Art, homography: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The background with the art warped onto it, and the code's corners in the result."""
    height, width = background.shape[:2]
    warped = cv2.warpPerspective(art.image, homography, (width, height), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full(art.image.shape[:2], 255, np.uint8), homography, (width, height))
    alpha = (mask.astype(np.float32) / 255)[:, :, None]
    out = (warped * alpha + background * (1 - alpha)).astype(np.uint8)
    corners = cv2.perspectiveTransform(art.code_corners[None], homography)[0]
    return out, corners


def inside(corners: np.ndarray, size: tuple[int, int], margin: float = 2.0) -> bool:
    width, height = size
    return bool((corners[:, 0] >= margin).all() and (corners[:, 0] <= width - margin).all()
                and (corners[:, 1] >= margin).all() and (corners[:, 1] <= height - margin).all())


def motion_blur(image: np.ndarray, length: float, angle: float) -> np.ndarray:
    size = max(3, math.ceil(length) | 1)
    kernel = np.zeros((size, size), np.float32)
    c = size // 2
    dx, dy = math.cos(math.radians(angle)) * length / 2, math.sin(math.radians(angle)) * length / 2
    cv2.line(kernel, (round(c - dx), round(c - dy)), (round(c + dx), round(c + dy)), 1.0, 1, cv2.LINE_AA)
    return cv2.filter2D(image, -1, kernel / kernel.sum())


def sensor_noise(image: np.ndarray, sigma: float, rng: np.random.Generator) -> np.ndarray:
    noise = rng.standard_normal(image.shape, dtype=np.float32) * sigma
    return (image.astype(np.float32) + noise).clip(0, 255).astype(np.uint8)


def glare(image: np.ndarray, centre: tuple[float, float], radius: float, strength: float) -> np.ndarray:
    """A specular highlight: a soft bright spot that washes out what is under it."""
    height, width = image.shape[:2]
    ys, xs = np.ogrid[:height, :width]
    spot = strength * np.exp(-(((xs - centre[0]) ** 2 + (ys - centre[1]) ** 2) / (2 * radius**2)))
    spot = spot.astype(np.float32)
    if image.ndim == 3:
        spot = spot[:, :, None]
    return (image.astype(np.float32) + spot).clip(0, 255).astype(np.uint8)


def low_contrast(image: np.ndarray, keep: float, offset: float) -> np.ndarray:
    return (image.astype(np.float32) * keep + offset).clip(0, 255).astype(np.uint8)

"""The hard cases a counter meets, as reproducible test sets with their expected texts.

``synth`` covers the ordinary difficulties (turns, tilt, blur, noise, glare). These are the cards
customers actually hold up that a tuned pipeline still misses: a phone in dark mode (light code on a
dark screen), a phone screen's pixel grid and reflections (moiré, glare), inverted prints, mirrored
cameras, codes small in the frame, worn and curved cards, the card image a customer saved on their
phone from the enrolment, and small stills (an image of 100 px or less, codes under 30 px).

Frame kinds are whole camera frames (half 640×480, half 1280×720), decoded like the camera loop does;
still kinds are small image files, decoded like ``python main.py scan`` does. Every sample is made
from a seed, so every run and every decoder sees the same images. ``empty_frames`` are hard frames
without a code (phone screens, print, fine texture): what the extra passes must stay cheap on.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

import cv2
import numpy as np

from terminal.scan import render
from terminal.scan.synth import MODULES, SIZES

FRAME_KINDS = ("dark_mode", "screen_moire", "inverted_print", "mirrored", "small_frame", "worn", "curved",
               "phone_card")
STILL_KINDS = ("tiny_still", "small_still")
KINDS = FRAME_KINDS + STILL_KINDS


@dataclass(frozen=True)
class Case:
    image: np.ndarray  # BGR
    text: str
    kind: str
    name: str

    @property
    def still(self) -> bool:
        return self.kind in STILL_KINDS


def case(kind: str, index: int, seed: int = 1) -> Case:
    rng = np.random.default_rng([seed, 1000 + KINDS.index(kind), index])
    text = render.code_from_int(int(rng.integers(0, 2**63)) << 65 | int(rng.integers(0, 2**63)))
    image = _still(kind, text, rng) if kind in STILL_KINDS else _frame(kind, text, SIZES[index % 2], rng)
    return Case(image, text, kind, f"{kind}_{index:03d}")


def cases(per_kind: int = 20, seed: int = 1, kinds: tuple[str, ...] = KINDS) -> Iterator[Case]:
    for kind in kinds:
        for index in range(per_kind):
            yield case(kind, index, seed)


# -- camera frames ------------------------------------------------------------------------------------

def _frame(kind: str, text: str, size: tuple[int, int], rng: np.random.Generator) -> np.ndarray:
    zoom = size[0] / 640
    code_px = (rng.uniform(36, 60) if kind == "small_frame" else rng.uniform(110, 190)) * zoom
    angle = rng.uniform(-180, 180) if kind == "mirrored" else rng.uniform(-25, 25)
    tilt_x, tilt_y = rng.uniform(-15, 15, 2)
    module_px = max(2, int(np.ceil(code_px / MODULES)))
    art = _art(kind, text, module_px, rng)
    art_w = art.image.shape[1] * code_px / float(np.linalg.norm(art.code_corners[1] - art.code_corners[0]))
    background = render.scene(size, rng)
    for _ in range(50):  # a pose that keeps the whole code in the frame
        centre = (rng.uniform(0.3, 0.7) * size[0], rng.uniform(0.3, 0.7) * size[1])
        homography = render.pose_homography(art.image.shape[1::-1], centre, art_w, angle, tilt_x, tilt_y,
                                            focal=900 * zoom)
        image, corners = render.compose(background, art, homography)
        if render.inside(corners, size):
            break
    image = cv2.GaussianBlur(image, (0, 0), 0.5)  # every lens
    side = float(np.linalg.norm(corners[1] - corners[0]))
    if kind in ("dark_mode", "screen_moire", "phone_card"):  # the screen's glass reflects the room
        spot = tuple((rng.dirichlet(np.ones(4)) @ corners).tolist())
        strength = rng.uniform(60, 140) if kind == "screen_moire" else rng.uniform(20, 60)
        image = render.glare(image, spot, side * rng.uniform(0.15, 0.3), strength)
    if kind == "mirrored":  # a front camera, or a preview mirrored for the customer
        image = np.ascontiguousarray(image[:, ::-1])
    return render.sensor_noise(image, rng.uniform(2, 5), rng)


def _art(kind: str, text: str, module_px: int, rng: np.random.Generator) -> render.Art:
    if kind == "dark_mode":
        return render.screen_art(render.qr_image(text, module_px), dark=True, grid=3, rng=rng)
    if kind == "screen_moire":
        # a big pixel grid: a screen held close, its sub-pixels resolved by the camera
        return render.screen_art(render.qr_image(text, module_px), dark=False, grid=int(rng.integers(2, 4)),
                                 rng=rng, grid_depth=rng.uniform(0.3, 0.5))
    if kind == "phone_card":
        from terminal.cards import parse_code
        from terminal.receipts.cards import CardFace
        from terminal.receipts.phone_card import phone_card_image

        face = CardFace(parse_code(text), "Corner Café", "Olena K.")
        card = phone_card_image(face, width=int(rng.choice([360, 540, 720])))
        return render.screen_art(card.image, dark=False, grid=3, rng=rng, code_corners=card.code_corners)
    if kind == "inverted_print":
        return inverted_card_art(text, module_px)
    if kind == "worn":
        return worn(render.card_art(text, module_px), module_px, rng)
    if kind == "curved":
        return curved(render.card_art(text, module_px), rng.uniform(0.55, 0.9))
    return render.card_art(text, module_px)


def inverted_card_art(text: str, module_px: int) -> render.Art:
    """A card printed light on dark: white modules on a dark brand colour (and no white quiet zone)."""
    art = render.card_art(text, module_px, colour=(200, 160, 60))
    image = art.image.copy()
    x0, y0 = art.code_corners[0].astype(int)
    x1, y1 = art.code_corners[2].astype(int)
    code = image[y0:y1, x0:x1].astype(np.float32)
    dark = np.array([70, 40, 30], np.float32)
    light = np.array([235, 240, 240], np.float32)
    share = code / 255  # 1 where the print was white
    image[y0:y1, x0:x1] = (light * (1 - share) + dark * share).astype(np.uint8)
    body = np.ones(image.shape[:2], bool)
    body[: image.shape[0] // 7] = False
    body[y0:y1, x0:x1] = False
    plain = body & (image.min(axis=2) > 200)
    image[plain] = dark.astype(np.uint8)
    return render.Art(image, art.code_corners)


def worn(art: render.Art, module_px: int, rng: np.random.Generator) -> render.Art:
    """Scratches, a faded rubbed patch, a stain and a crease: a card carried in a wallet for a year."""
    image = art.image.astype(np.float32)
    (x0, y0), (x1, y1) = art.code_corners[0], art.code_corners[2]
    side = x1 - x0
    for _ in range(int(rng.integers(4, 9))):  # scratches, light and dark
        start = rng.uniform([x0, y0], [x1, y1])
        direction = rng.uniform(0, math.pi)
        length = side * rng.uniform(0.2, 0.6)
        end = start + length * np.array([math.cos(direction), math.sin(direction)])
        colour = (235,) * 3 if rng.random() < 0.6 else (90,) * 3
        cv2.line(image, tuple(int(v) for v in start), tuple(int(v) for v in end), colour,
                 max(1, module_px // 3), cv2.LINE_AA)
    ys, xs = np.mgrid[: image.shape[0], : image.shape[1]].astype(np.float32)
    centre = rng.uniform([x0, y0], [x1, y1])
    radius = side * rng.uniform(0.12, 0.2)
    patch = np.exp(-(((xs - centre[0]) ** 2 + (ys - centre[1]) ** 2) / (2 * radius**2)))[:, :, None]
    image = image * (1 - 0.55 * patch) + 235 * 0.55 * patch  # rubbed: the ink half gone
    centre = rng.uniform([x0, y0], [x1, y1])
    radius = side * rng.uniform(0.08, 0.15)
    stain = np.exp(-(((xs - centre[0]) ** 2 + (ys - centre[1]) ** 2) / (2 * radius**2)))[:, :, None]
    image = image * (1 - 0.35 * stain) + np.array([60, 110, 150], np.float32) * 0.35 * stain  # coffee
    crease_y = rng.uniform(y0, y1)
    slope = rng.uniform(-0.2, 0.2)
    shade = 1 - 0.25 * np.exp(-((ys - crease_y - (xs - x0) * slope) ** 2) / (2 * (module_px * 0.8) ** 2))
    image *= shade[:, :, None]
    return render.Art(image.clip(0, 255).astype(np.uint8), art.code_corners)


def curved(art: render.Art, bend: float) -> render.Art:
    """The card bent around an upright cylinder: ``bend`` is the half-width's arc in radians."""
    height, width = art.image.shape[:2]
    radius = (width / 2) / bend
    out_half = radius * math.sin(bend)
    out_w = int(2 * out_half)
    xs = np.arange(out_w, dtype=np.float32) - out_half
    arc = radius * np.arcsin(np.clip(xs / radius, -1, 1))  # where on the flat card each column comes from
    depth = radius * (1 - np.cos(arc / radius))  # the edges are further away: they look shorter
    shrink = 1 / (1 + depth / (3 * width))
    ys = np.arange(height, dtype=np.float32)[:, None] - height / 2
    map_x = np.repeat((arc + width / 2)[None, :], height, axis=0).astype(np.float32)
    map_y = (ys / shrink[None, :] + height / 2).astype(np.float32)
    light = (0.75 + 0.25 * np.cos(arc / radius))[None, :, None]  # the far sides catch less light
    image = cv2.remap(art.image, map_x, map_y, cv2.INTER_LINEAR, borderValue=(250, 250, 250))
    image = (image * light).clip(0, 255).astype(np.uint8)

    def moved(x: float, y: float) -> tuple[float, float]:
        u = x - width / 2
        out_x = radius * math.sin(u / radius)
        s = 1 / (1 + radius * (1 - math.cos(u / radius)) / (3 * width))
        return out_x + out_half, (y - height / 2) * s + height / 2

    corners = np.array([moved(float(x), float(y)) for x, y in art.code_corners], dtype=np.float32)
    return render.Art(image, corners)


# -- stills ---------------------------------------------------------------------------------------

def _still(kind: str, text: str, rng: np.random.Generator) -> np.ndarray:
    """A small picture file: the code's symbol under 30 px (tiny) or 31-70 px (small), image ≤ 100 px."""
    symbol = rng.uniform(25, 30) if kind == "tiny_still" else rng.uniform(31, 70)
    modules = render.qr_modules(text)
    scale = symbol / (modules.shape[0] - 2 * render.QUIET)  # px a module (version 2, or 3 for a check ~ or =)
    big = np.kron(255 - modules * 255, np.ones((8, 8), np.uint8)).astype(np.uint8)
    side = round(modules.shape[0] * scale)
    code = cv2.resize(big, (side, side), interpolation=cv2.INTER_AREA)
    if kind == "small_still" and rng.random() < 0.5:  # a little turn
        turn = cv2.getRotationMatrix2D((side / 2, side / 2), rng.uniform(-20, 20), 1.0)
        code = cv2.warpAffine(code, turn, (side, side), flags=cv2.INTER_LINEAR, borderValue=255)
    canvas_side = int(min(100, side + rng.uniform(0, 30)))
    canvas = np.full((canvas_side, canvas_side), 255, np.uint8)
    at = (canvas_side - side) // 2
    canvas[at:at + side, at:at + side] = code
    low, high = rng.uniform(0, 60), rng.uniform(190, 255)
    level: np.ndarray = canvas.astype(np.float32) * (high - low) / 255 + low
    if rng.random() < 0.3:
        level = 255 - level  # saved from a dark-mode screen
    level = cv2.GaussianBlur(level, (0, 0), rng.uniform(0.2, 0.45) * scale)
    image: np.ndarray = np.dstack([level] * 3).clip(0, 255).astype(np.uint8)
    if rng.random() < 0.5:  # most small images on the web are JPEGs
        _, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(70, 95))])
        decoded = cv2.imdecode(data, cv2.IMREAD_COLOR)
        image = image if decoded is None else decoded
    return image


# -- frames without a code ------------------------------------------------------------------------

def empty_frames(size: tuple[int, int], count: int = 10, seed: int = 1) -> list[np.ndarray]:
    """Hard frames with no code: a phone showing a grid of text, printed text, fine texture, a keyboard."""
    frames = []
    for index in range(count):
        rng = np.random.default_rng([seed, 2000, size[0], index])
        background = render.scene(size, rng)
        picture = np.full((300, 220), 255, np.uint8)
        for row in range(12, 300, 14):  # lines of "text"
            for col in range(8, 210, 9):
                if rng.random() < 0.8:
                    cv2.rectangle(picture, (col, row), (col + int(rng.integers(3, 8)), row + 8), 0, -1)
        page = np.array([[0, 0], [220, 0], [220, 300], [0, 300]], dtype=np.float32)
        art = render.screen_art(picture, dark=bool(index % 2), grid=3, rng=rng) if index % 3 else \
            render.Art(cv2.cvtColor(picture, cv2.COLOR_GRAY2BGR), page)
        zoom = size[0] / 640
        homography = render.pose_homography(art.image.shape[1::-1], (size[0] / 2, size[1] / 2), 250 * zoom,
                                            rng.uniform(-30, 30), rng.uniform(-10, 10), rng.uniform(-10, 10),
                                            focal=900 * zoom)
        image, _ = render.compose(background, art, homography)
        coarse = (rng.random((size[1] // 4, size[0] // 4)) * 80).astype(np.uint8)
        texture = cv2.resize(coarse, size, interpolation=cv2.INTER_NEAREST)
        region = np.zeros(image.shape[:2], bool)
        region[: size[1] // 4, : size[0] // 3] = True  # a patterned cloth in one corner
        image[region] = (image[region] * 0.6 + texture[region][:, None] * 0.8).clip(0, 255).astype(np.uint8)
        frames.append(render.sensor_noise(cv2.GaussianBlur(image, (0, 0), 0.5), 3, rng))
    return frames

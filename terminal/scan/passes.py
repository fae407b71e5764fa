"""The passes an image goes through: one cheap pass everywhere, extra passes only where a code may be.

Camera frames: the cheap pass decodes the frame shrunk to ``max_side`` (zxing-cpp reads dark and
light codes, any turn, mirrored, in one call). If it reads nothing, ``regions.candidate_boxes``
finds up to ``candidates`` code-like patches in that shrunk frame; each small one is cut from the
full-size frame, upscaled so the code is about ``target_side`` px (and again to ``enlarge_to``), and
decoded plain, then unsharp-masked; last, the whole shrunk frame unsharp-masked (blur, glare). No extra decode
starts once the frame has spent ``budget_ms``.

Stills (``python main.py scan``): the same, at growing sizes, without a budget; a small image (a
thumbnail, a code under 30 px) is also decoded enlarged as a whole.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from terminal.scan.decoders import Decoder, SharpenedDecoder, decode_scaled, downscaled, scale_points
from terminal.scan.model import Detection
from terminal.scan.regions import candidate_boxes, grown


@dataclass(frozen=True)
class Passes:
    max_side: int = 640  # the cheap pass decodes frames shrunk to this (docs/scanning.md)
    candidates: int = 3  # code-like patches given extra passes when the cheap pass reads nothing; 0: none
    target_side: int = 160  # px a candidate is scaled to (about 5 px per module for a card's code)
    budget_ms: float = 2.5  # live frames: no extra decode starts after this much time on the frame
    sharpen_frame: bool = True  # within the budget, last: the whole shrunk frame sharpened
    still_sizes: tuple[int, ...] = (1280, 2560)  # photos: these sizes, then full size
    enlarge_below: int = 400  # stills smaller than this (longer side) are also decoded enlarged to it
    enlarge_to: int = 400  # px a small candidate is also tried at (at most 3×)


class FrameDecoder:
    """A decoder and its sharpened twin, run as the passes above."""

    def __init__(self, decoder: Decoder, passes: Passes | None = None) -> None:
        self.decoder = decoder
        self.sharpened = SharpenedDecoder(decoder)
        self.passes = passes or Passes()

    def frame(self, gray: np.ndarray) -> list[Detection]:
        """A camera frame: the cheap pass, then the candidates within the budget."""
        began = time.perf_counter()
        small, factor = downscaled(gray, self.passes.max_side)
        found = self.decoder.decode(small)
        if found:
            return scale_points(found, factor) if factor != 1.0 else found
        deadline = began + self.passes.budget_ms / 1000
        found = self.candidates(gray, small, factor, deadline)
        if found or not self.passes.sharpen_frame or time.perf_counter() > deadline:
            return found
        found = self.sharpened.decode(small)  # blur and glare a candidate's patch alone did not read
        return scale_points(found, factor) if factor != 1.0 else found

    def still(self, gray: np.ndarray) -> list[Detection]:
        """A photo of any size: small first (fast, and big codes read best small), then larger."""
        sizes: Sequence[int] = self.passes.still_sizes
        side = max(gray.shape[:2])
        for max_side in sizes:
            found = decode_scaled(self.decoder, gray, max_side)
            if found:
                return found
            if side <= max_side:
                break
        else:
            found = self.decoder.decode(gray)
            if found:
                return found
        small, factor = downscaled(gray, sizes[0] if sizes else side)
        found = self.candidates(gray, small, factor, math.inf)
        if found or side >= self.passes.enlarge_below:
            return found
        return self._enlarged(gray)

    def candidates(self, gray: np.ndarray, small: np.ndarray, factor: float, deadline: float) -> list[Detection]:
        """Small code-like patches, upscaled from the full-size image. A larger patch was already seen at a
        fair size by the cheap pass; the sharpened whole frame is its second chance."""
        largest = self.passes.target_side * 0.6
        for box in candidate_boxes(small, self.passes.candidates):
            if max(box[2] - box[0], box[3] - box[1]) > largest:
                continue
            if time.perf_counter() > deadline:
                break
            found = self._region(gray, factor, grown(box, 0.3, small.shape), deadline)
            if found:
                return found
        return []

    def _region(self, gray: np.ndarray, factor: float, box: tuple[int, int, int, int],
                deadline: float) -> list[Detection]:
        """A patch cut from the full-size image, upscaled to about ``target_side`` and to ``enlarge_to``."""
        x0, y0, x1, y1 = box
        fx0, fy0 = int(x0 * factor), int(y0 * factor)
        fx1, fy1 = min(gray.shape[1], math.ceil(x1 * factor)), min(gray.shape[0], math.ceil(y1 * factor))
        crop = gray[fy0:fy1, fx0:fx1]
        side = max(crop.shape[:2])
        # a small code is upscaled, never shrunk; a patch may hold a card's text beside its code, so it is
        # also tried at up to 3× (a code of 1.2 px a module needs that)
        zooms = sorted({max(1.0, self.passes.target_side / side), max(1.0, min(3.0, self.passes.enlarge_to / side))})
        for zoom in zooms:
            view = crop if zoom == 1.0 else cv2.resize(crop, (round(crop.shape[1] * zoom), round(crop.shape[0] * zoom)),
                                                       interpolation=cv2.INTER_CUBIC)
            for decoder in (self.decoder, self.sharpened):
                if time.perf_counter() > deadline:
                    return []
                found = decoder.decode(view)
                if found:
                    return scale_points(found, 1 / zoom, fx0, fy0)
        return []

    def _enlarged(self, gray: np.ndarray) -> list[Detection]:
        zoom = self.passes.enlarge_below / max(gray.shape[:2])
        size = (round(gray.shape[1] * zoom), round(gray.shape[0] * zoom))
        big = cv2.resize(gray, size, interpolation=cv2.INTER_CUBIC)
        for decoder in (self.decoder, self.sharpened):
            found = decoder.decode(big)
            if found:
                return scale_points(found, 1 / zoom)
        return []

"""The passes an image goes through: one cheap pass everywhere, extra passes only where they may pay.

Camera frames (``frame``):
1. the cheap pass: the frame shrunk to ``max_side``, decoded once (zxing-cpp reads light-on-dark and
   dark-on-light codes, any turn, mirrored, in the one call);
2. if nothing: the same shrunk frame unsharp-masked (focus and motion blur, glare);
3. if nothing: ``regions.candidate_boxes`` finds up to ``candidates`` code-like patches in the shrunk
   frame; each is cut from the full-size frame, a small one upscaled (to ``enlarge_to`` px, at most
   3×: a small code is upscaled, never only shrunk) and decoded plain, then sharpened; a large one
   decoded plain at full size.
No extra decode starts once the frame has spent ``budget_ms`` (under the 10 ms a card frame may take):
an empty counter costs passes 1-2 and the patch search; a busy one (print, screens, fabric) at most
the budget and one decode, the first time: a patch that held no code and looks the same in the next
frame (the same menu, packaging or screen on the counter) is not tried again.

Stills (``still``, ``python main.py scan``): pass 1 at growing sizes, then step 3 without a budget;
a small image (a thumbnail, a code under 30 px) is also decoded enlarged as a whole.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from terminal.scan.decoders import Decoder, SharpenedDecoder, ZxingDecoder, decode_scaled, downscaled, scale_points
from terminal.scan.model import Detection
from terminal.scan.regions import candidate_boxes, grown


@dataclass(frozen=True)
class Passes:
    max_side: int = 640  # the cheap pass decodes frames shrunk to this (docs/scanning.md)
    sharpen_frame: bool = True  # pass 2: the shrunk frame unsharp-masked
    candidates: int = 3  # code-like patches given extra passes; 0: none
    enlarge_to: int = 400  # px a patch is upscaled to (at most 3×)
    budget_ms: float = 8.0  # live frames: no extra decode starts after this much time on the frame
    still_sizes: tuple[int, ...] = (1280, 2560)  # photos: these sizes, then full size
    enlarge_below: int = 400  # stills smaller than this (longer side) are also decoded enlarged to it


class FrameDecoder:
    """A decoder and its sharpened twin, run as the passes above."""

    def __init__(self, decoder: Decoder, passes: Passes | None = None) -> None:
        self.decoder = decoder
        self.sharpened = SharpenedDecoder(decoder)
        self.passes = passes or Passes()
        # patches of the last frame that held no code, with a thumbnail of each: a counter's camera sees
        # the same menu, packaging or screen frame after frame, and an unchanged patch is not tried again
        self._barren: list[tuple[tuple[int, int, int, int], np.ndarray]] = []

    def frame(self, gray: np.ndarray) -> list[Detection]:
        """A camera frame: the cheap pass, then the sharpened frame and the patches within the budget."""
        began = time.perf_counter()
        small, factor = downscaled(gray, self.passes.max_side)
        found = self.decoder.decode(small)
        if found:
            return scale_points(found, factor) if factor != 1.0 else found
        deadline = began + self.passes.budget_ms / 1000
        if self.passes.sharpen_frame:  # blur and glare: what made the first pass miss most often
            found = self.sharpened.decode(small)
            if found:
                return scale_points(found, factor) if factor != 1.0 else found
        return self.candidates(gray, small, factor, deadline)

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
        found = self.candidates(gray, small, factor, math.inf, remember=False)
        if found or side >= self.passes.enlarge_below:
            return found
        return self._enlarged(gray)

    def candidates(self, gray: np.ndarray, small: np.ndarray, factor: float, deadline: float,
                   remember: bool = True) -> list[Detection]:
        """Code-like patches at full size (a small one upscaled): what the shrunk frame had too few pixels for.

        With ``remember`` (camera frames), a patch that held no code in the last frame and has not changed
        since (same place, same look) is skipped; anything that moves or changes is tried."""
        barren = []
        for box in candidate_boxes(small, self.passes.candidates):
            thumb = cv2.resize(small[box[1]:box[3], box[0]:box[2]], (8, 8), interpolation=cv2.INTER_AREA)
            if remember and any(_same_patch(box, thumb, old_box, old_thumb) for old_box, old_thumb in self._barren):
                barren.append((box, thumb))
                continue
            if time.perf_counter() > deadline:
                break
            found = self._region(gray, factor, grown(box, 0.3, small.shape), deadline)
            if found:
                self._barren = []
                return found
            if time.perf_counter() <= deadline:  # tried in full: nothing there
                barren.append((box, thumb))
        if remember:
            self._barren = barren
        return []

    def _region(self, gray: np.ndarray, factor: float, box: tuple[int, int, int, int],
                deadline: float) -> list[Detection]:
        """A patch cut from the full-size image and upscaled, decoded plain, then sharpened."""
        x0, y0, x1, y1 = box
        fx0, fy0 = int(x0 * factor), int(y0 * factor)
        fx1, fy1 = min(gray.shape[1], math.ceil(x1 * factor)), min(gray.shape[0], math.ceil(y1 * factor))
        crop = gray[fy0:fy1, fx0:fx1]
        # a small code is upscaled, never shrunk: to ``enlarge_to`` px, at most 3×; a patch may hold a
        # card's text beside its code, so a code of 1.2 px a module comes out at 3.6 px
        zoom = max(1.0, min(3.0, self.passes.enlarge_to / max(crop.shape[:2])))
        if zoom == 1.0 and factor == 1.0:
            return []  # exactly what the first passes saw
        view = crop if zoom == 1.0 else cv2.resize(crop, (round(crop.shape[1] * zoom), round(crop.shape[0] * zoom)),
                                                   interpolation=cv2.INTER_CUBIC)
        # a large patch at full size, plain only: pass 2 sharpened it (shrunk) already
        for decoder in (self.decoder, self.sharpened) if zoom > 1.0 else (self.decoder,):
            if time.perf_counter() > deadline:
                return []
            found = decoder.decode(view)
            if found:
                return scale_points(found, 1 / zoom, fx0, fy0)
        return []

    def _enlarged(self, gray: np.ndarray) -> list[Detection]:
        """A small image enlarged to ``enlarge_below`` (cubic), plain and sharpened; then, for zxing-cpp, to
        300 px (Lanczos), sharpened in proportion and binarised with one threshold: the tiny stills (codes
        of 25-30 px) that local binarisation cannot split into modules."""
        side = max(gray.shape[:2])
        zoom = self.passes.enlarge_below / side
        big = cv2.resize(gray, (round(gray.shape[1] * zoom), round(gray.shape[0] * zoom)),
                         interpolation=cv2.INTER_CUBIC)
        for decoder in (self.decoder, self.sharpened):
            found = decoder.decode(big)
            if found:
                return scale_points(found, 1 / zoom)
        if not isinstance(self.decoder, ZxingDecoder) or side >= 300:
            return []
        zoom = 300 / side
        big = cv2.resize(gray, (round(gray.shape[1] * zoom), round(gray.shape[0] * zoom)),
                         interpolation=cv2.INTER_LANCZOS4)
        fixed = SharpenedDecoder(ZxingDecoder(try_downscale=False, try_invert=self.decoder.try_invert,
                                              fixed_threshold=True),
                                 sigma=2 * zoom / 3, amount=1.5, denoise=0.8 * zoom / 3)
        return scale_points(fixed.decode(big), 1 / zoom)


def _same_patch(box: tuple[int, int, int, int], thumb: np.ndarray, old_box: tuple[int, int, int, int],
                old_thumb: np.ndarray) -> bool:
    """The same place (boxes overlap by 70 % or more) and the same look (8×8 thumbnails within 6 levels)."""
    x0, y0 = max(box[0], old_box[0]), max(box[1], old_box[1])
    x1, y1 = min(box[2], old_box[2]), min(box[3], old_box[3])
    if x1 <= x0 or y1 <= y0:
        return False
    overlap = (x1 - x0) * (y1 - y0)
    union = ((box[2] - box[0]) * (box[3] - box[1]) + (old_box[2] - old_box[0]) * (old_box[3] - old_box[1])
             - overlap)
    if overlap < 0.7 * union:
        return False
    return float(np.abs(thumb.astype(np.int16) - old_thumb.astype(np.int16)).mean()) < 6

"""The camera loop as a generator: frames in; scans, camera status and throttled previews out.

It runs in a worker thread (``ui/camera``) or in the ``scan`` command. The source is opened inside the
generator, so inside the thread that reads it. ``stop`` is a :class:`threading.Event`: every wait in
the loop (pacing a file, waiting to reconnect) wakes up when it is set.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass

import cv2
import numpy as np

from terminal.scan.classify import classify
from terminal.scan.debounce import Debouncer
from terminal.scan.decoders import Decoder, make_decoder, scale_points, to_gray
from terminal.scan.model import CameraStatus, Detection, Frame, Preview, ScanEvent, StatusChange
from terminal.scan.passes import FrameDecoder, Passes
from terminal.scan.sources import FrameSource, SourceLost, SourceUnavailable

log = logging.getLogger("scan")

Update = ScanEvent | StatusChange | Preview


@dataclass(frozen=True)
class Tuning:
    max_side: int = 640  # frames are shrunk to this before a full-frame decode (measured: docs/scanning.md)
    still_sizes: tuple[int, ...] = (1280, 2560)  # photos: try these sizes, then full size
    sharpen_frame: bool = True  # then the shrunk frame unsharp-masked (terminal/scan/passes.py)
    candidates: int = 3  # then up to this many code-like patches from the full frame (small ones upscaled)
    budget_ms: float = 8.0  # no extra decode starts after a frame has taken this long
    enlarge_below: int = 400  # photos smaller than this are also decoded enlarged (0: never)
    roi: bool = True  # after a hit, decode the area around it at full resolution first
    roi_margin: float = 0.6  # of the code's size, on each side
    skip_under_load: bool = True  # a live camera drops frames rather than fall behind
    preview_fps: float = 0.0  # 0: no previews (the command line)
    preview_width: int = 640
    outline_hold: float = 0.3  # seconds an outline stays on the preview after the code was last seen


@dataclass
class ScannerOptions:
    debounce_window: float = 3.0
    reconnect: bool = False  # keep trying to open the source (the terminal) or give up (the command)
    retry_interval: float = 2.0
    pace: bool = False  # play files at their frame rate, like a camera
    every_frame: bool = False  # decode every frame as a full photo (the command line, the benchmark)
    tuning: Tuning = Tuning()


class Scanner:
    def __init__(self, open_source: Callable[[], FrameSource], decoder: Decoder | None = None,
                 options: ScannerOptions | None = None) -> None:
        self._open_source = open_source
        self.decoder = decoder or make_decoder()
        self.options = options or ScannerOptions()
        self.debouncer = Debouncer(self.options.debounce_window)
        tuning = self.options.tuning
        self.passes = FrameDecoder(self.decoder, Passes(
            max_side=tuning.max_side, candidates=tuning.candidates, budget_ms=tuning.budget_ms,
            sharpen_frame=tuning.sharpen_frame,
            still_sizes=tuning.still_sizes, enlarge_below=tuning.enlarge_below))
        self._roi: tuple[int, int, int, int] | None = None
        self._last_detections: tuple[Detection, ...] = ()
        self._last_hit_at = -math.inf
        self.frames_read = 0
        self.frames_decoded = 0

    def run(self, stop: threading.Event) -> Iterator[Update]:
        yield StatusChange(CameraStatus.STARTING)
        ever_ran = False
        while not stop.is_set():
            source = self._open_source()
            try:
                source.open()
            except SourceUnavailable as exc:
                status = CameraStatus.DISCONNECTED if ever_ran else CameraStatus.NO_CAMERA
                yield StatusChange(status, str(exc))
                if not self.options.reconnect or stop.wait(self.options.retry_interval):
                    return
                continue
            ever_ran = True
            yield StatusChange(CameraStatus.RUNNING, source.description)
            try:
                ended = yield from self._frames(source, stop)
            except SourceLost as exc:
                log.warning("camera lost: %s", exc)
                yield StatusChange(CameraStatus.DISCONNECTED, str(exc))
                if not self.options.reconnect or stop.wait(self.options.retry_interval):
                    return
                continue
            finally:
                source.close()
            if ended:
                yield StatusChange(CameraStatus.ENDED, source.description)
                return
        yield StatusChange(CameraStatus.STOPPED)

    def _frames(self, source: FrameSource, stop: threading.Event) -> Generator[Update, None, bool]:
        """Reads until the end (returns True) or until stopped (returns False)."""
        started = time.monotonic()
        first_time: float | None = None
        skip = 0
        last_preview = -math.inf
        while not stop.is_set():
            frame = source.read()
            if frame is None:
                return True
            self.frames_read += 1
            if first_time is None:
                first_time = frame.time
            if self.options.pace and not source.live:
                due = started + (frame.time - first_time) - time.monotonic()
                if due > 0 and stop.wait(due):
                    return False
            if skip > 0:
                skip -= 1
            else:
                began = time.perf_counter()
                detections = self.detect(frame)
                spent = time.perf_counter() - began
                yield from self.scans(frame, detections)
                if self.options.tuning.skip_under_load and (source.live or self.options.pace):
                    skip = max(0, math.ceil(spent * source.fps) - 1)
            tuning = self.options.tuning
            # a little slack: frames that arrive a bit early must not halve the preview's rate
            if tuning.preview_fps > 0 and time.monotonic() - last_preview >= 0.75 / tuning.preview_fps:
                last_preview = time.monotonic()
                yield self.preview(frame)
        return False

    def detect(self, frame: Frame) -> list[Detection]:
        """The codes in one frame: the area of the last hit first, then the frame's passes (``passes``)."""
        gray = to_gray(frame.image)
        self.frames_decoded += 1
        tuning = self.options.tuning
        if self.options.every_frame:
            found = self.passes.still(gray)
        else:
            found = self._decode_roi(gray) if self._roi is not None else []
            if not found:
                found = self.passes.frame(gray)
        self._roi = _region_around(found, gray.shape, tuning.roi_margin) if tuning.roi and found else None
        if found:
            self._last_detections, self._last_hit_at = tuple(found), frame.time
        return found

    def _decode_roi(self, gray: np.ndarray) -> list[Detection]:
        assert self._roi is not None
        x0, y0, x1, y1 = self._roi
        return scale_points(self.decoder.decode(gray[y0:y1, x0:x1]), 1.0, x0, y0)

    def scans(self, frame: Frame, detections: list[Detection]) -> Iterator[ScanEvent]:
        by_text = {d.text: d for d in detections}
        for text in self.debouncer.feed(by_text, frame.time):
            kind, payload = classify(text)
            yield ScanEvent(text, kind, payload, by_text[text].points, frame.label, frame.time)

    def preview(self, frame: Frame) -> Preview:
        tuning = self.options.tuning
        image = frame.image
        scale = min(1.0, tuning.preview_width / image.shape[1])
        if scale < 1.0:
            size = (round(image.shape[1] * scale), round(image.shape[0] * scale))
            image = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
        else:
            image = image.copy()
        recent = frame.time - self._last_hit_at <= tuning.outline_hold
        return Preview(image, self._last_detections if recent else (), scale)


def _region_around(found: list[Detection], shape: tuple[int, ...], margin: float) -> tuple[int, int, int, int]:
    xs = [x for d in found for x, _ in d.points]
    ys = [y for d in found for _, y in d.points]
    pad = margin * max(max(xs) - min(xs), max(ys) - min(ys))
    height, width = shape[:2]
    return (max(0, int(min(xs) - pad)), max(0, int(min(ys) - pad)),
            min(width, int(max(xs) + pad) + 1), min(height, int(max(ys) + pad) + 1))

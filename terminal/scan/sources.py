"""Frame sources behind one interface: a webcam by index, a video file, a folder or list of images.

A source is opened by the thread that reads it (a capture device belongs to the thread that opened
it). ``read`` returns None at the end of a file or folder and raises :class:`SourceLost` when a
device fails mid-stream; ``open`` raises :class:`SourceUnavailable` when there is nothing to open.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import cv2
import numpy as np

from terminal.scan.model import Frame

log = logging.getLogger("scan")

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".webp", ".tif", ".tiff"})
DEFAULT_FPS = 15.0


class SourceUnavailable(OSError):
    """There is no camera, file or folder to open."""


class SourceLost(OSError):
    """The source was working and stopped delivering frames (a camera unplugged, a file gone)."""


class FrameSource(Protocol):
    description: str
    live: bool  # a device that delivers frames at its own pace; files can be read as fast as wanted
    fps: float  # the nominal rate, used to play files at a camera's pace

    def open(self) -> None: ...

    def read(self) -> Frame | None: ...

    def close(self) -> None: ...


class CameraSource:
    """A webcam by index, at the resolution asked for (the driver may pick the nearest it has)."""

    live = True

    def __init__(self, index: int, width: int = 1280, height: int = 720, fps: float = DEFAULT_FPS) -> None:
        self.index, self.width, self.height, self.fps = index, width, height, fps
        self.description = f"camera {index}"
        self._capture: cv2.VideoCapture | None = None
        self._count = 0

    def open(self) -> None:
        if sys.platform.startswith("linux") and not Path(f"/dev/video{self.index}").exists():
            raise SourceUnavailable(f"no camera at index {self.index}")  # and no OpenCV warning every retry
        capture = cv2.VideoCapture(self.index)
        if not capture.isOpened():
            capture.release()
            raise SourceUnavailable(f"no camera at index {self.index}")
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # the newest frame, not a queue of stale ones
        self._capture = capture

    def read(self) -> Frame | None:
        if self._capture is None:
            raise SourceLost(f"{self.description} is not open")
        ok, image = self._capture.read()
        if not ok or image is None:
            raise SourceLost(f"{self.description} stopped delivering frames")
        self._count += 1
        return Frame(image, f"{self.description}#{self._count}", self._count, time.monotonic())

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None


class VideoSource:
    """A video file; frame labels are ``path#n`` (1-based) and times are positions in the video."""

    live = False

    def __init__(self, path: str | Path, loop: bool = False) -> None:
        self.path = Path(path)
        self.loop = loop
        self.description = str(path)
        self.fps = DEFAULT_FPS
        self._capture: cv2.VideoCapture | None = None
        self._count = 0  # frames read in this pass
        self._offset = 0.0  # seconds played in earlier passes of a loop

    def open(self) -> None:
        if not self.path.is_file():
            raise SourceUnavailable(f"no video file {self.path}")
        capture = cv2.VideoCapture(str(self.path))
        if not capture.isOpened():
            capture.release()
            raise SourceUnavailable(f"cannot read video {self.path}")
        rate = capture.get(cv2.CAP_PROP_FPS)
        self.fps = rate if 1 <= rate <= 240 else DEFAULT_FPS
        self._capture, self._count = capture, 0

    def read(self) -> Frame | None:
        if self._capture is None:
            raise SourceLost(f"{self.description} is not open")
        ok, image = self._capture.read()
        if not ok and self.loop and self._count:
            self._offset += self._count / self.fps
            self._capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
            self._count = 0
            ok, image = self._capture.read()
        if not ok or image is None:
            if not self.path.is_file():
                raise SourceLost(f"{self.path} has gone")
            return None
        self._count += 1
        return Frame(image, f"{self.path}#{self._count}", self._count, self._offset + (self._count - 1) / self.fps)

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None


class ImagesSource:
    """Image files, or every image in a folder (sorted by name), shown one per frame like a slow camera."""

    live = False

    def __init__(self, paths: Sequence[str | Path] | str | Path, fps: float = DEFAULT_FPS, loop: bool = False) -> None:
        if isinstance(paths, str | Path):
            self.folder: Path | None = Path(paths)
            self._given: list[Path] = []
        else:
            self.folder, self._given = None, [Path(p) for p in paths]
        self.description = str(self.folder) if self.folder else f"{len(self._given)} image(s)"
        self.fps, self.loop = fps, loop
        self._paths: list[Path] = []
        self._count = 0
        self.skipped = 0  # files that were not readable images

    def open(self) -> None:
        if self.folder is not None:
            if not self.folder.is_dir():
                raise SourceUnavailable(f"no folder {self.folder}")
            self._paths = sorted(p for p in self.folder.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        else:
            self._paths = list(self._given)
        self._count = 0

    def read(self) -> Frame | None:
        failures = 0
        while True:
            position = self._count % len(self._paths) if self._paths and self.loop else self._count
            if position >= len(self._paths) or failures >= len(self._paths):
                return None  # the end, or (looping) a folder where nothing is an image
            path = self._paths[position]
            self._count += 1
            image = read_image(path)
            if image is not None:
                label = str(path)
                return Frame(image, label, self._count, (self._count - 1) / self.fps)
            if not path.exists():
                raise SourceLost(f"{path} has gone")
            self.skipped += 1
            failures += 1
            log.warning("not an image, skipped: %s", path)

    def close(self) -> None:
        self._paths = []


def read_image(path: Path) -> np.ndarray | None:
    # imdecode over a byte buffer, because imread cannot open non-ASCII paths on Windows
    try:
        data = np.fromfile(str(path), dtype=np.uint8)
    except OSError:
        return None
    return cv2.imdecode(data, cv2.IMREAD_GRAYSCALE) if data.size else None


def camera_present(spec: str) -> bool:
    """Whether a webcam index names a camera that is there (a quick check, for choosing the demo's video)."""
    if not spec.strip().isdigit():
        return False
    if sys.platform.startswith("linux"):
        return Path(f"/dev/video{int(spec)}").exists()
    capture = cv2.VideoCapture(int(spec))
    try:
        return bool(capture.isOpened())
    finally:
        capture.release()


def open_source(spec: str | Path, width: int = 1280, height: int = 720, loop: bool = False) -> FrameSource:
    """The source a user named: a camera index ("0"), a folder of images, an image or a video file."""
    text = str(spec).strip()
    if text.isdigit():
        return CameraSource(int(text), width, height)
    path = Path(text).expanduser()
    if path.is_dir():
        return ImagesSource(path, loop=loop)
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return ImagesSource([path], loop=loop)
    return VideoSource(path, loop=loop)

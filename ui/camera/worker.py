"""The camera worker: runs the Qt-free scanner off the GUI thread and turns its output into signals.

``code_scanned(ScanEvent)`` carries cards and receipts' feedback codes; ``foreign_code(str)`` a code
that is not ours (never a scan); ``status_changed(CameraStatus, str)`` the camera's state; and
``frame_ready(QImage, tuple)`` the newest preview with the codes found, in the image's pixels.
Previews are coalesced: if the GUI has not shown the last one, a newer one replaces it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QImage

from terminal.scan.decoders import make_decoder
from terminal.scan.model import CameraStatus, Detection, Preview, ScanEvent, ScanKind, StatusChange
from terminal.scan.scanner import Scanner, ScannerOptions, Tuning, Update
from terminal.scan.settings import CameraSettings
from terminal.scan.sources import FrameSource, open_source
from ui.camera.runner import GeneratorRunner

log = logging.getLogger("scan")

PREVIEW_FPS = 15.0


def options_for(settings: CameraSettings) -> ScannerOptions:
    """The terminal's scanner: keeps trying to reach the camera, plays files at their own pace."""
    return ScannerOptions(debounce_window=settings.debounce_seconds, reconnect=True, pace=True,
                          tuning=Tuning(preview_fps=PREVIEW_FPS))


def image_from_array(array: np.ndarray) -> QImage:
    """A QImage that owns its pixels, copied from a grayscale or BGR array."""
    height, width = array.shape[:2]
    fmt = QImage.Format.Format_Grayscale8 if array.ndim == 2 else QImage.Format.Format_BGR888
    return QImage(array.data, width, height, array.strides[0], fmt).copy()


class CameraWorker(QObject):
    code_scanned = Signal(object)  # ScanEvent: a card or a receipt's feedback code
    foreign_code = Signal(str)
    status_changed = Signal(object, str)  # CameraStatus, detail for a tooltip and the log
    frame_ready = Signal(QImage, object)  # the preview, and its detections with points in its pixels

    def __init__(self, settings: CameraSettings, parent: QObject | None = None, *,
                 source_factory: Callable[[], FrameSource] | None = None,
                 options: ScannerOptions | None = None, decoder: str = "default") -> None:
        super().__init__(parent)
        self.settings = settings
        self._decoder_name = decoder
        self._source_factory = source_factory
        self._options = options
        self._runner: GeneratorRunner | None = None
        self._lock = threading.Lock()
        self._latest: Preview | None = None
        self.status = CameraStatus.STOPPED

    def _open_source(self) -> FrameSource:
        if self._source_factory is not None:
            return self._source_factory()
        s = self.settings
        return open_source(s.source, s.width, s.height, loop=True)

    def _updates(self, stop: threading.Event) -> Iterator[Update]:
        """Runs in the worker thread: the scanner, with previews coalesced."""
        scanner = Scanner(self._open_source, make_decoder(self._decoder_name),
                          self._options or options_for(self.settings))
        for update in scanner.run(stop):
            if isinstance(update, Preview):
                with self._lock:
                    waiting, self._latest = self._latest is not None, update
                if waiting:
                    continue  # the GUI has one to show already; it will take this newer one instead
            yield update

    def start(self) -> None:
        if self._runner is not None:
            return
        if not self.settings.enabled:
            self._set_status(CameraStatus.STOPPED, "camera switched off in the settings")
            return
        self._runner = GeneratorRunner(self._updates, "camera", self)
        self._runner.yielded.connect(self._on_update)
        self._runner.failed.connect(self._on_failed)
        self._runner.start()

    def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            runner.stop()
            runner.setParent(None)
        with self._lock:
            self._latest = None
        self._set_status(CameraStatus.STOPPED, "")

    def restart(self, settings: CameraSettings | None = None) -> None:
        self.stop()
        if settings is not None:
            self.settings = settings
        self.start()

    def use_source(self, spec: str | Path) -> None:
        """Point the camera at another index, video file or folder (``--camera``) and restart."""
        self.restart(replace(self.settings, source=str(spec)))

    @Slot(object)
    def _on_update(self, update: Update) -> None:
        if self.sender() is not self._runner:
            return  # a late signal from a run already stopped
        if isinstance(update, ScanEvent):
            log.info("scanned %s from %s", update.kind, update.source)
            if update.kind is ScanKind.FOREIGN:
                self.foreign_code.emit(update.text)
            else:
                self.code_scanned.emit(update)
        elif isinstance(update, StatusChange):
            self._set_status(update.status, update.detail)
        elif isinstance(update, Preview):
            with self._lock:
                preview, self._latest = self._latest, None
            if preview is not None:
                self.frame_ready.emit(image_from_array(preview.image), _scaled(preview.detections, preview.scale))

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        self._set_status(CameraStatus.DISCONNECTED, f"camera worker failed: {error}")

    def _set_status(self, status: CameraStatus, detail: str) -> None:
        if status is not self.status or detail:
            self.status = status
            self.status_changed.emit(status, detail)


def _scaled(detections: tuple[Detection, ...], scale: float) -> tuple[Detection, ...]:
    return tuple(replace(d, points=tuple((x * scale, y * scale) for x, y in d.points)) for d in detections)

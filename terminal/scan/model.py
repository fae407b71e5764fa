"""The values that flow out of the scanner: frames, detections, scans, camera status and previews."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

Points = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Frame:
    image: np.ndarray  # BGR or grayscale, as the source delivers it
    label: str  # where it came from: a path, ``path#frame`` or ``camera 0#frame``
    index: int
    time: float  # seconds: the position in a video, or the monotonic clock for a live camera


@dataclass(frozen=True)
class Detection:
    text: str
    points: Points  # the code's corners in the frame's pixels
    decoder: str = ""


class ScanKind(StrEnum):
    CARD = "card"
    RECEIPT = "receipt"  # a receipt's feedback code (URL or bare token)
    VOUCHER = "voucher"  # a campaign's printed voucher (its signature is checked at the counter)
    FOREIGN = "foreign"  # anything else, including a card code whose check character fails


@dataclass(frozen=True)
class ScanEvent:
    """One presentation of a code: what the cashier's screen acts on."""

    text: str  # exactly as decoded
    kind: ScanKind
    payload: str  # the canonical card code, the feedback token, the voucher's text, or the text for a foreign code
    points: Points
    source: str  # the frame's label
    time: float


class CameraStatus(StrEnum):
    STARTING = "starting"
    RUNNING = "running"
    NO_CAMERA = "no_camera"  # could not be opened at all
    DISCONNECTED = "disconnected"  # was running, then failed; the scanner keeps trying
    ENDED = "ended"  # a file or folder came to its end
    STOPPED = "stopped"


@dataclass(frozen=True)
class StatusChange:
    status: CameraStatus
    detail: str = ""  # the source's description or the error, for the log and a tooltip


@dataclass(frozen=True)
class Preview:
    """A frame for the screen: a private copy, safe to hand to another thread."""

    image: np.ndarray
    detections: tuple[Detection, ...] = field(default_factory=tuple)
    scale: float = 1.0  # preview pixels per frame pixel: detections' points are in frame pixels

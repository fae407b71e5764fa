"""QR decoders behind one interface, and the wrappers the scanner tunes them with.

Every decoder takes a grayscale image and returns :class:`Detection` s with corners in that image's
pixels. Which one the terminal uses was chosen by measurement (docs/scanning.md, tests/bench).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import cv2
import numpy as np

from terminal.scan.model import Detection, Points

log = logging.getLogger("scan")


class Decoder(Protocol):
    name: str

    def decode(self, gray: np.ndarray) -> list[Detection]: ...


def _text(data: bytes | str) -> str:
    return data if isinstance(data, str) else data.decode("utf-8", errors="replace")


class ZbarDecoder:
    """pyzbar (the zbar C library), QR codes only: 1D symbologies would add false reads on noise."""

    name = "pyzbar"

    def __init__(self) -> None:
        from pyzbar import pyzbar  # imported here: it needs the system's libzbar

        self._decode = pyzbar.decode
        self._symbols = [pyzbar.ZBarSymbol.QRCODE]

    def decode(self, gray: np.ndarray) -> list[Detection]:
        found = self._decode(np.ascontiguousarray(gray), symbols=self._symbols)
        return [Detection(_text(r.data), tuple((float(p.x), float(p.y)) for p in r.polygon), self.name) for r in found]


class ZxingDecoder:
    """zxing-cpp, full-size (Model 2) QR codes only; ``try_downscale`` helps large images.

    Not Micro QR: its smallest versions only detect errors, and zxing read one out of a phone screen's
    pixel grid in the benchmark (a wrong text). Our cards and receipts print full-size codes.
    """

    def __init__(self, try_downscale: bool = True, try_invert: bool = False, fixed_threshold: bool = False) -> None:
        import zxingcpp

        self._zx = zxingcpp
        self._options: dict[str, Any] = {"formats": zxingcpp.BarcodeFormat.QRCodeModel2, "try_rotate": False,
                         "try_downscale": try_downscale, "try_invert": try_invert}
        if fixed_threshold:  # one threshold for the whole image: small enlarged stills, where local blocks fail
            self._options["binarizer"] = zxingcpp.Binarizer.FixedThreshold
        self.name = ("zxing-cpp" + ("+invert" if try_invert else "") + ("" if try_downscale else "-nodownscale")
                     + ("-fixed" if fixed_threshold else ""))
        self.try_invert = try_invert

    def decode(self, gray: np.ndarray) -> list[Detection]:
        found = self._zx.read_barcodes(np.ascontiguousarray(gray), **self._options)
        detections = []
        for r in found:
            pos = r.position
            corners = (pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left)
            detections.append(Detection(r.text, tuple((float(c.x), float(c.y)) for c in corners), self.name))
        return detections


class OpenCVDecoder:
    """OpenCV's QRCodeDetector, or the ArUco-based QRCodeDetectorAruco."""

    def __init__(self, aruco: bool = False) -> None:
        self._detector = cv2.QRCodeDetectorAruco() if aruco else cv2.QRCodeDetector()
        self.name = "opencv-aruco" if aruco else "opencv"

    def decode(self, gray: np.ndarray) -> list[Detection]:
        try:
            text, points, _ = self._detector.detectAndDecode(gray)
        except cv2.error as exc:  # OpenCV 5's detector asserts on some frames with no code in them
            log.debug("%s failed: %s", self.name, exc)
            return []
        if not text or points is None:
            return []
        corners: Points = tuple((float(x), float(y)) for x, y in points.reshape(-1, 2))
        return [Detection(text, corners, self.name)]


class ChainDecoder:
    """Runs the next decoder only when the ones before it found nothing."""

    def __init__(self, decoders: Sequence[Decoder]) -> None:
        self.decoders = list(decoders)
        self.name = " > ".join(d.name for d in self.decoders)

    def decode(self, gray: np.ndarray) -> list[Detection]:
        for decoder in self.decoders:
            found = decoder.decode(gray)
            if found:
                return found
        return []


class SharpenedDecoder:
    """Another decoder on an unsharp-masked copy: reads codes out of focus that the plain pass misses."""

    def __init__(self, inner: Decoder, sigma: float = 2.0, amount: float = 1.5, denoise: float = 0.8) -> None:
        self.inner, self.sigma, self.amount, self.denoise = inner, sigma, amount, denoise
        self.name = f"{inner.name} sharpened"

    def decode(self, gray: np.ndarray) -> list[Detection]:
        # a light blur first: sharpening raw sensor noise makes finder-pattern look-alikes, slow to reject
        smooth = cv2.GaussianBlur(gray, (0, 0), self.denoise)
        blurred = cv2.GaussianBlur(smooth, (0, 0), self.sigma)
        return self.inner.decode(cv2.addWeighted(smooth, 1 + self.amount, blurred, -self.amount, 0))


def scale_points(detections: list[Detection], factor: float, dx: float = 0.0, dy: float = 0.0) -> list[Detection]:
    """Detections found in a resized or cropped image, moved back to the original's pixels."""
    return [Detection(d.text, tuple((x * factor + dx, y * factor + dy) for x, y in d.points), d.decoder)
            for d in detections]


def downscaled(gray: np.ndarray, max_side: int) -> tuple[np.ndarray, float]:
    """The image shrunk so its longer side is at most ``max_side``, and the factor back to full size."""
    side = max(gray.shape[:2])
    if side <= max_side:
        return gray, 1.0
    factor = side / max_side
    size = (round(gray.shape[1] / factor), round(gray.shape[0] / factor))
    return cv2.resize(gray, size, interpolation=cv2.INTER_AREA), factor


def decode_scaled(decoder: Decoder, gray: np.ndarray, max_side: int) -> list[Detection]:
    small, factor = downscaled(gray, max_side)
    found = decoder.decode(small)
    return scale_points(found, factor) if factor != 1.0 else found


def to_gray(image: np.ndarray) -> np.ndarray:
    if image.ndim == 2:
        return image
    code = cv2.COLOR_BGRA2GRAY if image.shape[2] == 4 else cv2.COLOR_BGR2GRAY
    return cv2.cvtColor(image, code)


DECODERS: dict[str, Callable[[], Decoder]] = {
    "pyzbar": ZbarDecoder,
    "zxing": ZxingDecoder,
    "zxing-invert": lambda: ZxingDecoder(try_invert=True),
    "opencv": OpenCVDecoder,
    "opencv-aruco": lambda: OpenCVDecoder(aruco=True),
    "zxing-sharp": lambda: SharpenedDecoder(ZxingDecoder()),
}


def make_decoder(name: str = "default") -> Decoder:
    """A decoder by name; "default" is the measured choice (see docs/scanning.md)."""
    if name == "default":
        return ZxingDecoder(try_invert=True)
    if "+" in name:
        return ChainDecoder([make_decoder(part) for part in name.split("+")])
    return DECODERS[name]()

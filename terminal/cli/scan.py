"""``python main.py scan PATH…``: decode images, folders, videos or a camera without the GUI.

One line per code found: the source (the path, or ``path#frame``), a tab, the text with backslashes,
newlines, tabs and carriage returns escaped; ``--json`` prints one object per line instead.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from terminal.scan.model import ScanEvent
    from terminal.scan.sources import FrameSource

NAME = "scan"
HELP = "decode QR codes in images, folders of images, videos or a camera, without the GUI"
# terminal.scan.decoders.DECODERS's names (a test keeps them equal): OpenCV and NumPy load only when a
# scan runs, not for every command of main.py.
DECODER_NAMES = ("pyzbar", "zxing", "zxing-invert", "opencv", "opencv-aruco", "zxing-sharp")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="image file, folder of images, video file, or camera index (0, 1, …)")
    parser.add_argument("--json", action="store_true",
                        help="one JSON object per line: source, text, kind (card, receipt, foreign), points")
    parser.add_argument("--decoder", default="default",
                        help=f"decoder: default, {', '.join(DECODER_NAMES)}, or a chain such as zxing+pyzbar")
    parser.add_argument("--window", type=float, default=3.0, metavar="SECONDS",
                        help="videos and cameras: the same code again within this many seconds is the same "
                             "scan (default 3; 0 reports every frame)")


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def format_event(event: ScanEvent, as_json: bool) -> str:
    if as_json:
        points = [[round(x, 1), round(y, 1)] for x, y in event.points]
        return json.dumps({"source": event.source, "text": event.text, "kind": str(event.kind), "points": points},
                          ensure_ascii=False)
    return f"{event.source}\t{escape(event.text)}"


def run(args: argparse.Namespace) -> int:
    """Exit status: 0 if a code was found, 1 if none was, 2 if a path could not be read."""
    from terminal.scan.decoders import make_decoder
    from terminal.scan.model import CameraStatus, ScanEvent, StatusChange
    from terminal.scan.scanner import Scanner, ScannerOptions
    from terminal.scan.sources import IMAGE_SUFFIXES, ImagesSource, open_source

    try:
        decoder = make_decoder(args.decoder)
    except KeyError as exc:
        print(f"unknown decoder {exc}; choose from default, {', '.join(DECODER_NAMES)}", file=sys.stderr)
        return 2
    found = failed = False
    stop = threading.Event()
    for path in args.paths:
        still = Path(path).is_dir() or Path(path).suffix.lower() in IMAGE_SUFFIXES
        options = ScannerOptions(debounce_window=-1.0 if still else args.window, every_frame=still)
        source = open_source(path)
        scanner = Scanner(partial(_same, source), decoder, options)
        try:
            for update in scanner.run(stop):
                if isinstance(update, ScanEvent):
                    found = True
                    print(format_event(update, args.json), flush=True)
                elif isinstance(update, StatusChange) and update.status in (CameraStatus.NO_CAMERA,
                                                                            CameraStatus.DISCONNECTED):
                    failed = True
                    print(f"{path}: {update.detail}", file=sys.stderr)
        except KeyboardInterrupt:
            stop.set()
            break
        if isinstance(source, ImagesSource) and source.skipped:
            failed = True
    return 2 if failed else 0 if found else 1


def _same(source: FrameSource) -> FrameSource:
    """The scanner's source factory for a source already opened: that one, every time."""
    return source

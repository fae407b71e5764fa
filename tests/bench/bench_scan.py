"""Benchmark of the scan pipeline: read rate per category, wrong texts, milliseconds per frame.

Run: ``.venv/bin/python tests/bench/bench_scan.py [--per-kind 50] [--hard-per-kind 30] [--configs …] [--cpu]``.
Prints Markdown tables (docs/scanning.md keeps a copy). Two sets: ``synth`` (ordinary difficulties,
500 frames at the defaults) and ``hardset`` (dark mode, screens, inverted prints, mirrored, small,
worn, curved, the phone card, small stills). A frame is decoded the way the camera loop does it
(``Scanner.detect``: the cheap pass, the candidates' extra passes; no region of interest), a still the
way ``main.py scan`` does; one core (``cv2.setNumThreads(1)``). "zxing-cpp defaults" is
``zxingcpp.read_barcodes(image)`` with every default (all formats, full size), the reference the
issue asks us to match. ``--cpu`` also runs the Qt camera worker and preview on a 15 fps video.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import cv2
import numpy as np
import zxingcpp

from terminal.scan import hardset, synth
from terminal.scan.decoders import make_decoder
from terminal.scan.model import Frame
from terminal.scan.scanner import Scanner, ScannerOptions, Tuning

# name -> (decoder, Tuning fields); "defaults" is zxing-cpp's read_barcodes as it comes
CONFIGS: dict[str, tuple[str, dict]] = {
    "zxing-cpp defaults (reference)": ("defaults", {}),
    "before: zxing > sharpened ≤640": ("zxing+zxing-sharp", {"candidates": 0, "enlarge_below": 0,
                                                             "sharpen_frame": False}),
    "now: light+dark ≤640, sharpened, patches (chosen)": ("default", {}),
    "pyzbar full frame": ("pyzbar", {"max_side": 4096, **(PLAIN := {"candidates": 0, "enlarge_below": 0,
                                                                    "sharpen_frame": False})}),
    "zxing-cpp full frame": ("zxing", {"max_side": 4096, **PLAIN}),
    "opencv full frame": ("opencv", {"max_side": 4096, **PLAIN}),
}
QUICK = list(CONFIGS)[:3]

Detect = Callable[[np.ndarray, bool], list[str]]  # image, still -> texts


def detector(decoder_name: str, fields: dict) -> Detect:
    if decoder_name == "defaults":
        return lambda image, still: [r.text for r in zxingcpp.read_barcodes(image)]
    live = Scanner(lambda: None, make_decoder(decoder_name),  # type: ignore[arg-type,return-value]
                   ScannerOptions(tuning=Tuning(**fields)))
    stills = Scanner(lambda: None, make_decoder(decoder_name),  # type: ignore[arg-type,return-value]
                     ScannerOptions(every_frame=True, tuning=Tuning(**fields)))

    def detect(image: np.ndarray, still: bool) -> list[str]:
        scanner = stills if still else live
        scanner._roi = None  # every frame on its own: no help from the last hit
        return [d.text for d in scanner.detect(Frame(image, "bench", 0, 0.0))]

    return detect


def timed(detect: Detect, image: np.ndarray, still: bool = False) -> tuple[list[str], float]:
    began = time.perf_counter()
    texts = detect(image, still)
    return texts, (time.perf_counter() - began) * 1000


def run_config(detect: Detect, data: list, empties: dict[str, list[np.ndarray]]) -> dict:
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # found, wrong, total
    card_ms: dict[tuple[int, int], list[float]] = defaultdict(list)
    for item in data:
        still = getattr(item, "still", False)
        texts, ms = timed(detect, item.image, still)
        counts = per_kind[item.kind]
        counts[2] += 1
        counts[0] += item.text in texts
        counts[1] += any(t != item.text for t in texts)
        if not still:
            card_ms[(item.image.shape[1], item.image.shape[0])].append(ms)
    empty_ms = {name: [timed(detect, frame)[1] for frame in frames] for name, frames in empties.items()}
    for name, frames in empties.items():  # the same frame again: a counter's camera sees a still scene
        empty_ms[f"{name}, next frame"] = [(detect(frame, False), timed(detect, frame)[1])[1] for frame in frames]
    return {"per_kind": dict(per_kind), "card_ms": card_ms, "empty_ms": empty_ms}


def median(values: list[float]) -> str:
    return f"{statistics.median(values):.1f}" if values else "–"


def rate_table(title: str, kinds: tuple[str, ...], results: dict[str, dict]) -> None:
    print(f"\n### {title}: read rate per category\n")
    print("| configuration | " + " | ".join(kinds) + " | all | wrong |")
    print("|---" * (len(kinds) + 3) + "|")
    for name, result in results.items():
        cells, found, total, wrong = [], 0, 0, 0
        for kind in kinds:
            f, w, t = result["per_kind"].get(kind, [0, 0, 0])
            found, total, wrong = found + f, total + t, wrong + w
            cells.append(f"{100 * f / t:.0f}%" if t else "–")
        print(f"| {name} | " + " | ".join(cells) + f" | **{100 * found / total:.1f}%** | {wrong} |")


def time_table(synth_results: dict[str, dict], hard_results: dict[str, dict]) -> None:
    print("\n### Milliseconds per frame (median)\n")
    print("| configuration | card 640×480 | card 1280×720 | hard card 1280×720 | empty 640×480 | empty 1280×720 "
          "| hard empty 1280×720 | hard empty, next frame |")
    print("|---|---|---|---|---|---|---|---|")
    small, large = (640, 480), (1280, 720)
    for name, r in synth_results.items():
        h = hard_results.get(name, {"card_ms": {}, "empty_ms": {}})
        print(f"| {name} | {median(r['card_ms'][small])} | {median(r['card_ms'][large])} | "
              f"{median(h['card_ms'].get(large, []))} | {median(r['empty_ms']['640×480'])} | "
              f"{median(r['empty_ms']['1280×720'])} | {median(h['empty_ms'].get('hard 1280×720', []))} | "
              f"{median(h['empty_ms'].get('hard 1280×720, next frame', []))} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-kind", type=int, default=50, help="synth frames per kind (10 kinds; default 50)")
    parser.add_argument("--hard-per-kind", type=int, default=30, help="hard-set images per kind (default 30)")
    parser.add_argument("--configs", nargs="*", default=QUICK,
                        help=f"configurations (default: the first three); all: {', '.join(CONFIGS)}")
    parser.add_argument("--cpu", action="store_true", help="also measure the preview's CPU share at 15 fps")
    args = parser.parse_args()
    cv2.setNumThreads(1)
    began = time.perf_counter()
    data = list(synth.samples(args.per_kind))
    hard = list(hardset.cases(args.hard_per_kind))
    empties = {f"{w}×{h}": [synth.empty_frame((w, h), seed) for seed in range(30)] for w, h in synth.SIZES}
    hard_empties = {"hard 1280×720": hardset.empty_frames((1280, 720), 20)}
    print(f"{len(data)} synth frames, {len(hard)} hard-set images and {60 + 20} empty frames generated "
          f"in {time.perf_counter() - began:.0f} s")
    synth_results, hard_results = {}, {}
    for name in args.configs:
        decoder_name, fields = CONFIGS[name]
        detect = detector(decoder_name, fields)
        synth_results[name] = run_config(detect, data, empties)
        hard_results[name] = run_config(detect, hard, hard_empties)
        print(f"  {name}: done", file=sys.stderr)
    rate_table("synth (ordinary difficulties)", synth.KINDS, synth_results)
    rate_table("hardset (what customers hold up)", hardset.KINDS, hard_results)
    time_table(synth_results, hard_results)
    if args.cpu:
        from tests.bench.cpu_preview import measure_preview_cpu

        measure_preview_cpu()
    return 0


if __name__ == "__main__":
    sys.exit(main())

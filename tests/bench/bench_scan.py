"""Benchmark of the QR decoders on the synthetic set: decode rate per degradation, wrong texts, speed.

Run: ``/work/main/.venv/bin/python tests/bench/bench_scan.py [--per-kind 50] [--decoders …] [--cpu]``.
Prints Markdown tables (docs/scanning.md keeps a copy). A frame is decoded the way the terminal's
camera loop does it (``Scanner.detect``: shrunk to ``max_side``, no region of interest), one fresh
scanner per frame. ``--cpu`` also runs the Qt camera worker and preview on a 15 fps video and reports
the process's CPU time as a share of one core.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import cv2
import numpy as np

from terminal.scan import synth
from terminal.scan.decoders import make_decoder
from terminal.scan.model import Frame
from terminal.scan.scanner import Scanner, ScannerOptions, Tuning

CONFIGS = {  # name -> (decoder, max_side)
    "pyzbar full frame": ("pyzbar", 4096),
    "zxing-cpp full frame": ("zxing", 4096),
    "opencv full frame": ("opencv", 4096),
    "opencv-aruco full frame": ("opencv-aruco", 4096),
    "zxing-cpp ≤640": ("zxing", 640),
    "zxing-cpp > sharpened ≤640 (chosen)": ("default", 640),
    "zxing-cpp > sharpened ≤960": ("zxing+zxing-sharp", 960),
    "zxing-cpp > pyzbar full frame": ("zxing+pyzbar", 4096),
    "pyzbar > zxing-cpp full frame": ("pyzbar+zxing", 4096),
}


def scanner_for(decoder_name: str, max_side: int) -> Scanner:
    options = ScannerOptions(tuning=Tuning(max_side=max_side, roi=True))
    return Scanner(lambda: None, make_decoder(decoder_name), options)  # type: ignore[arg-type,return-value]


def timed_detect(scanner: Scanner, image: np.ndarray) -> tuple[list[str], float]:
    scanner._roi = None
    began = time.perf_counter()
    found = scanner.detect(Frame(image, "bench", 0, 0.0))
    return [d.text for d in found], (time.perf_counter() - began) * 1000


def run_config(decoder_name: str, max_side: int, data: list[synth.Sample], empties: dict) -> dict:
    scanner = scanner_for(decoder_name, max_side)
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # found, wrong, total
    card_ms: dict[tuple[int, int], list[float]] = defaultdict(list)
    roi_ms: dict[tuple[int, int], list[float]] = defaultdict(list)
    for item in data:
        texts, ms = timed_detect(scanner, item.image)
        counts = per_kind[item.kind]
        counts[2] += 1
        counts[0] += item.text in texts
        counts[1] += any(t != item.text for t in texts)
        size = (item.image.shape[1], item.image.shape[0])
        card_ms[size].append(ms)
        if texts:  # the next frame of the same card: the region around the hit first
            began = time.perf_counter()
            scanner.detect(Frame(item.image, "bench", 1, 0.1))
            roi_ms[size].append((time.perf_counter() - began) * 1000)
    empty_ms = {size: [timed_detect(scanner, frame)[1] for frame in frames] for size, frames in empties.items()}
    return {"per_kind": dict(per_kind), "card_ms": card_ms, "roi_ms": roi_ms, "empty_ms": empty_ms}


def median(values: list[float]) -> str:
    return f"{statistics.median(values):.1f}" if values else "–"


def report(results: dict[str, dict]) -> None:
    kinds = list(synth.KINDS)
    print("\n### Decode rate per degradation (found / total; wrong texts in brackets)\n")
    print("| configuration | " + " | ".join(kinds) + " | all | wrong |")
    print("|---" * (len(kinds) + 3) + "|")
    for name, result in results.items():
        cells, found, total, wrong = [], 0, 0, 0
        for kind in kinds:
            f, w, t = result["per_kind"].get(kind, [0, 0, 0])
            found, total, wrong = found + f, total + t, wrong + w
            cells.append(f"{100 * f / t:.0f}%" if t else "–")
        print(f"| {name} | " + " | ".join(cells) + f" | **{100 * found / total:.1f}%** | {wrong} |")
    print("\n### Milliseconds per frame (median)\n")
    print("| configuration | card 640×480 | card 1280×720 | next frame, ROI 1280×720 | empty 640×480 "
          "| empty 1280×720 |")
    print("|---|---|---|---|---|---|")
    small, large = (640, 480), (1280, 720)
    for name, r in results.items():
        print(f"| {name} | {median(r['card_ms'][small])} | {median(r['card_ms'][large])} | "
              f"{median(r['roi_ms'][large])} | {median(r['empty_ms'][small])} | {median(r['empty_ms'][large])} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-kind", type=int, default=50, help="frames per degradation (10 kinds; default 50)")
    parser.add_argument("--configs", nargs="*", default=list(CONFIGS), help="configurations to run")
    parser.add_argument("--cpu", action="store_true", help="also measure the preview's CPU share at 15 fps")
    args = parser.parse_args()
    cv2.setNumThreads(1)
    began = time.perf_counter()
    data = list(synth.samples(args.per_kind))
    empties = {size: [synth.empty_frame(size, seed) for seed in range(30)] for size in synth.SIZES}
    print(f"{len(data)} card frames and {2 * 30} empty frames generated in {time.perf_counter() - began:.0f} s")
    results = {}
    for name in args.configs:
        decoder_name, max_side = CONFIGS[name]
        results[name] = run_config(decoder_name, max_side, data, empties)
        print(f"  {name}: done", file=sys.stderr)
    report(results)
    if args.cpu:
        from tests.bench.cpu_preview import measure_preview_cpu

        measure_preview_cpu()
    return 0


if __name__ == "__main__":
    sys.exit(main())

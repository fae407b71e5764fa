"""CPU share of one core while the camera worker scans and the panel previews a 15 fps, 1280×720 video.

Used by bench_scan.py --cpu; also runs alone: ``python tests/bench/cpu_preview.py``. The video plays
at its own pace like a camera (demo cards slide in and out, empty counter in between); the process's
user+system time over the wall time is the share of one core, decoding and painting included.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


RUNS = {  # name -> (decoder, tuning): the customer's pyzbar on whole frames; issue 11's tuning; now (issue 17)
    "pyzbar, whole frames": ("pyzbar", {"max_side": 4096, "roi": False, "skip_under_load": False, "candidates": 0,
                                        "sharpen_frame": False, "enlarge_below": 0}),
    "zxing-cpp > sharpened, ≤640, ROI, skipping": ("zxing+zxing-sharp", {"candidates": 0, "sharpen_frame": False,
                                                                         "enlarge_below": 0}),
    "now: light and dark, ≤640, sharpened, patches, ROI, skipping": ("default", {}),
}


def measure_preview_cpu(seconds: float = 10.0) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from terminal.scan import render
    from terminal.scan.demo_video import demo_showings, write_video
    from terminal.scan.scanner import ScannerOptions, Tuning
    from terminal.scan.settings import CameraSettings
    from terminal.scan.sources import VideoSource
    from ui.camera.preview import CameraPanel
    from ui.camera.worker import PREVIEW_FPS, CameraWorker

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        video = Path(folder) / "counter.mp4"
        codes = [render.code_from_int(7**40 + i) for i in range(3)]
        write_video(video, demo_showings(codes), fps=15, size=(1280, 720))
        print("\n### Preview CPU at 15 fps, 1280×720 (share of one core, process total)\n")
        print("| configuration | frames shown per s | scans | CPU share |")
        print("|---|---|---|---|")
        for name, (decoder, tuning) in RUNS.items():
            options = ScannerOptions(reconnect=True, pace=True, tuning=Tuning(preview_fps=PREVIEW_FPS, **tuning))
            worker = CameraWorker(CameraSettings(), source_factory=lambda: VideoSource(video, loop=True),
                                  options=options, decoder=decoder)
            panel = CameraPanel(worker)
            panel.resize(640, 520)
            panel.show()
            shown: list[object] = []
            scans: list[object] = []
            worker.frame_ready.connect(lambda image, _found, shown=shown: shown.append(image))
            worker.code_scanned.connect(scans.append)
            worker.start()
            began_wall, began_cpu = time.monotonic(), _cpu_seconds()
            QTimer.singleShot(int(seconds * 1000), app.quit)
            app.exec()
            wall, cpu = time.monotonic() - began_wall, _cpu_seconds() - began_cpu
            worker.stop()
            panel.close()
            print(f"| {name} | {len(shown) / wall:.1f} | {len(scans)} | **{100 * cpu / wall:.0f}%** |")


if __name__ == "__main__":
    measure_preview_cpu()

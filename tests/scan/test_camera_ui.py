"""The camera worker and panel with real threads, real video and real decoding (pytest-qt)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from terminal.scan.model import CameraStatus, ScanEvent, ScanKind
from terminal.scan.scanner import ScannerOptions, Tuning
from terminal.scan.settings import CameraSettings
from terminal.scan.sources import VideoSource
from ui.camera.preview import CameraPanel
from ui.camera.runner import GeneratorRunner
from ui.camera.worker import CameraWorker

from .conftest import CARD_A, CARD_B, CARD_C, FOREIGN, GARBLED, FlakySource

FAST = ScannerOptions(debounce_window=3.0, reconnect=True, retry_interval=0.001,
                      tuning=Tuning(preview_fps=1000.0, preview_width=320))


@pytest.fixture
def make_worker(qtbot) -> Iterator:
    made: list[CameraWorker] = []

    def make(**kwargs) -> CameraWorker:
        worker = CameraWorker(CameraSettings(source=kwargs.pop("source", "0")), **kwargs)
        made.append(worker)
        return worker

    yield make
    for worker in made:
        worker.stop()


def record(worker: CameraWorker) -> dict[str, list]:
    seen: dict[str, list] = {"scans": [], "foreign": [], "status": [], "frames": []}
    worker.code_scanned.connect(seen["scans"].append)
    worker.foreign_code.connect(seen["foreign"].append)
    worker.status_changed.connect(lambda status, _detail: seen["status"].append(status))
    worker.frame_ready.connect(lambda image, detections: seen["frames"].append((image, detections)))
    return seen


def test_a_video_of_presentations_gives_one_signal_per_card_and_messages_for_foreign_codes(
        qtbot, make_worker, cards_video: Path) -> None:
    worker = make_worker(source_factory=lambda: VideoSource(cards_video), options=FAST)
    seen = record(worker)
    worker.start()
    qtbot.waitUntil(lambda: worker.status is CameraStatus.ENDED, timeout=20000)
    scans: list[ScanEvent] = seen["scans"]
    assert [e.text for e in scans] == [CARD_A, CARD_A, CARD_B, CARD_C, CARD_B]
    assert {e.kind for e in scans} == {ScanKind.CARD}
    assert seen["foreign"] == [FOREIGN, GARBLED]
    assert seen["status"] == [CameraStatus.STARTING, CameraStatus.RUNNING, CameraStatus.ENDED]
    assert seen["frames"] and any(detections for _, detections in seen["frames"])
    image, _ = seen["frames"][0]
    assert (image.width(), image.height()) == (320, 240)


def test_a_camera_lost_mid_stream_shows_disconnected_and_comes_back(qtbot, make_worker) -> None:
    source = FlakySource(["ok", "lose", "absent", "ok"], [CARD_A, CARD_A, CARD_B, CARD_C])
    worker = make_worker(source_factory=lambda: source, options=FAST)
    panel = CameraPanel(worker)
    qtbot.addWidget(panel)
    texts: list[str] = []
    worker.status_changed.connect(lambda *_: texts.append(panel.status_label.text()))
    seen = record(worker)
    worker.start()
    qtbot.waitUntil(lambda: worker.status is CameraStatus.ENDED, timeout=10000)
    assert seen["status"] == [CameraStatus.STARTING, CameraStatus.RUNNING, CameraStatus.DISCONNECTED,
                              CameraStatus.DISCONNECTED, CameraStatus.RUNNING, CameraStatus.ENDED]
    assert any("disconnected" in text.lower() for text in texts)
    assert [e.text for e in seen["scans"]] == [CARD_A, CARD_B, CARD_C]


def test_no_camera_keeps_trying_says_so_and_stops_at_once(qtbot, make_worker, tmp_path: Path) -> None:
    options = ScannerOptions(reconnect=True, retry_interval=30.0)  # a long wait: stop() must cut it short
    worker = make_worker(source=str(tmp_path / "no-such-video.mp4"), options=options)
    panel = CameraPanel(worker)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(worker.status_changed, check_params_cb=lambda s, _d: s is CameraStatus.NO_CAMERA):
        worker.start()
    assert panel.status_label.text() == "Camera: none found"
    assert panel.view.placeholder.startswith("No camera found.")
    assert not panel.retry_button.isHidden()
    runner = worker._runner
    worker.stop()
    assert runner is not None and not runner.is_running()
    assert worker.status is CameraStatus.STOPPED


def test_the_panel_shows_the_frame_mirrored_with_the_code_outlined(qtbot, make_worker, cards_video: Path,
                                                                   tmp_path: Path) -> None:
    worker = make_worker(source_factory=lambda: VideoSource(cards_video), options=FAST)
    panel = CameraPanel(worker)
    panel.set_mirror(True)
    panel.resize(480, 420)
    qtbot.addWidget(panel)
    outlined = []
    worker.frame_ready.connect(lambda image, detections: outlined.append(1) if detections else None)
    worker.start()
    qtbot.waitUntil(lambda: bool(outlined) and bool(panel.view.detections), timeout=20000)
    assert not panel.view.image.isNull() and panel.view.mirror
    assert "Camera on" in panel.status_label.text()
    panel.grab().save(str(tmp_path / "panel.png"))  # to look at: pytest --basetemp=/tmp/scan-look
    worker.stop()
    assert panel.view.image.isNull()  # stopped: the message replaces the last frame


def test_a_foreign_code_shows_a_short_message(qtbot, make_worker) -> None:
    worker = make_worker()
    panel = CameraPanel(worker)
    qtbot.addWidget(panel)
    worker.foreign_code.emit("https://example.com")
    assert panel.message_label.text() == "Not one of our cards."
    assert not panel.message_label.isHidden()


@pytest.mark.expected_error_log
def test_the_runner_reports_a_generator_that_fails_and_stops_one_that_waits(qtbot) -> None:
    def broken(stop: threading.Event) -> Iterator[int]:
        yield 1
        raise RuntimeError("bug in the loop")

    runner = GeneratorRunner(broken)
    with qtbot.waitSignal(runner.failed) as failed, qtbot.waitSignal(runner.finished):
        runner.start()
    assert str(failed.args[0]) == "bug in the loop"

    def waiting(stop: threading.Event) -> Iterator[int]:
        while not stop.wait(10):
            yield 0

    runner = GeneratorRunner(waiting)
    runner.start()
    assert runner.stop(timeout_ms=2000)

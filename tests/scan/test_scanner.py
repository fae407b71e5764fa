import threading
from pathlib import Path

import pytest

from terminal.scan.model import CameraStatus, Frame, Preview, ScanEvent, ScanKind, StatusChange
from terminal.scan.scanner import Scanner, ScannerOptions, Tuning
from terminal.scan.sources import ImagesSource, VideoSource, open_source

from .conftest import CARD_A, CARD_B, CARD_C, FOREIGN, GARBLED, FlakySource, code_frame


def run_all(scanner: Scanner, stop: threading.Event | None = None) -> list:
    return list(scanner.run(stop or threading.Event()))


def scans(updates: list) -> list[ScanEvent]:
    return [u for u in updates if isinstance(u, ScanEvent)]


def statuses(updates: list) -> list[CameraStatus]:
    return [u.status for u in updates if isinstance(u, StatusChange)]


@pytest.mark.parametrize(("window", "expected"), [
    (3.0, [CARD_A, CARD_A, CARD_B, CARD_C, CARD_B, FOREIGN, GARBLED]),
    (10.0, [CARD_A, CARD_B, CARD_C, CARD_B, FOREIGN, GARBLED]),
])
def test_each_presentation_in_a_video_is_exactly_one_scan(cards_video: Path, window: float,
                                                          expected: list[str]) -> None:
    scanner = Scanner(lambda: VideoSource(cards_video), options=ScannerOptions(debounce_window=window))
    updates = run_all(scanner)
    found = scans(updates)
    assert [e.text for e in found] == expected
    assert [e.kind for e in found][-3:] == [ScanKind.CARD, ScanKind.FOREIGN, ScanKind.FOREIGN]
    assert all(e.source.startswith(f"{cards_video}#") for e in found)
    assert statuses(updates) == [CameraStatus.STARTING, CameraStatus.RUNNING, CameraStatus.ENDED]


def test_a_source_that_fails_mid_stream_is_disconnected_then_recovers_and_scans_again() -> None:
    texts = [CARD_A, CARD_A, CARD_B, CARD_C]
    script = ["ok", "lose", "absent", "ok"]
    source = FlakySource(script, texts)
    scanner = Scanner(lambda: source, options=ScannerOptions(reconnect=True, retry_interval=0.001))
    updates = run_all(scanner)
    assert statuses(updates) == [CameraStatus.STARTING, CameraStatus.RUNNING, CameraStatus.DISCONNECTED,
                                 CameraStatus.DISCONNECTED, CameraStatus.RUNNING, CameraStatus.ENDED]
    assert [e.text for e in scans(updates)] == [CARD_A, CARD_B, CARD_C]
    lost = [u for u in updates if isinstance(u, StatusChange) and u.status is CameraStatus.DISCONNECTED]
    assert lost[0].detail == "USB device gone"


def test_no_camera_without_reconnect_gives_up_and_with_reconnect_waits_until_stopped(tmp_path: Path) -> None:
    missing = tmp_path / "nothing-here"
    updates = run_all(Scanner(lambda: open_source(missing)))
    assert statuses(updates) == [CameraStatus.STARTING, CameraStatus.NO_CAMERA]

    stop = threading.Event()
    scanner = Scanner(lambda: open_source(missing), options=ScannerOptions(reconnect=True, retry_interval=0.001))
    seen = []
    for update in scanner.run(stop):
        seen.append(update)
        if len(seen) == 4:
            stop.set()
    assert statuses(seen) == [CameraStatus.STARTING, CameraStatus.NO_CAMERA, CameraStatus.NO_CAMERA,
                              CameraStatus.NO_CAMERA]


def test_foreign_and_garbled_codes_are_reported_as_foreign(image_folder: Path) -> None:
    found = scans(run_all(Scanner(lambda: ImagesSource(image_folder), options=ScannerOptions(every_frame=True))))
    assert [(e.text, e.kind) for e in found] == [(CARD_A, ScanKind.CARD), (FOREIGN, ScanKind.FOREIGN),
                                                  (GARBLED, ScanKind.FOREIGN)]
    assert found[0].source == str(image_folder / "1_card.png")


def test_stopping_a_looping_source_ends_the_run(image_folder: Path) -> None:
    stop = threading.Event()
    scanner = Scanner(lambda: ImagesSource(image_folder, loop=True))
    updates = []
    for update in scanner.run(stop):
        updates.append(update)
        if scanner.frames_read >= 10:
            stop.set()
    assert updates[-1] == StatusChange(CameraStatus.STOPPED)
    assert scanner.frames_read < 20  # a looping folder never ends by itself


def test_the_area_of_the_last_hit_is_decoded_first_and_reported_in_frame_pixels() -> None:
    scanner = Scanner(lambda: None)  # type: ignore[arg-type,return-value]
    frame = Frame(code_frame(CARD_A, size=(1280, 720), at=(900, 400)), "f", 1, 0.0)
    first = scanner.detect(frame)
    assert scanner._roi is not None and scanner._roi[0] > 700
    again = scanner.detect(frame)
    assert [d.text for d in again] == [CARD_A]
    assert [c for p in again[0].points for c in p] == pytest.approx([c for p in first[0].points for c in p], abs=2)


def test_previews_are_small_copies_with_the_code_outlined(image_folder: Path) -> None:
    options = ScannerOptions(tuning=Tuning(preview_fps=1000.0, preview_width=320, outline_hold=0.05))
    previews = [u for u in run_all(Scanner(lambda: ImagesSource(image_folder), options=options))
                if isinstance(u, Preview)]
    assert len(previews) == 4
    assert previews[0].image.shape == (240, 320) and previews[0].scale == 0.5
    assert [d.text for d in previews[0].detections] == [CARD_A]
    assert previews[1].detections == ()  # the empty frame comes 1/15 s later, after the outline's hold


class FastCamera:
    """A live source much faster than any decoder: a million frames a second, each with a card."""

    live = True
    fps = 1_000_000.0
    description = "fast camera"

    def __init__(self, frames: int) -> None:
        self.left = frames

    def open(self) -> None:
        pass

    def read(self) -> Frame | None:
        if not self.left:
            return None
        self.left -= 1
        return Frame(code_frame(CARD_A), "fast", 20 - self.left, (20 - self.left) / self.fps)

    def close(self) -> None:
        pass


@pytest.mark.parametrize("skip", [True, False])
def test_a_live_camera_faster_than_the_decoder_has_frames_skipped(skip: bool) -> None:
    scanner = Scanner(lambda: FastCamera(20), options=ScannerOptions(tuning=Tuning(skip_under_load=skip)))
    found = scans(run_all(scanner))
    assert [e.text for e in found] == [CARD_A]
    assert scanner.frames_read == 20
    assert (scanner.frames_decoded < 10) if skip else (scanner.frames_decoded == 20)


def test_a_looping_folder_without_images_ends_instead_of_spinning(tmp_path: Path) -> None:
    (tmp_path / "notes.png").write_text("not an image", encoding="utf-8")
    source = ImagesSource(tmp_path, loop=True)
    source.open()
    assert source.read() is None
    assert source.skipped == 1

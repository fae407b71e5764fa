import threading
from pathlib import Path

from terminal import demo
from terminal.counter import Counter
from terminal.db import connect
from terminal.paths import database_path
from terminal.scan import settings
from terminal.scan.demo_camera import demo_video
from terminal.scan.model import ScanEvent, ScanKind
from terminal.scan.scanner import Scanner
from terminal.scan.settings import CameraSettings, startup_settings
from terminal.scan.sources import VideoSource


def test_the_camera_flag_wins_over_the_saved_source(tmp_path: Path) -> None:
    settings.save(tmp_path, CameraSettings(source="1", enabled=False, mirror=False))
    chosen = startup_settings(tmp_path, "/videos/counter.mp4")
    assert chosen == CameraSettings(source="/videos/counter.mp4", enabled=True, mirror=False)
    assert startup_settings(tmp_path) == CameraSettings(source="1", enabled=False, mirror=False)


def test_the_demo_without_a_webcam_films_cards_the_demo_database_knows(tmp_path: Path) -> None:
    demo.generate(tmp_path, customers=12, months=1)
    settings.save(tmp_path, CameraSettings(source="97"))  # no such webcam
    chosen = startup_settings(tmp_path, demo=True)
    assert chosen.source == str(demo_video(tmp_path)) and Path(chosen.source).is_file()

    scanned = [u for u in Scanner(lambda: VideoSource(chosen.source)).run(threading.Event())
               if isinstance(u, ScanEvent)]
    assert [e.kind for e in scanned] == [ScanKind.CARD] * 4 + [ScanKind.RECEIPT]
    db = connect(database_path(tmp_path))
    try:
        counter = Counter(db)
        customers = [counter.open_card(e.text).customer for e in scanned[:4]]
    finally:
        db.close()
    assert all(c is not None for c in customers[:3]) and customers[3] is None  # three regulars, one new card

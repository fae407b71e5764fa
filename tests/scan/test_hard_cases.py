"""The hard cases (``hardset``), each on a small fixed sample, through the real pipeline and zxing-cpp's defaults."""

from __future__ import annotations

import subprocess
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp

from main import main
from terminal.cards import parse_code
from terminal.receipts.cards import CardFace
from terminal.receipts.phone_card import phone_card_image, phone_card_pdf, phone_card_png
from terminal.scan import hardset, render, synth
from terminal.scan.decoders import make_decoder, to_gray
from terminal.scan.demo_video import Showing, write_video
from terminal.scan.model import Detection, Frame
from terminal.scan.passes import FrameDecoder, Passes
from terminal.scan.regions import candidate_boxes
from terminal.scan.scanner import Scanner, ScannerOptions, Tuning

from .conftest import CARD_A, CARD_B

SAMPLE = 4  # per kind: the benchmark (tests/bench/bench_scan.py) runs 30


NO_BUDGET = Tuning(budget_ms=float("inf"))  # what the passes read, whatever the machine's load (the budget: below)


def ours(case: hardset.Case) -> list[str]:
    scanner = Scanner(lambda: None, options=ScannerOptions(every_frame=case.still, tuning=NO_BUDGET))  # type: ignore[arg-type,return-value]
    return [d.text for d in scanner.detect(Frame(case.image, case.name, 0, 0.0))]


@pytest.mark.parametrize("kind", hardset.KINDS)
def test_every_kind_reads_at_least_what_zxing_cpp_defaults_read_and_never_a_wrong_text(kind: str) -> None:
    read = reference = 0
    for case in hardset.cases(SAMPLE, kinds=(kind,)):
        texts = ours(case)
        assert set(texts) <= {case.text}, case.name
        read += case.text in texts
        reference += case.text in [r.text for r in zxingcpp.read_barcodes(case.image)]
    assert read >= max(reference, 1), (kind, read, reference)


@pytest.mark.parametrize("kind", synth.KINDS)
def test_every_ordinary_kind_reads_at_least_what_zxing_cpp_defaults_read(kind: str) -> None:
    scanner = Scanner(lambda: None, options=ScannerOptions(tuning=NO_BUDGET))  # type: ignore[arg-type,return-value]
    read = reference = 0
    for item in synth.samples(SAMPLE, kinds=(kind,)):
        texts = [d.text for d in scanner.detect(Frame(item.image, item.name, 0, 0.0))]
        scanner._roi = None
        assert set(texts) <= {item.text}, item.name
        read += item.text in texts
        reference += item.text in [r.text for r in zxingcpp.read_barcodes(item.image)]
    assert read >= max(reference, 1), (kind, read, reference)


def test_light_on_dark_is_read_only_because_the_pipeline_inverts() -> None:
    case = hardset.case("dark_mode", 0)
    plain = Scanner(lambda: None, make_decoder("zxing"))  # type: ignore[arg-type,return-value]
    assert plain.detect(Frame(case.image, "", 0, 0.0)) == []
    assert ours(case) == [case.text]


class Counting:
    """A decoder that counts its calls and the pixels it was given."""

    name = "counting"

    def __init__(self) -> None:
        self.inner = make_decoder()
        self.calls: list[tuple[int, int]] = []

    def decode(self, gray: np.ndarray) -> list[Detection]:
        self.calls.append(gray.shape[:2])
        return self.inner.decode(gray)


def test_an_empty_counter_costs_two_decodes_of_the_shrunk_frame_and_no_candidate() -> None:
    counting = Counting()
    decoder = FrameDecoder(counting, Passes(budget_ms=float("inf")))
    for seed in range(5):
        assert decoder.frame(to_gray(synth.empty_frame((1280, 720), seed))) == []
    assert counting.calls == [(360, 640)] * 10  # plain, then sharpened (within the budget)


def test_hard_empty_frames_read_nothing_and_try_at_most_a_few_candidates() -> None:
    counting = Counting()
    decoder = FrameDecoder(counting, Passes(budget_ms=float("inf")))
    for frame in hardset.empty_frames((1280, 720), 6):
        before = len(counting.calls)
        assert decoder.frame(to_gray(frame)) == []
        # the cheap pass, the sharpened frame, per small candidate one view, plain and sharpened
        assert len(counting.calls) - before <= 2 + decoder.passes.candidates * 2


def test_a_code_small_in_the_frame_is_read_from_an_upscaled_patch_of_the_full_frame() -> None:
    frame = np.full((720, 1280), 128, np.uint8)
    # 61 px at 1280 (1.85 px a module): 30 px, under one a module, once the frame is shrunk to 640
    code = cv2.resize(render.qr_image(CARD_A, 8), (61, 61), interpolation=cv2.INTER_AREA)
    frame[401:462, 901:962] = code
    frame = render.sensor_noise(cv2.GaussianBlur(frame, (0, 0), 0.8), 3, np.random.default_rng(1))
    small_only = FrameDecoder(make_decoder(), Passes(candidates=0))
    assert small_only.frame(frame) == []
    found = FrameDecoder(make_decoder(), Passes(budget_ms=float("inf"))).frame(frame)
    assert [d.text for d in found] == [CARD_A]
    xs, ys = [x for x, _ in found[0].points], [y for _, y in found[0].points]
    assert min(xs) == pytest.approx(908.4, abs=2) and min(ys) == pytest.approx(408.4, abs=2)  # full-frame pixels
    boxes = candidate_boxes(cv2.resize(frame, (640, 360), interpolation=cv2.INTER_AREA))
    assert boxes and boxes[0][0] <= 454 <= boxes[0][2] and boxes[0][1] <= 204 <= boxes[0][3]


def test_no_extra_pass_starts_once_the_budget_is_spent() -> None:
    case = hardset.case("small_frame", 1)
    assert ours(case) == [case.text]
    counting = Counting()
    assert FrameDecoder(counting, Passes(budget_ms=0.0)).frame(to_gray(case.image)) == []
    assert counting.calls == [(360, 640)] * 2  # the shrunk frame, plain and sharpened: no patch


def test_a_tiny_still_is_read_by_the_scan_command(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    case = next(c for c in hardset.cases(6, kinds=("tiny_still",)) if c.text in ours(c))
    assert max(case.image.shape[:2]) <= 100
    path = tmp_path / "tiny.png"
    cv2.imwrite(str(path), case.image)
    assert main(["scan", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}\t{case.text}\n"


FACE = CardFace(parse_code(CARD_A), "Кав'ярня Ранок", "Zsófia Őrsi")


def test_the_phone_card_png_is_a_phone_screen_with_a_big_crisp_code() -> None:
    image = cv2.imdecode(np.frombuffer(phone_card_png(FACE), np.uint8), cv2.IMREAD_COLOR)
    assert image.shape[:2] == (1920, 1080)
    picture = phone_card_image(FACE)
    (x0, _), (x1, _) = picture.code_corners[0], picture.code_corners[1]
    assert (x1 - x0) / 33 >= 20  # px a module: readable from a phone held half a metre away
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [CARD_A]


def test_the_phone_card_pdf_carries_the_shop_the_customer_and_a_readable_code(tmp_path: Path) -> None:
    path = tmp_path / "card.pdf"
    path.write_bytes(phone_card_pdf(FACE))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Кав'ярня Ранок" in text and "Zsófia Őrsi" in text and FACE.code.grouped() in text
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", str(path), str(tmp_path / "page")], check=True)
    page = cv2.imread(str(tmp_path / "page.png"))
    assert page.shape[0] / page.shape[1] == pytest.approx(16 / 9, abs=0.01)
    assert [r.text for r in zxingcpp.read_barcodes(page)] == [CARD_A]


def test_the_phone_card_held_up_to_the_camera_is_read() -> None:
    rng = np.random.default_rng(5)
    picture = phone_card_image(FACE, width=540)
    phone = render.screen_art(picture.image, dark=False, grid=3, rng=rng, code_corners=picture.code_corners)
    background = render.scene((1280, 720), rng)
    homography = render.pose_homography(phone.image.shape[1::-1], (640, 360), 260, 12, 15, -10, focal=1800)
    frame, _ = render.compose(background, phone, homography)
    frame = render.sensor_noise(cv2.GaussianBlur(frame, (0, 0), 0.7), 4, rng)
    scanner = Scanner(lambda: None, options=ScannerOptions(tuning=NO_BUDGET))  # type: ignore[arg-type,return-value]
    events = list(scanner.scans(Frame(frame, "cam", 0, 0.0), scanner.detect(Frame(frame, "cam", 0, 0.0))))
    assert [(e.text, str(e.kind)) for e in events] == [(CARD_A, "card")]


def test_a_dark_mode_phone_in_a_video_is_one_scan(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    video = tmp_path / "phones.mp4"
    write_video(video, [Showing(CARD_A, hold=0.8, gap=0.3, phone=True, dark=True),
                        Showing(CARD_B, hold=0.8, gap=0.3, phone=True)], fps=10)
    assert main(["scan", str(video)]) == 0
    assert [line.split("\t")[1] for line in capsys.readouterr().out.splitlines()] == [CARD_A, CARD_B]


def test_a_still_busy_scene_is_searched_once_and_a_code_appearing_in_it_is_read() -> None:
    counting = Counting()
    decoder = FrameDecoder(counting, Passes(budget_ms=float("inf")))
    scene = to_gray(hardset.empty_frames((1280, 720), 2)[1])  # a phone showing text: code-like patches
    assert decoder.frame(scene) == []
    first = len(counting.calls)
    assert first > 2
    assert decoder.frame(scene.copy()) == []
    assert len(counting.calls) - first == 2  # the shrunk frame, plain and sharpened: no patch tried again
    # a small card held up over the same scene: a patch that changed, so it is tried
    code = cv2.resize(render.qr_image(CARD_A, 8), (64, 64), interpolation=cv2.INTER_AREA)
    held = scene.copy()
    held[601:665, 1101:1165] = code
    held = render.sensor_noise(cv2.GaussianBlur(held, (0, 0), 0.8), 3, np.random.default_rng(2))
    assert [d.text for d in decoder.frame(held)] == [CARD_A]

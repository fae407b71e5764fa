import json
from pathlib import Path

import cv2
import pytest

from main import main

from .conftest import CARD_A, CARD_B, CARD_C, FOREIGN, GARBLED, code_frame


def test_a_folder_prints_one_line_per_code_with_its_file(image_folder: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["scan", str(image_folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"{image_folder / '1_card.png'}\t{CARD_A}", f"{image_folder / '3_foreign.png'}\t{FOREIGN}",
                     f"{image_folder / '4_garbled.png'}\t{GARBLED}"]


def test_json_lines_carry_source_text_kind_and_corners(image_folder: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["scan", "--json", str(image_folder / "1_card.png"), str(image_folder / "4_garbled.png")]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["text"], r["kind"]) for r in records] == [(CARD_A, "card"), (GARBLED, "foreign")]
    assert records[0]["source"] == str(image_folder / "1_card.png")
    corners = records[0]["points"]
    assert len(corners) == 4
    assert min(x for x, _ in corners) == pytest.approx(220, abs=6)  # code_frame puts the code at (200+20, 120+20)


def test_a_video_gives_one_line_per_presentation_with_its_frame(cards_video: Path,
                                                                capsys: pytest.CaptureFixture) -> None:
    assert main(["scan", str(cards_video)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[1] for line in lines] == [CARD_A, CARD_A, CARD_B, CARD_C, CARD_B, FOREIGN, GARBLED]
    assert all(line.startswith(f"{cards_video}#") for line in lines)
    frame_numbers = [int(line.split("\t")[0].rsplit("#", 1)[1]) for line in lines]
    assert frame_numbers == sorted(frame_numbers) and frame_numbers[0] > 1


def test_newlines_tabs_and_backslashes_are_escaped(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "odd.png"
    cv2.imwrite(str(path), code_frame("line one\nA\tB\\C", module=4, at=(100, 100)))
    assert main(["scan", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}\tline one\\nA\\tB\\\\C\n"


def test_exit_status_says_nothing_found_or_unreadable(tmp_path: Path, image_folder: Path,
                                                      capsys: pytest.CaptureFixture) -> None:
    assert main(["scan", str(image_folder / "2_empty.png")]) == 1
    assert main(["scan", str(tmp_path / "missing.mp4")]) == 2
    assert "missing.mp4" in capsys.readouterr().err

import numpy as np
import pytest

from terminal.scan import synth
from terminal.scan.decoders import DECODERS, make_decoder, to_gray
from terminal.scan.passes import FrameDecoder
from terminal.scan.render import qr_image

from .conftest import CARD_A, FOREIGN, code_frame


@pytest.mark.parametrize("name", [*DECODERS, "default", "zxing+pyzbar"])
def test_each_decoder_reads_a_card_and_reports_its_corners(name: str) -> None:
    found = make_decoder(name).decode(code_frame(CARD_A, at=(200, 120), module=5))
    assert [d.text for d in found] == [CARD_A]
    # the code proper starts after the 4-module quiet zone and is 25 modules wide
    xs, ys = [x for x, _ in found[0].points], [y for _, y in found[0].points]
    assert min(xs) == pytest.approx(220, abs=6) and max(xs) == pytest.approx(345, abs=6)
    assert min(ys) == pytest.approx(140, abs=6) and max(ys) == pytest.approx(265, abs=6)


def test_the_default_decoder_reads_a_rendered_camera_frame_of_every_kind() -> None:
    decoder = make_decoder()
    for kind in synth.KINDS:
        item = synth.sample(kind, 1, seed=7)
        texts = [d.text for d in decoder.decode(to_gray(item.image))]
        assert texts in ([item.text], []), kind  # a miss is allowed here (the benchmark counts), a wrong text never
    plain = synth.sample("rotation", 0)
    assert [d.text for d in decoder.decode(to_gray(plain.image))] == [plain.text]


def test_a_foreign_code_is_read_as_it_is() -> None:
    assert [d.text for d in make_decoder().decode(code_frame(FOREIGN, module=4, at=(100, 60)))] == [FOREIGN]


def test_an_empty_frame_has_no_codes() -> None:
    assert make_decoder().decode(to_gray(synth.empty_frame((1280, 720)))) == []


def test_a_small_code_in_a_large_photo_is_found_and_placed_in_the_photos_pixels() -> None:
    photo = np.full((3000, 4000), 140, np.uint8)
    code = qr_image(CARD_A, 5)  # 165 px in a 4000 px photo: too small once the photo is shrunk to 1280
    photo[2000:2000 + code.shape[0], 3000:3000 + code.shape[1]] = code
    found = FrameDecoder(make_decoder()).still(photo)
    assert [d.text for d in found] == [CARD_A]
    assert min(x for x, _ in found[0].points) == pytest.approx(3020, abs=8)
    assert min(y for _, y in found[0].points) == pytest.approx(2020, abs=8)


def test_the_scan_command_lists_every_decoder_without_loading_them() -> None:
    from terminal.cli import scan

    assert tuple(DECODERS) == scan.DECODER_NAMES

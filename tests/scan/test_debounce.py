from terminal.scan.debounce import Debouncer


def test_a_card_held_in_view_is_one_scan_even_with_missed_frames() -> None:
    debouncer = Debouncer(window=2.0)
    assert debouncer.feed(["A"], 0.0) == ["A"]
    assert debouncer.feed(["A"], 0.1) == []
    assert debouncer.feed([], 0.2) == []  # the decoder missed a frame
    assert debouncer.feed(["A"], 1.9) == []
    assert debouncer.feed(["A"], 3.8) == []  # the window runs from the last sighting, not the first


def test_the_same_card_after_the_window_is_a_new_scan() -> None:
    debouncer = Debouncer(window=2.0)
    debouncer.feed(["A"], 0.0)
    assert debouncer.feed(["A"], 2.01) == ["A"]


def test_a_different_card_is_a_new_scan_at_once_and_so_is_the_first_again() -> None:
    debouncer = Debouncer(window=5.0)
    assert debouncer.feed(["A"], 0.0) == ["A"]
    assert debouncer.feed(["B"], 0.1) == ["B"]
    assert debouncer.feed(["A"], 0.2) == ["A"]
    assert debouncer.feed(["A", "B"], 0.3) == ["B"]


def test_two_codes_in_one_frame_are_two_scans_once() -> None:
    debouncer = Debouncer(window=1.0)
    assert debouncer.feed(["A", "B", "A"], 0.0) == ["A", "B"]
    assert debouncer.feed(["B", "A"], 0.5) == []
    debouncer.reset()
    assert debouncer.feed(["B"], 0.6) == ["B"]

from datetime import date

import pytest

from terminal import cards, tokens
from terminal.scan.classify import classify
from terminal.scan.model import ScanKind
from terminal.scan.render import code_from_int

CODE = code_from_int(0x1234_5678_9ABC_DEF0_1234_5678_9ABC_DEF0)


def test_a_card_code_in_any_printed_form_is_a_card_with_its_canonical_code() -> None:
    grouped = cards.parse_code(CODE).grouped().lower()
    assert classify(CODE) == (ScanKind.CARD, CODE)
    assert classify(grouped) == (ScanKind.CARD, CODE)


def test_a_card_code_with_a_wrong_check_character_is_foreign() -> None:
    last = CODE[-1]
    garbled = CODE[:-1] + ("X" if last != "X" else "Y")
    assert classify(garbled) == (ScanKind.FOREIGN, garbled)


def test_a_receipts_feedback_url_or_token_is_a_receipt() -> None:
    token = tokens.make_token("secret", "S1-T1-000042", date(2026, 3, 10))
    url = tokens.feedback_url("https://shop.example/f", token)
    assert classify(url) == (ScanKind.RECEIPT, token)
    assert classify(token) == (ScanKind.RECEIPT, token)


@pytest.mark.parametrize("text", ["https://example.com/menu", "WIFI:S:cafe;T:WPA;P:secret;;", "", "LT1",
                                  "x" * 5000, "\x00\n\t", "LT1" + "Z" * 300])
def test_anything_else_is_foreign_and_never_raises(text: str) -> None:
    kind, _ = classify(text)
    assert kind is ScanKind.FOREIGN

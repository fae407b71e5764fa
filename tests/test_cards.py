from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from terminal import cards
from terminal.cards import ALPHABET, CardCodeError, CodeProblem, parse_code


def test_new_codes_parse_back_in_every_printed_form() -> None:
    code = cards.new_code()
    for text in (code.code, code.grouped(), code.grouped().lower(), f"  {code.grouped()} \n",
                 code.grouped().replace("-", " ")):
        assert parse_code(text) == code


def test_codes_are_random_and_carry_128_bits() -> None:
    codes = {cards.new_code().code for _ in range(2000)}
    assert len(codes) == 2000
    assert all(len(c) == cards.CODE_LENGTH and c.startswith("LT1") for c in codes)


def test_every_single_changed_character_is_caught() -> None:
    code = cards.new_code().code
    for position in range(len(cards.PREFIX), len(code)):
        for replacement in cards.CHECK_ALPHABET if position == len(code) - 1 else ALPHABET:
            if replacement == code[position]:
                continue
            changed = code[:position] + replacement + code[position + 1:]
            with pytest.raises(CardCodeError) as caught:
                parse_code(changed)
            assert caught.value.problem == CodeProblem.BAD_CHECK


def test_swapping_two_neighbours_is_caught() -> None:
    for _ in range(50):
        code = cards.new_code().code
        for position in range(len(cards.PREFIX), len(code) - 1):
            a, b = code[position], code[position + 1]
            if a == b:
                continue
            swapped = code[:position] + b + a + code[position + 2:]
            with pytest.raises(CardCodeError):
                parse_code(swapped)


def test_misread_letters_map_to_their_digits() -> None:
    code = cards.new_code()
    misread = code.code[:3] + code.code[3:].replace("0", "O").replace("1", "I")
    assert parse_code(misread) == code


@pytest.mark.parametrize("text", ["", "hello", "LT2" + "0" * 27, "LT1" + "0" * 10, "LT1" + "U" * 26 + "0",
                                  "https://example.com/x", "LT1" + "0" * 500])
def test_things_that_are_not_codes_say_unknown_format(text: str) -> None:
    with pytest.raises(CardCodeError) as caught:
        parse_code(text)
    assert caught.value.problem == CodeProblem.UNKNOWN_FORMAT


@given(st.text(max_size=300))
def test_fuzzed_text_raises_only_the_modules_own_error(text: str) -> None:
    with contextlib.suppress(CardCodeError):
        parse_code(text)


@given(st.binary(max_size=64))
def test_fuzzed_bytes_decoded_raise_only_the_modules_own_error(data: bytes) -> None:
    with contextlib.suppress(CardCodeError):
        parse_code("LT1" + data.decode("latin-1"))


def test_the_hash_not_the_code_identifies_a_card() -> None:
    code = cards.new_code()
    assert code.code_hash == cards.hash_code(code.code)
    assert code.code not in code.code_hash

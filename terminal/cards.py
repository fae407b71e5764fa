"""Card codes: make, parse and validate; the database keeps only their hash.

A code is ``LT1`` (format version 1), 26 Crockford base32 characters holding 128 random bits from
``secrets``, and Crockford's mod 37 check symbol, which catches every single changed character and
every swap of two neighbours (a Luhn mod 32 check misses some swaps). Printed and typed codes may
carry dashes and spaces and any case; Crockford's alphabet reads O as 0 and I, L as 1, so the usual
misreadings still parse.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from enum import StrEnum

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_ALPHABET = ALPHABET + "*~$=U"
_VALUES = {ch: i for i, ch in enumerate(ALPHABET)}
_VALUES.update({"O": 0, "I": 1, "L": 1})
PREFIX = "LT1"
BODY_LENGTH = 26  # 130 bits of base32; the top two bits are zero
CODE_LENGTH = len(PREFIX) + BODY_LENGTH + 1
MAX_INPUT = 200  # anything longer is not a card, whatever a scanner sends


class CodeProblem(StrEnum):
    UNKNOWN_FORMAT = "unknown_format"
    BAD_CHECK = "bad_check"
    REVOKED = "revoked"
    NOT_ISSUED = "not_issued"


class CardCodeError(ValueError):
    """A code that is not a valid card; ``problem`` says why, for the UI to put in words."""

    def __init__(self, problem: CodeProblem, text: str = "") -> None:
        super().__init__(f"{problem}: {text[:40]!r}")
        self.problem = problem


@dataclass(frozen=True)
class CardCode:
    code: str  # canonical: prefix, body and check character, no separators

    @property
    def code_hash(self) -> str:
        return hash_code(self.code)

    @property
    def hint(self) -> str:
        """The last four characters: enough for staff to tell cards apart, useless for cloning."""
        return self.code[-4:]

    def grouped(self) -> str:
        """The printable form: LT1-XXXXX-XXXXX-XXXXX-XXXXX-XXXXXX, easy to type from a card."""
        body = self.code[len(PREFIX):]
        groups = [body[i:i + 5] for i in range(0, 20, 5)] + [body[20:]]
        return "-".join([PREFIX, *groups])


def hash_code(canonical: str) -> str:
    # 128 random bits need no salt or slow hash: the space cannot be searched.
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def check_character(payload: str) -> str:
    """Crockford's check symbol: the body's value modulo 37 (a prime, so no swap or typo cancels out)."""
    value = 0
    for ch in payload[len(PREFIX):]:
        value = value * 32 + _VALUES[ch]
    return CHECK_ALPHABET[value % 37]


def new_code() -> CardCode:
    value = secrets.randbits(128)
    body = "".join(ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(BODY_LENGTH)))
    payload = PREFIX + body
    return CardCode(payload + check_character(payload))


def looks_like_card(text: str) -> bool:
    """Cheap test used to route a scanned text: does it claim to be one of our card codes?"""
    return normalise(text[:MAX_INPUT]).startswith(PREFIX)


def normalise(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch not in " -\t\r\n")


def parse_code(text: str) -> CardCode:
    """The card a text names, or CardCodeError saying why it is not one. Never raises anything else."""
    if not isinstance(text, str) or len(text) > MAX_INPUT:
        raise CardCodeError(CodeProblem.UNKNOWN_FORMAT, str(text)[:40])
    cleaned = normalise(text)
    if not cleaned.startswith(PREFIX) or len(cleaned) != CODE_LENGTH:
        raise CardCodeError(CodeProblem.UNKNOWN_FORMAT, text)
    body, check = cleaned[len(PREFIX):-1], cleaned[-1]
    if any(ch not in _VALUES for ch in body) or (check not in CHECK_ALPHABET and check not in _VALUES):
        raise CardCodeError(CodeProblem.UNKNOWN_FORMAT, text)
    if check in _VALUES:
        check = ALPHABET[_VALUES[check]]
    canonical = PREFIX + "".join(ALPHABET[_VALUES[ch]] for ch in body) + check
    if check_character(canonical[:-1]) != canonical[-1]:
        raise CardCodeError(CodeProblem.BAD_CHECK, text)
    return CardCode(canonical)

"""What a decoded text is: one of our cards, a receipt's feedback code, a voucher, or something else."""

from __future__ import annotations

from terminal import cards, tokens, vouchers
from terminal.scan.model import ScanKind


def classify(text: str) -> tuple[ScanKind, str]:
    """The kind of a scanned text and its payload (the canonical card code or the feedback token).

    A text that claims to be a card but fails its check character is FOREIGN: a misread or a forgery
    must never stamp anyone. Never raises.
    """
    if cards.looks_like_card(text):
        try:
            return ScanKind.CARD, cards.parse_code(text).code
        except cards.CardCodeError:
            return ScanKind.FOREIGN, text
    if vouchers.looks_like_voucher(text):
        return ScanKind.VOUCHER, vouchers.normalise(text)  # genuine or not: the counter checks and says so
    token = tokens.token_from_text(text)
    if token is not None:
        return ScanKind.RECEIPT, token
    return ScanKind.FOREIGN, text

"""Money as integer minor units (cents): parsing what a cashier types. Formatting: terminal.formatting."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation


class AmountError(ValueError):
    """The text is not an amount of money."""


def parse_amount(text: str) -> int:
    """'4.50', '4,50', '4' -> minor units. Refuses negatives, more than two decimals and nonsense."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise AmountError(text) from exc
    if not value.is_finite() or value < 0 or value != value.quantize(Decimal("0.01")):
        raise AmountError(text)
    if value > Decimal("1000000"):
        raise AmountError(text)
    return int(value * 100)

"""The shop's own details: name and address for receipts and screens, currency, time zone."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Shop:
    """Shop details printed on receipts and shown on screens; the owner edits them in settings."""

    name: str = "My Shop"
    address: str = ""
    currency: str = "EUR"
    timezone: str = "Europe/Budapest"
    receipt_footer: str = "Thank you for your visit!"
    feedback_base_url: str = "http://127.0.0.1:8765/f"
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Shop:
        return replace(cls(), **{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

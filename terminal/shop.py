"""The shop's own details: name and address for receipts and screens, currency, time zone."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Shop:
    """Shop details printed on receipts and shown on screens; the owner edits them in settings."""

    name: str = "My Shop"
    address: str = ""
    currency: str = "EUR"
    timezone: str = "Europe/Budapest"
    country: str = "HU"  # ISO 3166 code: how phone numbers and dates are written here
    receipt_footer: str = "Thank you for your visit!"
    feedback_base_url: str = "http://127.0.0.1:8765/f"
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Shop:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if "country" not in known and "timezone" in known:  # saved before shops had a country
            known["country"] = country_of_zone(str(known["timezone"])) or cls.country
        return replace(cls(), **known)


def _zone_table() -> dict[str, str]:
    """Time zone -> country, from the tz database's zone.tab (the tzdata package, else the system's)."""
    try:
        from importlib.resources import files

        text = files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        try:
            text = Path("/usr/share/zoneinfo/zone.tab").read_text(encoding="utf-8")
        except OSError:
            return {}
    table = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if len(fields) >= 3 and not line.startswith("#"):
            table[fields[2]] = fields[0]
    return table


def country_of_zone(zone: str) -> str:
    """The country a time zone is in ("Europe/Kyiv" -> "UA"), or "" when unknown."""
    return _zone_table().get(zone, "")

"""The shop's own details: name and address for receipts and screens, currency, time zone, country.

:func:`validate` checks them before they are saved: a time zone of the tz database (never free
text like "Budapest"), a currency of ISO 4217, a country libphonenumber knows; every refusal names
its field for the owner.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

import phonenumbers

# ISO 4217 currencies in use (2024), less funds, precious metals and test codes.
CURRENCIES = (
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF",
    "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY", "COP", "CRC",
    "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS",
    "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD",
    "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL",
    "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD",
    "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD",
    "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP",
    "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES",
    "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG",
)


class ShopProblem(StrEnum):
    NAME_REQUIRED = "name"
    CURRENCY = "currency"
    TIMEZONE = "timezone"
    COUNTRY = "country"
    FEEDBACK_URL = "feedback_base_url"
    TOO_LONG = "too_long"


class ShopError(ValueError):
    """Shop details that cannot be saved; ``problem`` names the field, ``text`` what was given."""

    def __init__(self, problem: ShopProblem, text: str = "") -> None:
        super().__init__(f"{problem}: {text[:60]!r}")
        self.problem = problem
        self.text = text


@cache
def time_zones() -> tuple[str, ...]:
    """The tz database's zones a shop can be in ("Europe/Budapest"), sorted; no bare abbreviations."""
    return tuple(sorted(z for z in zoneinfo.available_timezones() if "/" in z and not z.startswith(("Etc/",
                                                                                                     "SystemV/"))))


def valid_timezone(name: str) -> bool:
    return name in time_zones() or name == "UTC"


def countries() -> tuple[str, ...]:
    return tuple(sorted(phonenumbers.SUPPORTED_REGIONS))


@dataclass(frozen=True)
class Shop:
    """Shop details printed on receipts and shown on screens; the owner edits them in settings."""

    name: str = "My Shop"
    address: str = ""
    currency: str = "EUR"
    timezone: str = "Europe/Budapest"
    country: str = "HU"  # ISO 3166 code: how phone numbers and dates are written here
    language: str = "en"  # receipts, cards, the report and the feedback page; the screens' default
    receipt_footer: str = "Thank you for your visit!"
    feedback_base_url: str = ""  # the hub's feedback page ("http://192.168.1.20:8765/f"); "": no hub for phones
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def zone(self) -> str:
        """The time zone to compute in: the shop's, or UTC when what is stored is no zone (saved before
        zones were checked, or arrived by sync from an older terminal)."""
        return self.timezone if valid_timezone(self.timezone) else "UTC"

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Shop:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if "country" not in known and "timezone" in known:  # saved before shops had a country
            known["country"] = country_of_zone(str(known["timezone"])) or cls.country
        return replace(cls(), **known)


def validate(shop: Shop) -> None:
    """ShopError for the first field that cannot be right."""
    if not shop.name.strip():
        raise ShopError(ShopProblem.NAME_REQUIRED)
    for text in (shop.name, shop.address, shop.receipt_footer, shop.feedback_base_url):
        if len(text) > 300:
            raise ShopError(ShopProblem.TOO_LONG, text)
    if shop.currency not in CURRENCIES:
        raise ShopError(ShopProblem.CURRENCY, shop.currency)
    if not valid_timezone(shop.timezone):
        raise ShopError(ShopProblem.TIMEZONE, shop.timezone)
    if shop.country not in phonenumbers.SUPPORTED_REGIONS:
        raise ShopError(ShopProblem.COUNTRY, shop.country)
    url = shop.feedback_base_url.strip()
    if url and (not url.startswith(("http://", "https://")) or " " in url or len(url) < 10):  # "": no hub
        raise ShopError(ShopProblem.FEEDBACK_URL, url)


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

"""The first run's choices: countries, currencies, time zones, rule templates; applying them.

The set-up wizard (ui/first_run/) offers these lists and hands its answers back as a
:class:`SetupChoices`; :func:`apply` writes them in one go (one settings event, the PIN, the "done"
mark). Every choice has a sane default, so a skipped step leaves the shop working.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

import sqlite_utils

from terminal.counter import SHOP_KEY, Counter
from terminal.db import meta_get, meta_set, writing
from terminal.loyalty import Reward, Rules, StampMode, Tier
from terminal.owner_access import AccessError, AccessProblem, OwnerAccess, valid_pin
from terminal.shop import CURRENCIES, Shop, time_zones, valid_timezone

DONE_KEY = "first_run_done"


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str  # in English; the UI translates it
    currency: str  # ISO 4217
    timezone: str  # the main zone; the owner can pick another
    language: str  # the UI language most shops there would choose


COUNTRIES: tuple[Country, ...] = (
    Country("AT", "Austria", "EUR", "Europe/Vienna", "en"),
    Country("BE", "Belgium", "EUR", "Europe/Brussels", "en"),
    Country("CZ", "Czechia", "CZK", "Europe/Prague", "en"),
    Country("DE", "Germany", "EUR", "Europe/Berlin", "en"),
    Country("EE", "Estonia", "EUR", "Europe/Tallinn", "en"),
    Country("FI", "Finland", "EUR", "Europe/Helsinki", "en"),
    Country("FR", "France", "EUR", "Europe/Paris", "en"),
    Country("GB", "United Kingdom", "GBP", "Europe/London", "en"),
    Country("HU", "Hungary", "HUF", "Europe/Budapest", "hu"),
    Country("IE", "Ireland", "EUR", "Europe/Dublin", "en"),
    Country("IR", "Iran", "IRR", "Asia/Tehran", "fa"),
    Country("IT", "Italy", "EUR", "Europe/Rome", "en"),
    Country("LT", "Lithuania", "EUR", "Europe/Vilnius", "lt"),
    Country("LV", "Latvia", "EUR", "Europe/Riga", "en"),
    Country("NL", "Netherlands", "EUR", "Europe/Amsterdam", "en"),
    Country("PL", "Poland", "PLN", "Europe/Warsaw", "en"),
    Country("RO", "Romania", "RON", "Europe/Bucharest", "en"),
    Country("SK", "Slovakia", "EUR", "Europe/Bratislava", "en"),
    Country("ES", "Spain", "EUR", "Europe/Madrid", "en"),
    Country("SE", "Sweden", "SEK", "Europe/Stockholm", "en"),
    Country("UA", "Ukraine", "UAH", "Europe/Kyiv", "uk"),
    Country("US", "United States", "USD", "America/New_York", "en"),
)
LANGUAGES: tuple[tuple[str, str], ...] = (  # code, the language's own name
    ("en", "English"), ("hu", "Magyar"), ("lt", "Lietuvių"), ("uk", "Українська"), ("ru", "Русский"),
    ("fa", "فارسی"),
)
DEFAULT_COUNTRY = "HU"  # the shop defaults (terminal/shop.py) are a Budapest café's


def country(code: str) -> Country | None:
    return next((c for c in COUNTRIES if c.code == code), None)


timezones = time_zones  # the shop's own lists (terminal/shop.py), so the set-up and the settings agree


# -- loyalty rule templates ---------------------------------------------------------------------
class Template(StrEnum):
    CAFE = "cafe"  # a stamp card: every visit a stamp, the tenth coffee free
    SALON = "salon"  # points on spend, rewards by points; birthdays matter
    RETAIL = "retail"  # points multiplied by tiers that reward regulars
    DEFAULT = "default"  # the app's defaults (terminal/loyalty.py)


def template_rules(template: Template) -> Rules:
    if template is Template.CAFE:
        return Rules(card_size=9, stamp_mode=StampMode.PER_VISIT, points_per_unit=0, welcome_points=0,
                     birthday_points=0, tiers=(Tier("Regular"),),
                     rewards=(Reward("free-coffee", "Free coffee", cost_stamps=9),))
    if template is Template.SALON:
        return Rules(card_size=10, points_per_unit=1, welcome_points=100, birthday_points=200,
                     birthday_window_days=14, tiers=(Tier("Client"),),
                     rewards=(Reward("treatment-10", "10% off a treatment", cost_points=300),
                              Reward("free-treatment", "Free hair treatment", cost_points=800)))
    if template is Template.RETAIL:
        return Rules(card_size=10, points_per_unit=1, welcome_points=50, birthday_points=100,
                     tiers=(Tier("Bronze"), Tier("Silver", min_spend=30_000, min_visits=12, multiplier_pct=125),
                            Tier("Gold", min_spend=100_000, min_visits=30, multiplier_pct=150)),
                     rewards=(Reward("voucher-5", "5.00 voucher", cost_points=500),
                              Reward("voucher-20", "20.00 voucher", cost_points=1800)))
    return Rules()


# -- applying the answers -----------------------------------------------------------------------
@dataclass(frozen=True)
class SetupChoices:
    shop: Shop = field(default_factory=Shop)
    rules: Rules | None = None  # None: keep the rules as they are
    pin: str | None = None  # None: no PIN now (the first F8 asks for one)
    recovery_code: str | None = None  # shown to the owner for printing; only its hash is kept


def is_set_up(db: sqlite_utils.Database) -> bool:
    """True once the wizard finished, or when the shop's details were saved some other way (demo, sync)."""
    if meta_get(db, DONE_KEY) is not None:
        return True
    return db.execute("SELECT 1 FROM settings WHERE key = ?", [SHOP_KEY]).fetchone() is not None


def with_defaults(shop: Shop) -> Shop:
    """The shop as the wizard saves it: blanks back to defaults, a bad zone back to the default zone."""
    defaults = Shop()
    return replace(shop, name=" ".join(shop.name.split()) or defaults.name,
                   currency=shop.currency if shop.currency in CURRENCIES else defaults.currency,
                   timezone=shop.timezone if valid_timezone(shop.timezone) else defaults.timezone,
                   country=shop.country if country(shop.country) else defaults.country)


def apply(counter: Counter, choices: SetupChoices) -> None:
    """The wizard's answers: shop and rules as one settings event, the PIN, and the "done" mark."""
    shop = with_defaults(choices.shop)
    if choices.pin is not None:  # checked before anything is written: all of it or none
        access = OwnerAccess(counter.db, counter.clock)
        if access.has_pin():
            raise AccessError(AccessProblem.PIN_ALREADY_SET)
        if not valid_pin(choices.pin):
            raise AccessError(AccessProblem.BAD_PIN_FORMAT)
    counter.save_settings(rules=choices.rules, shop=shop)
    if choices.pin is not None:
        access = OwnerAccess(counter.db, counter.clock)
        access.set_first_pin(choices.pin)
        if choices.recovery_code:
            access.set_recovery_code(choices.recovery_code)
    with writing(counter.db):
        meta_set(counter.db, DONE_KEY, "1")
    counter.forget_cached_settings()

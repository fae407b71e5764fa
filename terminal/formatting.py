"""Money, numbers, percentages, dates and times as a person in the shop reads them: one module for all.

Screens, receipts, cards, the PDF report, CSV exports and the stats command's text all format through a
`LocalFormat` (language, the shop's currency, the shop's time zone). Separators and signs follow CLDR
(Babel): "1 234 Ft", "1 234,50 €", "1 234,50 ₽", "1 234,50 ₴", "€1,234.50". The currency's own decimals
are shown: none for HUF and IRR, two for EUR, RUB and UAH. Persian uses Persian digits (۰–۹), its own
separators (٬ ٫ ٪) and Solar Hijri dates. Amounts in the data are always integer hundredths of the
currency unit ("minor units"); machine output (``--json``) keeps them so, unformatted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, numbers

from terminal.languages import known

# The locale whose separators and date order each language's shop expects.
LOCALES = {"en": "en_GB", "hu": "hu_HU", "ru": "ru_RU", "uk": "uk_UA", "lt": "lt_LT", "fa": "fa_IR"}
# Iranian shops price in toman (10 rials), written after the amount; not an ISO code, so not in CLDR.
TOMAN = "IRT"
_TOMAN_WORD = {"fa": "تومان"}
# Shown without decimals on screen and paper (amounts are still kept in hundredths).
NO_DECIMALS = frozenset({"HUF", "IRR", "IRT", "JPY", "KRW", "ISK", "CLP"})
_PERSIAN_DIGITS = str.maketrans("0123456789%", "۰۱۲۳۴۵۶۷۸۹٪")
# Date patterns: numeric, as on a receipt or in a list.
_DATE = {"en": "{d:02d}/{m:02d}/{y}", "hu": "{y}. {m:02d}. {d:02d}.", "ru": "{d:02d}.{m:02d}.{y}",
         "uk": "{d:02d}.{m:02d}.{y}", "lt": "{y}-{m:02d}-{d:02d}", "fa": "{y}/{m:02d}/{d:02d}"}


def currency_decimals(currency: str) -> int:
    return 0 if currency.upper() in NO_DECIMALS else 2


def to_jalali(day: date) -> tuple[int, int, int]:
    """The Solar Hijri (Persian) year, month and day of a Gregorian date (the arithmetic of jdf / Borkowski)."""
    gy, gm, gd = day.year, day.month, day.day
    month_days = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + month_days[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


@lru_cache(maxsize=32)
def _locale(language: str) -> Locale:
    return Locale.parse(LOCALES[known(language)])


@lru_cache(maxsize=32)
def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


@dataclass(frozen=True)
class LocalFormat:
    """How one shop, in one language, writes its numbers. Cheap to make; make one where it is needed."""

    language: str = "en"
    currency: str = "EUR"
    timezone: str = "UTC"

    @property
    def lang(self) -> str:
        return known(self.language)

    def _digits(self, text: str) -> str:
        return text.translate(_PERSIAN_DIGITS) if self.lang == "fa" else text

    def decimals(self) -> int:
        return currency_decimals(self.currency)

    def money(self, minor: int, *, signed: bool = False) -> str:
        """An amount in minor units with the currency's sign: '1 234 Ft', '12,50 €', '-€3.00'."""
        places = self.decimals()
        value = (Decimal(minor) / 100).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        currency = self.currency.upper() or "XXX"
        if currency == TOMAN:
            text = f"{self.number(value)}\xa0{_TOMAN_WORD.get(self.lang, 'toman')}"
            return ("+" + text) if signed and minor > 0 else text
        pattern = numbers.parse_pattern(_locale(self.lang).currency_formats["standard"])
        pattern.frac_prec = (places, places)
        text = pattern.apply(value, _locale(self.lang), currency=currency, currency_digits=False,
                             numbering_system="default")
        if not self.currency:
            text = text.replace("XXX", "").replace("¤", "").strip("\xa0 \u200e")
        else:  # CLDR's currency spacing: a lettered sign never touches the digits ("HUF 3", not "HUF3")
            symbol = numbers.get_currency_symbol(currency, _locale(self.lang))
            if symbol[-1:].isalpha():
                text = text.replace(symbol + "-", symbol + "\xa0-")
                text = re.sub(rf"{re.escape(symbol)}(?=\d)", symbol + "\xa0", text)
            if symbol[:1].isalpha():
                text = re.sub(rf"(?<=\d){re.escape(symbol)}", "\xa0" + symbol, text)
        if signed and minor > 0:
            text = "+" + text
        return self._digits(text)

    def amount_input(self, minor: int) -> str:
        """An amount as a cashier would type it into a field: '4,50', '1234', '4.50' (no grouping)."""
        places = self.decimals()
        value = (Decimal(minor) / 100).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        return f"{value:f}".replace(".", self.decimal_separator())

    def decimal_separator(self) -> str:
        return "," if _locale(self.lang).number_symbols["latn"]["decimal"] == "," else "."

    def number(self, value: float | int | Decimal, decimals: int = 0, *, signed: bool = False) -> str:
        """A count or measure with the locale's grouping and decimal sign: '1 234', '3,25'."""
        pattern = numbers.parse_pattern("#,##0" + ("." + "0" * decimals if decimals else ""))
        quantized = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        text = pattern.apply(quantized, _locale(self.lang), numbering_system="default")
        if signed and quantized >= 0:
            text = "+" + text
        return self._digits(text.replace("-", "−") if signed else text)

    def percent(self, fraction: float, decimals: int = 0, *, signed: bool = False) -> str:
        """A fraction as a percentage in the locale's way: '46%', '46 %', '۴۶٪'."""
        pattern = numbers.parse_pattern(_locale(self.lang).percent_formats[None].pattern)
        pattern.frac_prec = (decimals, decimals)
        text = pattern.apply(Decimal(str(fraction)), _locale(self.lang), numbering_system="default")
        if signed and fraction > 0:
            text = "+" + text
        return self._digits(text)

    def local(self, moment: datetime) -> datetime:
        """A moment in the shop's time zone (naive moments are taken as UTC)."""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(_zone(self.timezone))

    def date(self, day: date | datetime) -> str:
        """A date the short numeric way ('05.03.2026', '2026. 03. 05.', '۱۴۰۴/۱۲/۱۴'); moments in local time."""
        if isinstance(day, datetime):
            day = self.local(day).date()
        y, m, d = to_jalali(day) if self.lang == "fa" else (day.year, day.month, day.day)
        return self._digits(_DATE[self.lang].format(y=y, m=m, d=d))

    def time(self, moment: datetime) -> str:
        local = self.local(moment)
        return self._digits(f"{local.hour:02d}:{local.minute:02d}")

    def datetime(self, moment: datetime) -> str:
        return f"{self.date(moment)} {self.time(moment)}"

    def digits(self, text: str) -> str:
        """Latin digits of an already-made text in the locale's digits (Persian), e.g. '3 / 5'."""
        return self._digits(text)

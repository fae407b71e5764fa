"""A customer's contact details as people type them: phone numbers, e-mail addresses, birthdays.

Phone numbers are parsed for the shop's country with ``phonenumbers`` (Google's libphonenumber
data): "06 30 291 7735" in Hungary, "8 912 345 67 89" in Russia and "067 123 4567" in Ukraine are
the same numbers as their international forms, and are stored in the international form. Search
keys let a national, international or partial number find the same customer.
"""

from __future__ import annotations

import re
from datetime import date

import phonenumbers

_DIGITS = re.compile(r"\d")
# A local part and a domain of at least two labels; no spaces, no second @, labels not starting or
# ending with a hyphen, a top-level label of letters. Deliverability is not checked (offline).
_LOCAL = re.compile(r"^[\w!#$%&'*+/=?^`{|}~-]+(\.[\w!#$%&'*+/=?^`{|}~-]+)*$")  # letters of any script
_LABEL = re.compile(r"^[^\W_](?:[\w-]{0,61}[^\W_])?$")
MAX_EMAIL = 254


class ContactError(ValueError):
    """A phone number, e-mail or birthday that cannot be one; ``field`` names which."""

    def __init__(self, field: str, text: str) -> None:
        super().__init__(f"{field}: {text[:60]!r}")
        self.field = field
        self.text = text


def digits(text: str | None) -> str:
    return "".join(_DIGITS.findall(text or ""))


def normalise_phone(text: str, region: str) -> str:
    """The international form ("+36 30 291 7735") of a number typed in any form; ContactError if none."""
    text = text.strip()
    if not text:
        return ""
    if len(text) > 40:
        raise ContactError("phone", text)
    try:
        number = phonenumbers.parse(text, region.upper() or None)
    except phonenumbers.NumberParseException:
        raise ContactError("phone", text) from None
    if not phonenumbers.is_possible_number(number):
        raise ContactError("phone", text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone_search_keys(text: str, region: str) -> list[str]:
    """Digit strings to look for as the start of a stored number's digits (which include the country code).

    A number typed with the country's trunk prefix ("06 30 …" in Hungary, "8 912 …" in Russia) or
    without any prefix ("30 291 …") is also tried with the country code in front, so national and
    international forms find each other; the typed digits themselves are kept too (old records in
    national form, and the last digits of a number, which the caller matches from the end).
    """
    typed = digits(text)
    if not typed:
        return []
    keys = [typed]
    if text.strip().startswith(("+", "00")):
        keys.append(typed[2:] if text.strip().startswith("00") else typed)
        return list(dict.fromkeys(keys))
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region.upper()) if region else None
    if metadata is None:
        return keys
    national = typed
    if metadata.national_prefix_for_parsing:
        match = re.match(f"(?:{metadata.national_prefix_for_parsing})", typed)
        if match and match.end() > 0:
            national = typed[match.end():]
    keys.append(f"{metadata.country_code}{national}")
    return list(dict.fromkeys(keys))


def valid_email(text: str) -> bool:
    """A plausible address: name@domain.tld ("olena@" and "olena@mail" are not)."""
    text = text.strip()
    if not text or len(text) > MAX_EMAIL or text.count("@") != 1:
        return False
    local, domain = text.split("@")
    if not local or len(local) > 64 or not _LOCAL.match(local):
        return False
    labels = domain.split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
        return False
    return (labels[-1].isalpha() and len(labels[-1]) >= 2) or labels[-1].startswith("xn--")


def normalise_email(text: str) -> str:
    """The address as stored (trimmed); ContactError when it cannot be one."""
    text = text.strip()
    if text and not valid_email(text):
        raise ContactError("email", text)
    return text


# Year-first countries write 2025.04.01. (Hungary, Lithuania, Iran, East Asia); the US writes month first.
_YEAR_FIRST = {"HU", "LT", "IR", "CN", "JP", "KR", "TW", "MN"}
_MONTH_FIRST = {"US", "PH", "FM", "PW", "MH"}


def parse_birthday(text: str, region: str = "", today: date | None = None) -> date | None:
    """A birthday as typed in the shop's country: 1990-05-31, 1990.05.31., 31.05.1990, 31/05/1990 …

    None when the text is no date, or a date in the future or more than 130 years ago.
    """
    text = text.strip().rstrip(".")
    parts = [p for p in re.split(r"[.\-/\s]+", text) if p]
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    region = region.upper()
    if len(parts[0]) == 4:
        year, month, day = parts
    elif len(parts[2]) == 4:
        if region in _MONTH_FIRST:
            month, day, year = parts
        else:
            day, month, year = parts
    else:
        return None
    try:
        born = date(int(year), int(month), int(day))
    except ValueError:
        return None
    today = today or date.today()
    if born > today or today.year - born.year > 130:
        return None
    return born


def birthday_format(region: str) -> str:
    """How the shop's country writes a date, for the field's hint: "YYYY.MM.DD." or "DD.MM.YYYY"."""
    region = region.upper()
    if region in _YEAR_FIRST:
        return "YYYY.MM.DD." if region == "HU" else "YYYY-MM-DD"
    return "MM/DD/YYYY" if region in _MONTH_FIRST else "DD.MM.YYYY"


def format_birthday(born: date, region: str) -> str:
    pattern = birthday_format(region)
    return (pattern.replace("YYYY", f"{born.year:04d}").replace("MM", f"{born.month:02d}")
            .replace("DD", f"{born.day:02d}"))

"""The limits every event and every imported row must keep, and the checks of typed text they use.

Shared by the sync schema (:mod:`terminal.sync.schema`, which checks whole events on the hub and on
every terminal) and the import, so the import accepts only what the hub accepts. Patterns are
ASCII-only: ``\\d`` would also accept full-width and other Unicode digits.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

# Imports bring histories from before the terminals existed: anything since 1970 is a real date.
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
FUTURE_TOLERANCE = timedelta(days=7)  # a terminal's clock a day or two ahead is still accepted
MAX_AMOUNT = 10**12  # minor units: far above any shop's sale
MAX_DELTA = 10**9  # stamps or points in one event
MAX_ID_LENGTH = 64
MAX_REF_LENGTH = 100
PROFILE_LIMITS = {"name": 200, "phone": 40, "email": 254, "external_key": 100}  # characters
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z", re.ASCII)

Check = Callable[[Any], bool]


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def printable(value: Any, limit: int, *, empty: bool = True) -> bool:
    """Text a person may have typed: any script, no control characters, bounded."""
    return isinstance(value, str) and (empty or bool(value)) and len(value) <= limit and value.isprintable()


def text(limit: int, *, empty: bool = True) -> Check:
    return lambda value: printable(value, limit, empty=empty)


def whole(low: int, high: int) -> Check:
    return lambda value: is_int(value) and low <= value <= high


def one_of(*choices: str) -> Check:
    return lambda value: isinstance(value, str) and value in choices


def optional(check: Check) -> Check:
    return lambda value: value is None or check(value)


def boolean(value: Any) -> bool:
    return isinstance(value, bool)


def day(value: Any) -> bool:
    """A real calendar date written YYYY-MM-DD."""
    if not isinstance(value, str) or not _DATE.match(value):
        return False
    try:
        datetime.strptime(value, "%Y-%m-%d")
    except ValueError:
        return False
    return True


PROFILE_CHECKS: dict[str, Check] = {**{name: text(limit) for name, limit in PROFILE_LIMITS.items()},
                                    "birthday": optional(day), "consent": boolean,
                                    # The customer's own language: a code the terminals speak (terminal.languages).
                                    "language": optional(one_of("", "en", "hu", "ru", "uk", "lt", "fa"))}


def profile_problem(fields: dict[str, Any]) -> str | None:
    """The first profile field sync would refuse, in words for the person importing it."""
    for name, value in fields.items():
        check = PROFILE_CHECKS.get(name)
        if check is None:
            return f"{name} is not a profile field"
        if not check(value):
            limit = PROFILE_LIMITS.get(name)
            return (f"{name} is longer than {limit} characters or holds control characters" if limit
                    else f"{name} {value!r} is not valid")
    return None

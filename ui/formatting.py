"""Numbers and times as a person reads them on screen: terminal.formatting in the screens' language."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject

from terminal.formatting import LocalFormat
from ui import i18n


class QtWords:
    """terminal.words' interface over Qt's installed translators, for shared code that takes `words`."""

    language = property(lambda self: i18n.current())

    def translate(self, context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate(context, source, disambiguation or None, n)


def local_format(currency: str = "", timezone: str = "UTC") -> LocalFormat:
    """The shop's currency and time zone, written the way the screens' current language writes them."""
    return LocalFormat(i18n.current(), currency, timezone)


def format_money(minor: int, currency: str = "") -> str:
    return local_format(currency).money(minor)


def format_amount_input(minor: int, currency: str = "") -> str:
    """An amount as the cashier types it (no grouping, no sign): '4,50', '1234'."""
    return local_format(currency).amount_input(minor)


class RelativeDay(QObject):
    """'today', 'yesterday', '3 days ago' (a QObject for its plural-aware tr)."""

    def text(self, days: int) -> str:
        if days <= 0:
            return self.tr("today")
        if days == 1:
            return self.tr("yesterday")
        return self.tr("%n days ago", "", days)


def format_since(moment: datetime, now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    return RelativeDay().text((now.date() - moment.astimezone(now.tzinfo).date()).days)


def format_moment(moment: datetime, timezone: str = "") -> str:
    """A past moment in the shop's time zone (UTC when the zone is unknown), to the minute, written the
    screens' language's way."""
    return local_format(timezone=timezone or "UTC").datetime(moment)

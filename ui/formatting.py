"""Numbers and times as a person reads them on screen."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from terminal.money import format_amount


def format_money(minor: int, currency: str = "") -> str:
    return format_amount(minor, currency)


def format_since(moment: datetime, now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    days = (now.date() - moment.astimezone(now.tzinfo).date()).days
    if days <= 0:
        return QCoreApplication.translate("formatting", "today")
    if days == 1:
        return QCoreApplication.translate("formatting", "yesterday")
    return QCoreApplication.translate("formatting", "%n days ago", "", days)


def format_moment(moment: datetime, timezone: str = "") -> str:
    """A past moment in the shop's time zone (UTC when the zone is unknown), to the minute."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        zone = ZoneInfo(timezone) if timezone else UTC
    except (ZoneInfoNotFoundError, ValueError):
        zone = UTC
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")

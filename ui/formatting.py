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

"""CSV exports: the period's numbers beside the previous period's, and each customer list.

UTF-8 with a byte-order mark, so a spreadsheet opened by double-click shows accents right. Every
text cell is safe to open: one that a spreadsheet would run as a formula gets a leading apostrophe
(the OWASP rule), control characters are dropped. List rows
carry phone and e-mail only for customers who consented (the rows are built that way, see
``customers.CustomerRow``), which is what a win-back campaign may use.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from terminal.stats.customers import CustomerRow
from terminal.stats.ratings import LowRating
from terminal.text import clean_text

NUMBER_KEYS = (
    "sales", "revenue", "average_sale", "identified_sales", "active_customers", "new_customers",
    "visits_per_customer", "repeat_purchase_rate", "retention_rate", "churn_rate", "nps", "nps_promoters",
    "nps_passives", "nps_detractors", "nps_ci_low", "nps_ci_high", "csat", "csat_ratings", "csat_ci_low",
    "csat_ci_high", "ratings", "response_rate", "historical_clv", "at_risk", "lapsed", "overdue",
    "overdrawn_customers", "points_issued", "stamps_issued", "rewards_redeemed", "points_redeemed",
    "outstanding_points",
)


# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(…), +cmd|…, @SUM…):
# the OWASP rule puts an apostrophe in front, so it shows as the text it was.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_text(text: str) -> str:
    """Typed text as a cell a spreadsheet shows and never runs; control characters dropped."""
    text = clean_text(text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _cell(value: Any) -> Any:
    """Numbers as numbers (a negative number is a number, not a formula); every text made safe."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6g}"
    if isinstance(value, str):
        return safe_text(value)
    return value


def _safe_row(values: Iterable[Any]) -> list[Any]:
    return [_cell(v) for v in values]


def _open_private(path: Path) -> TextIO:
    """The file for writing, readable by this user only (customer lists carry phones and e-mails)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    return open(fd, "w", newline="", encoding="utf-8-sig")


def write_numbers(path: Path, numbers: dict[str, Any]) -> None:
    """One row per number: this period, the previous one. Money in minor units, rates as fractions."""
    previous = numbers.get("previous", {})
    with _open_private(path) as out:
        writer = csv.writer(out)
        writer.writerow(_safe_row(["number", f"{numbers['from']}..{numbers['to']}",
                                   f"{previous.get('from', '')}..{previous.get('to', '')}"]))
        for key in NUMBER_KEYS:
            writer.writerow(_safe_row([key, numbers.get(key), previous.get(key)]))
        for segment, count in numbers.get("segments", {}).items():
            writer.writerow(_safe_row([f"segment_{segment}", count, ""]))


def write_customers(path: Path, rows: Iterable[CustomerRow]) -> int:
    with _open_private(path) as out:
        writer = csv.writer(out)
        writer.writerow(["customer_id", "name", "phone", "email", "consent", "last_visit", "days_silent",
                         "usual_gap_days", "visits", "spend", "points"])
        count = 0
        for r in rows:
            writer.writerow(_safe_row([r.customer_id, r.name, r.phone, r.email, int(r.consent),
                                       r.last_visit.isoformat() if r.last_visit else "",
                                       round(r.days_silent, 1) if r.days_silent is not None else None,
                                       round(r.usual_gap_days, 1) if r.usual_gap_days is not None else None,
                                       r.visits, r.spend, r.points]))
            count += 1
    return count


def write_low_ratings(path: Path, rows: Iterable[LowRating]) -> None:
    with _open_private(path) as out:
        writer = csv.writer(out)
        writer.writerow(["time", "scale", "score", "reason", "comment"])
        for r in rows:
            writer.writerow(_safe_row([r.ts.isoformat(), r.scale, r.score, r.reason, r.comment]))

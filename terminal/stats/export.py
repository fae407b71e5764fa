"""CSV exports: the period's numbers beside the previous period's, and each customer list.

UTF-8 with a byte-order mark, so a spreadsheet opened by double-click shows accents right. Given the
shop's `LocalFormat` (as the owner's dashboard does), the file is for a person's spreadsheet: labels in
the shop's language, money in currency units with the locale's decimal sign, percentages as the
dashboard shows them, times in the shop's time zone, and ``;`` between fields where the decimal sign is
a comma (as spreadsheets in those locales expect). Without one it stays machine-readable: minor units,
fractions, UTC times, commas. List rows
carry phone and e-mail only for customers who consented (the rows are built that way, see
``customers.CustomerRow``), which is what a win-back campaign may use.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from terminal.formatting import LocalFormat
from terminal.paths import open_private
from terminal.stats.customers import CustomerRow
from terminal.stats.format import MONEY, RATES, number_label
from terminal.stats.ratings import LowRating
from terminal.text import clean_text
from terminal.words import Words

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
    """What a person typed (a name, a comment), as a cell a spreadsheet shows and never runs."""
    text = clean_text(text or "")  # control characters dropped, white space folded
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6g}"
    return value


class SheetCells:
    """Cells as a spreadsheet in the shop's locale reads them (plain numbers: no grouping, no sign)."""

    def __init__(self, fmt: LocalFormat) -> None:
        self.fmt = fmt
        self.comma = fmt.decimal_separator() == ","

    @property
    def delimiter(self) -> str:
        return ";" if self.comma else ","

    def decimal(self, value: float, places: int) -> str:
        text = f"{value:.{places}f}"
        return text.replace(".", ",") if self.comma else text

    def money(self, minor: float) -> str:
        return self.decimal(minor / 100, self.fmt.decimals())

    def number(self, key: str, value: Any) -> Any:
        if value is None:
            return ""
        if key in MONEY:
            return self.money(value)
        if key in RATES:
            return f"{self.decimal(value * 100, 0)}%"
        if key == "nps":
            return self.decimal(value * 100, 0)
        if isinstance(value, float):
            return self.decimal(value, 2)
        return value

    def moment(self, moment: Any) -> str:
        return f"{self.fmt.local(moment):%Y-%m-%d %H:%M}" if moment else ""


def write_numbers(path: Path, numbers: dict[str, Any], fmt: LocalFormat | None = None) -> None:
    """One row per number: this period, the previous one. Machine form: money in minor units, rates as
    fractions; with `fmt`, as the shop's spreadsheet reads them."""
    previous = numbers.get("previous", {})
    sheet = SheetCells(fmt) if fmt is not None else None
    with open_private(path, "utf-8-sig") as out:
        writer = csv.writer(out, delimiter=sheet.delimiter if sheet else ",")
        words = Words(fmt.language) if fmt is not None else None
        first = words.translate("Report", "Number") if words else "number"
        writer.writerow([first, f"{numbers['from']}..{numbers['to']}",
                         f"{previous.get('from', '')}..{previous.get('to', '')}"])
        for key in NUMBER_KEYS:
            if sheet is not None and words is not None:
                writer.writerow([number_label(key, words), sheet.number(key, numbers.get(key)),
                                 sheet.number(key, previous.get(key))])
            else:
                writer.writerow([key, _cell(numbers.get(key)), _cell(previous.get(key))])
        for segment, count in numbers.get("segments", {}).items():
            writer.writerow([f"segment_{segment}", count, ""])


def write_customers(path: Path, rows: Iterable[CustomerRow], fmt: LocalFormat | None = None) -> int:
    sheet = SheetCells(fmt) if fmt is not None else None
    with open_private(path, "utf-8-sig") as out:
        writer = csv.writer(out, delimiter=sheet.delimiter if sheet else ",")
        writer.writerow(["customer_id", "name", "phone", "email", "consent", "last_visit", "days_silent",
                         "usual_gap_days", "visits", "spend", "points"])
        count = 0
        for r in rows:
            if sheet is not None:
                writer.writerow([r.customer_id, safe_text(r.name), safe_text(r.phone), safe_text(r.email),
                                 int(r.consent), sheet.moment(r.last_visit),
                                 "" if r.days_silent is None else r.days_silent,
                                 sheet.decimal(r.usual_gap_days, 0) if r.usual_gap_days is not None else "",
                                 r.visits, sheet.money(r.spend), r.points])
            else:
                writer.writerow([r.customer_id, safe_text(r.name), safe_text(r.phone), safe_text(r.email),
                                 int(r.consent), r.last_visit.isoformat() if r.last_visit else "",
                                 _cell(r.days_silent),
                                 _cell(round(r.usual_gap_days, 1) if r.usual_gap_days is not None else None),
                                 r.visits, r.spend, r.points])
            count += 1
    return count


def write_low_ratings(path: Path, rows: Iterable[LowRating]) -> None:
    with open_private(path, "utf-8-sig") as out:
        writer = csv.writer(out)
        writer.writerow(["time", "scale", "score", "reason", "comment"])
        for r in rows:
            writer.writerow([r.ts.isoformat(), r.scale, r.score, safe_text(r.reason), safe_text(r.comment)])

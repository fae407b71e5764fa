"""Words and number formats for the stats, shared by the PDF report and the dashboard.

Rates are fractions in the data and percentages on screen; NPS is shown ×100 as a score (−100 to
+100); money is minor units in the data and currency on screen.
"""

from __future__ import annotations

from terminal.money import format_amount

LABELS = {
    "sales": "Sales", "revenue": "Revenue", "average_sale": "Average sale", "identified_sales": "Identified sales",
    "active_customers": "Active customers", "new_customers": "New customers",
    "visits_per_customer": "Visits per customer", "repeat_purchase_rate": "Repeat-purchase rate",
    "retention_rate": "Retention", "churn_rate": "Churn", "nps": "NPS", "csat": "CSAT (4–5 of 5)",
    "response_rate": "Response rate", "historical_clv": "Lifetime value", "at_risk": "At risk",
    "lapsed": "Lapsed", "overdue": "Overdue by rhythm", "points_issued": "Points issued",
    "stamps_issued": "Stamps issued", "rewards_redeemed": "Rewards redeemed", "points_redeemed": "Points redeemed",
    "outstanding_points": "Outstanding points", "overdrawn_customers": "Overdrawn customers",
    "ratings": "Ratings",
}
MONEY = {"revenue", "average_sale", "historical_clv"}
RATES = {"repeat_purchase_rate", "retention_rate", "churn_rate", "csat", "response_rate"}


def number_label(key: str) -> str:
    return LABELS.get(key, key.replace("_", " ").capitalize())


def format_number(key: str, value: float | int | None, currency: str = "") -> str:
    if value is None:
        return "–"
    if key in MONEY:
        return format_amount(round(value), currency)
    if key in RATES:
        return f"{value * 100:.0f}%"
    if key == "nps":
        return f"{value * 100:+.0f}"
    if isinstance(value, float):
        return f"{value:.2f}"
    return f"{value:,}".replace(",", "\u202f")


def format_change(key: str, now: float | int | None, before: float | int | None, currency: str = "") -> str:
    """The change against the previous period: points for rates and NPS, per cent for counts and money."""
    if now is None or before is None:
        return ""
    if key in RATES:
        return f"{(now - before) * 100:+.0f} pts"
    if key == "nps":
        return f"{(now - before) * 100:+.0f}"
    if before == 0:
        return "new" if now else "±0"
    return f"{(now - before) / abs(before) * 100:+.0f}%"

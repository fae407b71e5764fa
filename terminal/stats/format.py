"""Words and number formats for the stats, shared by the PDF report and the dashboard.

Rates are fractions in the data and percentages on screen; NPS is shown ×100 as a score (−100 to
+100); money is minor units in the data and the shop's currency on screen (terminal.formatting).
The labels are English source texts, translated in context "Stats" (the screens through Qt, the
report through terminal.words).
"""

from __future__ import annotations

from terminal.formatting import LocalFormat
from terminal.words import QT_TRANSLATE_NOOP, Translator

LABELS = {
    "sales": QT_TRANSLATE_NOOP("Stats", "Sales"), "revenue": QT_TRANSLATE_NOOP("Stats", "Revenue"),
    "average_sale": QT_TRANSLATE_NOOP("Stats", "Average sale"),
    "identified_sales": QT_TRANSLATE_NOOP("Stats", "Identified sales"),
    "active_customers": QT_TRANSLATE_NOOP("Stats", "Active customers"),
    "new_customers": QT_TRANSLATE_NOOP("Stats", "New customers"),
    "visits_per_customer": QT_TRANSLATE_NOOP("Stats", "Visits per customer"),
    "repeat_purchase_rate": QT_TRANSLATE_NOOP("Stats", "Repeat-purchase rate"),
    "retention_rate": QT_TRANSLATE_NOOP("Stats", "Retention"), "churn_rate": QT_TRANSLATE_NOOP("Stats", "Churn"),
    "nps": QT_TRANSLATE_NOOP("Stats", "NPS"), "csat": QT_TRANSLATE_NOOP("Stats", "CSAT (4–5 of 5)"),
    "response_rate": QT_TRANSLATE_NOOP("Stats", "Response rate"),
    "historical_clv": QT_TRANSLATE_NOOP("Stats", "Lifetime value"), "at_risk": QT_TRANSLATE_NOOP("Stats", "At risk"),
    "lapsed": QT_TRANSLATE_NOOP("Stats", "Lapsed"), "overdue": QT_TRANSLATE_NOOP("Stats", "Overdue by rhythm"),
    "points_issued": QT_TRANSLATE_NOOP("Stats", "Points issued"),
    "stamps_issued": QT_TRANSLATE_NOOP("Stats", "Stamps issued"),
    "rewards_redeemed": QT_TRANSLATE_NOOP("Stats", "Rewards redeemed"),
    "points_redeemed": QT_TRANSLATE_NOOP("Stats", "Points redeemed"),
    "outstanding_points": QT_TRANSLATE_NOOP("Stats", "Outstanding points"),
    "overdrawn_customers": QT_TRANSLATE_NOOP("Stats", "Overdrawn customers"),
    "ratings": QT_TRANSLATE_NOOP("Stats", "Ratings"),
}
MONEY = {"revenue", "average_sale", "historical_clv"}
RATES = {"repeat_purchase_rate", "retention_rate", "churn_rate", "csat", "response_rate"}


def number_label(key: str, words: Translator | None = None) -> str:
    """The English label (for Qt to translate), or translated when `words` is given."""
    label = LABELS.get(key, key.replace("_", " ").capitalize())
    return words.translate("Stats", label) if words is not None else label


def format_number(key: str, value: float | int | None, fmt: LocalFormat) -> str:
    if value is None:
        return "–"
    if key in MONEY:
        return fmt.money(round(value))
    if key in RATES:
        return fmt.percent(value)
    if key == "nps":
        return fmt.number(value * 100, signed=True)
    if isinstance(value, float):
        return fmt.number(value, 2)
    return fmt.number(value)


def format_change(key: str, now: float | int | None, before: float | int | None, fmt: LocalFormat,
                  words: Translator) -> str:
    """The change against the previous period: points for rates and NPS, per cent for counts and money."""
    if now is None or before is None:
        return ""
    if key in RATES:
        change = round((now - before) * 100)
        return words.translate("Stats", "%1 pts").replace("%1", fmt.number(change, signed=True))
    if key == "nps":
        return fmt.number((now - before) * 100, signed=True)
    if before == 0:
        return words.translate("Stats", "new") if now else "±" + fmt.number(0)
    return fmt.percent((now - before) / abs(before), signed=True)

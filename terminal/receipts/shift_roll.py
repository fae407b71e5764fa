"""The end-of-shift report on the receipt roll (80 or 58 mm): one block per staff member, then the day.

Printed in the shop's language (context "ShiftRoll" of the translation files): labels, the anomalies'
words, money, times and the date in the shop's way; Persian shaped and mirrored like the receipts.
The screen's dialog says the people and the anomalies through the same :class:`ShiftRoll`.
"""

from __future__ import annotations

import io
import math

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from terminal.clock import parse_iso
from terminal.formatting import LocalFormat
from terminal.languages import is_rtl
from terminal.receipts import fonts
from terminal.receipts.layout import Column
from terminal.receipts.qr import DOT_PT
from terminal.receipts.receipt import ROLLS
from terminal.shift_report import Adjustment, Anomaly, ShiftFigures, ShiftReport
from terminal.words import QT_TRANSLATE_NOOP, Translator, Words

ANOMALY_WORDS = {"repeat_sale": QT_TRANSLATE_NOOP("ShiftRoll", "repeat sale"),
                 "stamps_without_sale": QT_TRANSLATE_NOOP("ShiftRoll", "stamps without a sale"),
                 "big_adjustment": QT_TRANSLATE_NOOP("ShiftRoll", "big adjustment")}
# What gave stamps without a sale (an event kind), as the owner says it.
CAUSE_WORDS = {"welcome_bonus": QT_TRANSLATE_NOOP("ShiftRoll", "the welcome bonus"),
               "birthday_bonus": QT_TRANSLATE_NOOP("ShiftRoll", "the birthday bonus"),
               "offer_used": QT_TRANSLATE_NOOP("ShiftRoll", "a campaign offer"),
               "customer_merged": QT_TRANSLATE_NOOP("ShiftRoll", "merging two records"),
               "reversal": QT_TRANSLATE_NOOP("ShiftRoll", "an undo")}


class ShiftRoll:
    """The report's words in one language: `Words` on paper, Qt's translators on screen (same texts)."""

    def __init__(self, words: Translator, fmt: LocalFormat) -> None:
        self.words, self.fmt = words, fmt

    def translate(self, context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
        return self.words.translate(context, source, disambiguation, n)

    def tr(self, source: str, disambiguation: str = "", n: int = -1) -> str:
        """Counted texts (lupdate takes a count from ``self.tr`` only, in this class's context)."""
        return self.words.translate("ShiftRoll", source, disambiguation, n)

    def time(self, ts: str) -> str:
        return self.fmt.time(parse_iso(ts))

    def person(self, figures: ShiftFigures, total: bool) -> str:
        if total:
            return self.translate("ShiftRoll", "The whole day")
        if figures.name:
            return figures.name
        if figures.staff_id:
            return self.translate("ShiftRoll", "Staff member %1").replace("%1", figures.staff_id[-6:])
        return self.translate("ShiftRoll", "No one signed in")

    def anomaly(self, what: str) -> str:
        if what in ANOMALY_WORDS:
            return self.translate("ShiftRoll", ANOMALY_WORDS[what])
        return what.replace("_", " ")

    def anomaly_detail(self, anomaly: Anomaly) -> str:
        """What happened, from the anomaly's numbers (the English ``detail`` is for JSON and logs)."""
        count = anomaly.count
        if anomaly.what == "repeat_sale":
            return self._counted(self.tr("another sale %n min after the last", "", count), count)
        if anomaly.what == "big_adjustment":
            text = self.tr("%n points", "", abs(count))
            return self._counted(text, abs(count), self.fmt.number(count, signed=True))
        if anomaly.what == "stamps_without_sale":
            cause = anomaly.cause.replace("_", " ")
            if anomaly.cause in CAUSE_WORDS:
                cause = self.translate("ShiftRoll", CAUSE_WORDS[anomaly.cause])
            text = self.tr("%n stamps from %1", "", count)
            return self._counted(text, count).replace("%1", cause)
        return anomaly.detail

    def figures(self, figures: ShiftFigures) -> list[tuple[str, str]]:
        """The counts and amounts, label and value: the roll's lines and the shift command's."""
        fmt = self.fmt
        sales = self.translate("ShiftRoll", "Sales (%1)").replace("%1", fmt.number(figures.sales))
        refunds = self.translate("ShiftRoll", "Refunds (%1)").replace("%1", fmt.number(figures.refunds))
        return [(sales, fmt.money(figures.sales_amount)), (refunds, fmt.money(-figures.refunds_amount)),
                (self.translate("ShiftRoll", "Stamps given"), fmt.number(figures.stamps_given)),
                (self.translate("ShiftRoll", "Points given"), fmt.number(figures.points_given)),
                (self.translate("ShiftRoll", "Rewards redeemed"), fmt.number(figures.rewards_redeemed))]

    def adjustment(self, adjustment: Adjustment) -> tuple[str, str]:
        label = self.translate("ShiftRoll", "Adjusted at %1: %2").replace("%1", self.time(adjustment.time))
        return label.replace("%2", adjustment.reason), self.fmt.number(adjustment.points, signed=True)

    def anomaly_line(self, anomaly: Anomaly) -> str:
        return f"! {self.time(anomaly.time)} {self.anomaly(anomaly.what)}: {self.anomaly_detail(anomaly)}"

    def _counted(self, text: str, count: int, shown: str | None = None) -> str:
        """The count in the shop's digits (Persian) and, for a signed amount, with its sign."""
        local = self.fmt.number(count)
        shown = shown if shown is not None else local
        for written in (local, str(count)):  # %Ln gave the local digits, %n the Latin ones
            if written in text:
                return text.replace(written, shown, 1)
        return text


def render_shift_report(report: ShiftReport, shop_name: str, currency: str, width_mm: int = 80,
                        language: str = "en") -> bytes:
    """The roll as PDF bytes, in ``language`` (the shop's); the same report always gives the same bytes."""
    fmt = LocalFormat(language, currency, report.time_zone)
    say = ShiftRoll(Words(language), fmt)
    fonts.register_fonts()
    roll = ROLLS[width_mm]
    size = roll.size
    content = Column(width_mm * mm - 2 * roll.margin_mm * mm, rtl=is_rtl(language))
    title = say.translate("ShiftRoll", "Shift report %1").replace("%1", fmt.date(report.day))
    content.text(shop_name, fonts.BOLD, roll.title, "center")
    content.text(title, fonts.BOLD, size, "center")
    for figures in [*report.people, report.total]:
        total = figures is report.total
        content.rule(size)
        content.text(say.person(figures, total), fonts.BOLD, size + (1 if total else 0))
        for label, value in [*say.figures(figures), *map(say.adjustment, figures.adjustments)]:
            content.pair(label, value, fonts.REGULAR, size)
        for n in figures.anomalies:
            content.text(say.anomaly_line(n), fonts.BOLD, size)
    margin = roll.margin_mm * mm
    height = math.ceil((content.height + 2 * margin) / DOT_PT) * DOT_PT
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width_mm * mm, height), invariant=1, pageCompression=0)
    canvas.setTitle(title)
    canvas.setCreator("Loyalty Terminal")
    content.render(canvas, margin, height - margin)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()

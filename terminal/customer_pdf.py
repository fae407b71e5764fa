"""The customer's data export as a readable A4 PDF: the same dictionary as the JSON, in tables.

Written for the person who asked "what do you hold about me?", in their language (the caller picks
it: :func:`terminal.customer_data.export_language`): headings, labels, yes and no, the kinds of
movement, dates and times in the shop's time zone, money and numbers in the language's way (Persian
digits, Solar Hijri dates). Persian is shaped and set right to left, the tables mirrored, as in the
PDF report. The JSON export is the machine-readable one and stays as it is.

Every text that came from outside (names, comments, reasons) is escaped before it reaches
reportlab's paragraph markup, so a name like ``<b>`` prints as typed.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from terminal.clock import parse_iso
from terminal.formatting import LocalFormat
from terminal.languages import is_rtl
from terminal.receipts import fonts
from terminal.receipts.shaping import needs_shaping, visual
from terminal.words import QT_TRANSLATE_NOOP, Words

PAGE_WIDTH = 180 * mm  # A4 less 15 mm margins
CELL_PADDING = 12  # reportlab's table cells: 6 pt either side
# The kinds of movement of points and stamps, as the customer reads them.
KIND_WORDS = {"sale": QT_TRANSLATE_NOOP("CustomerExport", "purchase"),
              "refund": QT_TRANSLATE_NOOP("CustomerExport", "refund"),
              "reversal": QT_TRANSLATE_NOOP("CustomerExport", "correction"),
              "welcome_bonus": QT_TRANSLATE_NOOP("CustomerExport", "welcome bonus"),
              "birthday_bonus": QT_TRANSLATE_NOOP("CustomerExport", "birthday bonus"),
              "reward_redeemed": QT_TRANSLATE_NOOP("CustomerExport", "reward redeemed"),
              "points_expired": QT_TRANSLATE_NOOP("CustomerExport", "points expired"),
              "points_adjusted": QT_TRANSLATE_NOOP("CustomerExport", "points adjusted by the shop"),
              "customer_merged": QT_TRANSLATE_NOOP("CustomerExport", "two records merged"),
              "offer_used": QT_TRANSLATE_NOOP("CustomerExport", "offer used")}
CARD_STATUS_WORDS = {"active": QT_TRANSLATE_NOOP("CustomerExport", "active"),
                     "revoked": QT_TRANSLATE_NOOP("CustomerExport", "blocked")}


class CustomerExport:
    """The export's words, numbers and paragraph making in one language and direction."""

    def __init__(self, language: str, currency: str, timezone: str) -> None:
        self.words = Words(language)
        self.fmt = LocalFormat(language, currency, timezone)
        self.rtl = is_rtl(language)
        align = TA_RIGHT if self.rtl else TA_LEFT
        self.title = ParagraphStyle("title", fontName=fonts.BOLD, fontSize=16, leading=20, spaceAfter=4,
                                    alignment=align)
        self.heading = ParagraphStyle("heading", fontName=fonts.BOLD, fontSize=11, leading=14, spaceBefore=10,
                                      spaceAfter=4, alignment=align)
        self.body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9, leading=12, alignment=align)
        self.cell = ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=8, leading=10, alignment=align)
        self.cell_head = ParagraphStyle("cellhead", fontName=fonts.BOLD, fontSize=8, leading=10, alignment=align)

    def translate(self, context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
        return self.words.translate(context, source, disambiguation, n)

    def p(self, text: str, style: ParagraphStyle, width: float = PAGE_WIDTH) -> Paragraph:
        """Plain text as a paragraph. Persian (the page's language, or a Persian comment on any page) is
        wrapped in reading order first and each line then shaped, so a long paragraph keeps its lines in order."""
        if not (self.rtl or needs_shaping(text)):
            return Paragraph(escape(text), style)
        lines = simpleSplit(text, style.fontName, style.fontSize, width) or [""]
        return Paragraph("<br/>".join(escape(visual(line, True if self.rtl else None)) for line in lines), style)

    def tr(self, source: str, disambiguation: str = "", n: int = -1) -> str:
        """Counted texts (lupdate takes a count from ``self.tr`` only, in this class's context)."""
        return self.words.translate("CustomerExport", source, disambiguation, n)

    def records(self, count: int) -> str:
        return self.tr("%n records in the ledger concern you; the JSON export lists each one.", "", count)

    def yes_no(self, value: bool) -> str:
        return self.translate("CustomerExport", "yes") if value else self.translate("CustomerExport", "no")

    def word(self, words: dict[str, str], key: str) -> str:
        """A stored code (a kind of event, a card's status) in words; an unknown one as stored."""
        return self.translate("CustomerExport", words[key]) if key in words else key.replace("_", " ")

    def when(self, ts: str | None) -> str:
        return self.fmt.datetime(parse_iso(ts)) if ts else ""

    def day(self, text: str) -> str:
        try:
            return self.fmt.date(date.fromisoformat(text))
        except ValueError:
            return text  # as stored: never lose what the shop holds

    def count(self, value: int | None, signed: bool = False) -> str:
        return self.fmt.number(value, signed=signed and value != 0) if value is not None else ""

    def pairs(self, rows: list[tuple[str, str]]) -> Table:
        widths = [45 * mm, PAGE_WIDTH - 45 * mm]
        body = [[self.p(k, self.cell_head, widths[0] - CELL_PADDING), self.p(v or "–", self.cell,
                                                                              widths[1] - CELL_PADDING)]
                for k, v in rows]
        if self.rtl:
            body, widths = [row[::-1] for row in body], widths[::-1]
        table = Table(body, colWidths=widths)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
        return table

    def table(self, header: list[str], rows: list[list[str]],
              shares: Sequence[float] | None = None) -> Table | Paragraph:
        """A table across the page, its columns in proportion to ``shares`` (equal by default)."""
        if not rows:
            return self.p(self.translate("CustomerExport", "None."), self.body)
        widths = _column_widths(header, rows, shares or [1.0] * len(header))
        body = [[self.p(h, self.cell_head, w - CELL_PADDING) for h, w in zip(header, widths, strict=True)]]
        body += [[self.p(cell, self.cell, w - CELL_PADDING) for cell, w in zip(row, widths, strict=True)]
                 for row in rows]
        if self.rtl:
            body, widths = [row[::-1] for row in body], widths[::-1]
        table = Table(body, repeatRows=1, hAlign="RIGHT" if self.rtl else "LEFT", colWidths=widths)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
        return table


def render_export(data: dict[str, Any], currency: str = "", language: str = "en", timezone: str = "UTC") -> bytes:
    """The export as PDF bytes, in ``language``; times in ``timezone`` (the shop's)."""
    fonts.register_fonts()
    page = CustomerExport(language, currency, timezone)
    when, count, money = page.when, page.count, page.fmt.money
    title = page.translate("CustomerExport", "Personal data held about you")
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, title=title, author=data.get("shop", ""), invariant=1)
    profile, balance = data["profile"], data["balance"]
    # A date and time, and a receipt number, each on one line; short numbers in narrow columns.
    visits, movements, ratings, consents = [34, 36, 30, 22, 26, 32], [34, 40, 24, 24, 58], [34, 22, 34, 54, 36], \
        [34, 146]

    def heading(text: str) -> Paragraph:
        return page.p(text, page.heading)

    story: list[Any] = [
        page.p(title, page.title),
        *([page.p(data["shop"], page.heading)] if data.get("shop") else []),
        page.p(page.translate("CustomerExport", "Exported on %1. Times are in the shop's time zone (%2).")
               .replace("%1", when(data["exported"])).replace("%2", timezone), page.body),
        page.p(page.translate("CustomerExport", "This is everything the shop's loyalty terminal stores about you."),
               page.body),
        heading(page.translate("CustomerExport", "Profile")),
        page.pairs([
            (page.translate("CustomerExport", "Customer id"), profile["id"]),
            (page.translate("CustomerExport", "Name"), profile["name"]),
            (page.translate("CustomerExport", "Phone"), profile["phone"]),
            (page.translate("CustomerExport", "E-mail"), profile["email"]),
            (page.translate("CustomerExport", "Birthday"), page.day(profile["birthday"])),
            (page.translate("CustomerExport", "Marketing consent"), page.yes_no(profile["consent"])),
            (page.translate("CustomerExport", "Enrolled"), when(profile["enrolled"])),
            (page.translate("CustomerExport", "Imported as"), profile["imported_as"]),
            (page.translate("CustomerExport", "Erased"), page.yes_no(profile["erased"]))]),
        heading(page.translate("CustomerExport", "Balance")),
        page.pairs([
            (page.translate("CustomerExport", "Stamps"), count(balance["stamps"])),
            (page.translate("CustomerExport", "Points"), count(balance["points"])),
            (page.translate("CustomerExport", "Spend"), money(balance["spend"])),
            (page.translate("CustomerExport", "Visits"), count(balance["visits"])),
            (page.translate("CustomerExport", "Rewards redeemed"), count(balance["redemptions"])),
            (page.translate("CustomerExport", "First visit"), when(balance["first_visit"])),
            (page.translate("CustomerExport", "Last visit"), when(balance["last_visit"]))]),
        heading(page.translate("CustomerExport", "Cards")),
        page.table([page.translate("CustomerExport", "Card ending"), page.translate("CustomerExport", "Status"),
                    page.translate("CustomerExport", "Issued")],
                   [[c["ends_with"], page.word(CARD_STATUS_WORDS, c["status"]), when(c["issued"])]
                    for c in data["cards"]]),
        heading(page.translate("CustomerExport", "Visits")),
        page.table([page.translate("CustomerExport", "Time"), page.translate("CustomerExport", "Receipt"),
                    page.translate("CustomerExport", "Amount"), page.translate("CustomerExport", "Stamps"),
                    page.translate("CustomerExport", "Points"), page.translate("CustomerExport", "Refunded")],
                   [[when(v["time"]), v["receipt_no"], money(v["amount"]), count(v["stamps"]), count(v["points"]),
                     page.yes_no(True) if v["refunded"] else ""] for v in data["visits"]], visits),
        heading(page.translate("CustomerExport", "Points and stamps")),
        page.table([page.translate("CustomerExport", "Time"), page.translate("CustomerExport", "What"),
                    page.translate("CustomerExport", "Points"), page.translate("CustomerExport", "Stamps"),
                    page.translate("CustomerExport", "Note")],
                   [[when(m["time"]), page.word(KIND_WORDS, m["what"]), count(m["points"], True),
                     count(m["stamps"], True), m["note"]] for m in data["points_and_stamps"]], movements),
        heading(page.translate("CustomerExport", "Ratings")),
        page.table([page.translate("CustomerExport", "Time"), page.translate("CustomerExport", "Score"),
                    page.translate("CustomerExport", "What mattered"), page.translate("CustomerExport", "Comment"),
                    page.translate("CustomerExport", "Receipt")],
                   [[when(r["time"]), _score(page, r), r["reason"], r["comment"], r["receipt_no"]]
                    for r in data["ratings"]], ratings),
        heading(page.translate("CustomerExport", "Consent history")),
        page.table([page.translate("CustomerExport", "Time"), page.translate("CustomerExport", "Marketing consent")],
                   [[when(c["time"]), page.translate("CustomerExport", "given") if c["consent"]
                     else page.translate("CustomerExport", "not given")] for c in data["consents"]], consents),
        Spacer(1, 6 * mm),
        page.p(page.records(len(data["events"])), page.body),
    ]
    doc.build(story)
    return out.getvalue()


def _column_widths(header: list[str], rows: list[list[str]], shares: Sequence[float]) -> list[float]:
    """Widths in proportion to ``shares``, but never narrower than a column's longest word (a heading
    like "Antspaudai" or a receipt number is never broken inside); the others give the room."""
    def longest(texts: list[str], font: str) -> float:
        return max((fonts.text_width(word, font, 8) for text in texts for word in text.split()), default=0)

    needed = [min(PAGE_WIDTH / 2, max(longest([h], fonts.BOLD), longest([r[i] for r in rows], fonts.REGULAR))
                  + CELL_PADDING + 1) for i, h in enumerate(header)]
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(header)) if i not in fixed]
        room = PAGE_WIDTH - sum(fixed.values())
        widths = {i: room * shares[i] / sum(shares[j] for j in free) for i in free}
        short = [i for i in free if widths[i] < needed[i]]
        if not short or len(short) == len(free):
            widths.update(fixed)
            return [widths[i] for i in range(len(header))]
        fixed.update({i: needed[i] for i in short})


def _score(page: CustomerExport, rating: dict[str, Any]) -> str:
    value = rating["score"]
    score = page.count(value) if isinstance(value, int) else str(value or "")
    return f"{score} ({str(rating['scale']).upper()})" if rating["scale"] else score

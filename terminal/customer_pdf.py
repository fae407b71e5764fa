"""The customer's data export as a readable A4 PDF: the same dictionary as the JSON, in tables.

Every text that came from outside (names, comments, reasons) is escaped before it reaches
reportlab's paragraph markup, so a name like ``<b>`` prints as typed.
"""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from terminal.formatting import LocalFormat
from terminal.receipts import fonts

_TITLE = ParagraphStyle("title", fontName=fonts.BOLD, fontSize=16, leading=20, spaceAfter=4)
_HEADING = ParagraphStyle("heading", fontName=fonts.BOLD, fontSize=11, leading=14, spaceBefore=10, spaceAfter=4)
_BODY = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9, leading=12)
_CELL = ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=8, leading=10)
_CELL_HEAD = ParagraphStyle("cellhead", fontName=fonts.BOLD, fontSize=8, leading=10)


def render_export(data: dict[str, Any], currency: str = "", language: str = "en") -> bytes:
    """The export as PDF bytes."""
    fonts.register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, title="Personal data held", author=data.get("shop", ""),
                            invariant=1)
    profile, balance = data["profile"], data["balance"]
    money = LocalFormat(language, currency).money
    story: list[Any] = [
        Paragraph("Personal data held about you", _TITLE),
        _p(f"{data.get('shop', '')} — exported {_when(data['exported'])}. Times are UTC. "
           "This is everything the loyalty terminal stores about this customer."),
        Paragraph("Profile", _HEADING),
        _pairs([("Customer id", profile["id"]), ("Name", profile["name"]), ("Phone", profile["phone"]),
                ("E-mail", profile["email"]), ("Birthday", profile["birthday"]),
                ("Marketing consent", "yes" if profile["consent"] else "no"),
                ("Enrolled", _when(profile["enrolled"])), ("Imported as", profile["imported_as"]),
                ("Erased", "yes" if profile["erased"] else "no")]),
        Paragraph("Balance", _HEADING),
        _pairs([("Stamps", str(balance["stamps"])), ("Points", str(balance["points"])),
                ("Spend", money(balance["spend"])), ("Visits", str(balance["visits"])),
                ("Rewards redeemed", str(balance["redemptions"])), ("First visit", _when(balance["first_visit"])),
                ("Last visit", _when(balance["last_visit"]))]),
        Paragraph("Cards", _HEADING),
        _table(["Card ending", "Status", "Issued"],
               [[c["ends_with"], c["status"], _when(c["issued"])] for c in data["cards"]]),
        Paragraph("Visits", _HEADING),
        _table(["Time", "Receipt", "Amount", "Stamps", "Points", "Refunded"],
               [[_when(v["time"]), v["receipt_no"], money(v["amount"]), v["stamps"], v["points"],
                 "yes" if v["refunded"] else ""] for v in data["visits"]]),
        Paragraph("Points and stamps", _HEADING),
        _table(["Time", "What", "Points", "Stamps", "Note"],
               [[_when(m["time"]), m["what"].replace("_", " "), m["points"], m["stamps"], m["note"]]
                for m in data["points_and_stamps"]]),
        Paragraph("Ratings", _HEADING),
        _table(["Time", "Score", "What mattered", "Comment", "Receipt"],
               [[_when(r["time"]), f"{r['score']} ({r['scale']})", r["reason"], r["comment"], r["receipt_no"]]
                for r in data["ratings"]]),
        Paragraph("Consent history", _HEADING),
        _table(["Time", "Marketing consent"],
               [[_when(c["time"]), "given" if c["consent"] else "not given"] for c in data["consents"]]),
        Spacer(1, 6 * mm),
        _p(f"{len(data['events'])} records in the ledger concern this customer; the JSON export lists each one."),
    ]
    doc.build(story)
    return out.getvalue()


def _p(text: str, style: ParagraphStyle = _BODY) -> Paragraph:
    return Paragraph(escape(text), style)


def _when(ts: str | None) -> str:
    return ts.replace("T", " ")[:19] if ts else ""


def _pairs(rows: list[tuple[str, str]]) -> Table:
    table = Table([[_p(k, _CELL_HEAD), _p(v or "–", _CELL)] for k, v in rows], colWidths=[45 * mm, 135 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
    return table


def _table(header: list[str], rows: list[list[Any]]) -> Table | Paragraph:
    if not rows:
        return _p("None.")
    body = [[_p(h, _CELL_HEAD) for h in header]] + [[_p(str(cell), _CELL) for cell in row] for row in rows]
    first = 34 * mm if header[0] == "Time" else 180 * mm / len(header)  # a date and time on one line
    widths = [first] + [(180 * mm - first) / (len(header) - 1)] * (len(header) - 1)
    table = Table(body, repeatRows=1, hAlign="LEFT", colWidths=widths)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey)]))
    return table

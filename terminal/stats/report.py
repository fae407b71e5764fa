"""The period's report as a PDF: the numbers beside the previous period's, charts and lists.

Built with reportlab's platypus (layout) and graphics (charts drawn as vectors, so they print sharp).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape  # what a customer or an import typed is text, never reportlab markup

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from terminal.money import format_amount
from terminal.stats.customers import ListName
from terminal.stats.dashboard import Dashboard
from terminal.stats.format import format_number, number_label

SYSTEM_FONTS = Path("/usr/share/fonts/truetype/dejavu")
ACCENT = colors.HexColor("#1f6f8b")
SECOND = colors.HexColor("#e07a2f")
REPORT_KEYS = ("sales", "revenue", "average_sale", "active_customers", "new_customers", "visits_per_customer",
               "repeat_purchase_rate", "retention_rate", "churn_rate", "nps", "csat", "response_rate",
               "historical_clv", "at_risk", "lapsed", "overdue", "points_issued", "rewards_redeemed",
               "outstanding_points", "overdrawn_customers")


def _fonts() -> tuple[str, str]:
    """(regular, bold): DejaVu Sans, which has 'Ő', Cyrillic and the narrow space between thousands that
    Helvetica lacks. The receipts' embedded fonts when present, else the system's, else Helvetica."""
    try:
        from terminal.receipts.fonts import BOLD, REGULAR, register_fonts

        register_fonts()
        return REGULAR, BOLD
    except ImportError:
        pass
    regular, bold = SYSTEM_FONTS / "DejaVuSans.ttf", SYSTEM_FONTS / "DejaVuSans-Bold.ttf"
    if regular.exists() and bold.exists():
        if "LT-Sans" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("LT-Sans", str(regular)))
            pdfmetrics.registerFont(TTFont("LT-Sans-Bold", str(bold)))
        return "LT-Sans", "LT-Sans-Bold"
    return "Helvetica", "Helvetica-Bold"


def _bar_chart(title: str, labels: list[str], series: list[list[float]], fills: list[Any],
               width: float = 170 * mm, height: float = 60 * mm) -> Drawing:
    regular, bold = _fonts()
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName=bold, fontSize=10))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 25, width - 50, height - 45
    chart.data = series if any(any(v for v in s) for s in series) else [[0 for _ in labels]]
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = regular
    chart.categoryAxis.labels.angle = 30 if len(labels) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 8 else "n"
    chart.valueAxis.valueMin = 0
    top = max((v for s in series for v in s), default=0)
    if top <= 5:  # small counts: whole steps, not 0.2 of a customer
        chart.valueAxis.valueMax, chart.valueAxis.valueStep = max(1, int(top) + 1), 1
    chart.valueAxis.labels.fontSize = 7
    for index, fill in enumerate(fills):
        chart.bars[index].fillColor = fill
    drawing.add(chart)
    return drawing


def _line_chart(title: str, labels: list[str], values: list[float | None], width: float = 170 * mm,
                height: float = 55 * mm) -> Drawing:
    regular, bold = _fonts()
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName=bold, fontSize=10))
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 40, 25, width - 50, height - 45
    chart.data = [[v if v is not None else None for v in values]] if any(v is not None for v in values) else [[0]]
    chart.categoryAxis.categoryNames = labels if any(v is not None for v in values) else [""]
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fontName = chart.valueAxis.labels.fontName = regular
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = -100, 100, 50
    chart.valueAxis.labels.fontSize = 7
    chart.lines[0].strokeColor = ACCENT
    chart.lines[0].strokeWidth = 2
    chart.lines[0].symbol = makeMarker("FilledCircle", size=5)
    drawing.add(chart)
    return drawing


def _week_label(week: Any) -> str:
    return week.first.strftime("%d %b")


def build_report(path: Path, board: Dashboard, shop_name: str) -> None:
    regular, bold = _fonts()
    sample = getSampleStyleSheet()
    styles = {name: ParagraphStyle(f"lt-{name}", parent=sample[name], fontName=bold if name in ("Title", "Heading3")
                                   else regular, keepWithNext=name == "Heading3")
              for name in ("Title", "Normal", "Italic", "Heading3", "BodyText")}
    numbers, previous = board.numbers, board.numbers["previous"]
    story: list[Any] = [
        Paragraph(f"{escape(shop_name)}: loyalty report", styles["Title"]),
        Paragraph(f"{board.period.label()} (time zone {board.period.zone}); previous period "
                  f"{previous['from']} – {previous['to']}", styles["Normal"]),
        Spacer(1, 4 * mm),
    ]
    rows = [["", "This period", "Previous"]]
    for key in REPORT_KEYS:
        rows.append([number_label(key), format_number(key, numbers.get(key), board.currency),
                     format_number(key, previous.get(key), board.currency)])
    table = Table(rows, colWidths=[70 * mm, 45 * mm, 45 * mm])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), regular), ("FONT", (0, 0), (-1, 0), bold), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f0f4f6")]),
    ]))
    story += [table, Spacer(1, 3 * mm)]
    noise = numbers.get("within_noise", {})
    for key, word in (("nps", "NPS"), ("csat", "CSAT")):
        if noise.get(key) is True:
            story.append(Paragraph(f"The change in {word} from the previous period is within the noise "
                                   "(95% confidence).", styles["Italic"]))
    weeks = [_week_label(w) for w, _, _ in board.weekly_sales]
    story += [
        Spacer(1, 4 * mm),
        _bar_chart("Visits per week", weeks, [[n for _, n, _ in board.weekly_sales]], [ACCENT]),
        _bar_chart(f"Revenue per week ({board.currency})", weeks,
                   [[amount / 100 for _, _, amount in board.weekly_sales]], [SECOND]),
        _line_chart("NPS per week", [_week_label(w) for w, _, _ in board.weekly_nps],
                    [None if v is None else v * 100 for _, v, _ in board.weekly_nps]),
        _bar_chart("Rating distribution (0–10)", [str(s) for s in board.nps_distribution],
                   [list(board.nps_distribution.values())], [ACCENT]),
        _bar_chart("Segment sizes", [s.replace("_", " ") for s in numbers["segments"]],
                   [list(numbers["segments"].values())], [SECOND]),
    ]
    list_style = [("FONT", (0, 0), (-1, -1), regular), ("FONT", (0, 0), (-1, 0), bold),
                  ("FONTSIZE", (0, 0), (-1, -1), 8)]
    for which, title in ((ListName.AT_RISK, "At risk"), (ListName.LAPSED, "Lapsed"),
                         (ListName.OVERDUE, "Overdue by their own rhythm")):
        people = board.lists.get(which, [])[:25]
        heading = f"{title} ({numbers.get(which.value, len(people))})"
        story += [Spacer(1, 4 * mm), Paragraph(heading, styles["Heading3"])]
        data = [["Name", "Phone", "Last visit", "Days silent", "Spend"]] + [
            [p.name or "—", p.phone if p.consent else "(no consent)",
             p.last_visit.date().isoformat() if p.last_visit else "", f"{p.days_silent:.0f}" if p.days_silent else "",
             format_amount(p.spend, board.currency)] for p in people]
        story.append(Table(data, colWidths=[50 * mm, 35 * mm, 30 * mm, 25 * mm, 30 * mm], repeatRows=1,
                           style=list_style))
    if board.low_ratings:
        story += [Spacer(1, 4 * mm), Paragraph("Latest low ratings", styles["Heading3"])]
        story.append(Table([["When", "Score", "Reason", "Comment"]] + [
            [r.ts.date().isoformat(), f"{r.score} ({r.scale})", r.reason,
             Paragraph(escape(r.comment), styles["BodyText"])]
            for r in board.low_ratings], colWidths=[25 * mm, 20 * mm, 30 * mm, 95 * mm], repeatRows=1,
            style=[*list_style, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    if board.campaigns:
        story += [PageBreak(), Paragraph("Campaigns: offered group against the control group", styles["Heading3"]),
                  Paragraph("Came back: a sale in the campaign's window. The lift's 95 % interval holding zero means "
                            "the difference is within the noise.", styles["Normal"]), Spacer(1, 3 * mm)]
        rows = [["Campaign", "Offered: back", "Control: back", "Lift (95 %)", "Cost", "Net"]]
        for report in board.campaigns:
            lift = "—" if report.lift is None else (
                f"{report.lift.value:+.0%} ({report.lift.low:+.0%} … {report.lift.high:+.0%})"
                + (", noise" if report.lift.within_noise else ""))
            rows.append([Paragraph(escape(report.campaign.name), styles["BodyText"]),
                         f"{report.returned_offered} / {report.offered}",
                         f"{report.returned_control} / {report.control}", lift,
                         format_amount(report.cost, board.currency), format_amount(report.net, board.currency)])
        story.append(Table(rows, colWidths=[44 * mm, 22 * mm, 22 * mm, 42 * mm, 20 * mm, 20 * mm], repeatRows=1,
                           style=[*list_style, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                      bottomMargin=18 * mm, title=f"{shop_name} loyalty report").build(story)

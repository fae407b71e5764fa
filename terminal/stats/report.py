"""The period's report as a PDF: the numbers beside the previous period's, charts and lists.

Built with reportlab's platypus (layout) and graphics (charts drawn as vectors, so they print sharp).
"""

from __future__ import annotations

import html
from datetime import date
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

from terminal.formatting import LocalFormat
from terminal.languages import is_rtl
from terminal.receipts.shaping import visual
from terminal.stats.customers import ListName
from terminal.stats.dashboard import Dashboard
from terminal.stats.format import format_number, number_label
from terminal.words import QT_TRANSLATE_NOOP, Words

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


def _week_label(week: Any, fmt: LocalFormat) -> str:
    return fmt.date(week.first)


def build_report(path: Path, board: Dashboard, shop_name: str, language: str = "en") -> None:
    """The report in the shop's language; dates in the shop's time zone; Persian shaped and right-aligned."""
    words = Words(language)
    fmt = LocalFormat(language, board.currency, board.period.zone)
    rtl = is_rtl(language)

    def t(text: str) -> str:  # a cell or heading as reportlab must draw it
        return visual(text, rtl) if rtl else text

    regular, bold = _fonts()
    sample = getSampleStyleSheet()
    styles = {name: ParagraphStyle(f"lt-{name}", parent=sample[name], fontName=bold if name in ("Title", "Heading3")
                                   else regular, keepWithNext=name == "Heading3", alignment=2 if rtl else 0)
              for name in ("Title", "Normal", "Italic", "Heading3", "BodyText")}
    numbers, previous = board.numbers, board.numbers["previous"]

    def span(first: str, last: str) -> str:
        first_date, last_date = fmt.date(date.fromisoformat(first)), fmt.date(date.fromisoformat(last))
        return first_date if first == last else f"{first_date} – {last_date}"

    period = board.period
    story: list[Any] = [
        Paragraph(t(words.translate("Report", "%1: loyalty report").replace("%1", escape(shop_name))), styles["Title"]),
        Paragraph(t(words.translate("Report", "%1 (time zone %2); previous period %3")
                    .replace("%1", span(period.first.isoformat(), period.last.isoformat()))
                    .replace("%2", period.zone).replace("%3", span(previous["from"], previous["to"]))),
                  styles["Normal"]),
        Spacer(1, 4 * mm),
    ]
    rows = [[t(words.translate("Report", "Number")), t(words.translate("Report", "This period")),
             t(words.translate("Report", "Previous"))]]
    for key in REPORT_KEYS:
        rows.append([t(number_label(key, words)), t(format_number(key, numbers.get(key), fmt)),
                     t(format_number(key, previous.get(key), fmt))])
    if rtl:
        rows = [list(reversed(row)) for row in rows]
    table = Table(rows, colWidths=[45 * mm, 45 * mm, 70 * mm] if rtl else [70 * mm, 45 * mm, 45 * mm])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), regular), ("FONT", (0, 0), (-1, 0), bold), ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f0f4f6")]),
    ]))
    story += [table, Spacer(1, 3 * mm)]
    noise = numbers.get("within_noise", {})
    for key, word in (("nps", "NPS"), ("csat", "CSAT")):
        if noise.get(key) is True:
            story.append(Paragraph(t(words.translate(
                "Report", "The change in %1 from the previous period is within the noise (95% confidence).")
                .replace("%1", word)), styles["Italic"]))
    weeks = [_week_label(w, fmt) for w, _, _ in board.weekly_sales]
    segment_names = {"new": QT_TRANSLATE_NOOP("Report", "new"), "regular": QT_TRANSLATE_NOOP("Report", "regular"),
                     "vip": QT_TRANSLATE_NOOP("Report", "VIP"), "at_risk": QT_TRANSLATE_NOOP("Report", "at risk"),
                     "lapsed": QT_TRANSLATE_NOOP("Report", "lapsed")}
    story += [
        Spacer(1, 4 * mm),
        _bar_chart(t(words.translate("Report", "Visits per week")), weeks,
                   [[n for _, n, _ in board.weekly_sales]], [ACCENT]),
        _bar_chart(t(words.translate("Report", "Revenue per week (%1)").replace("%1", board.currency)), weeks,
                   [[amount / 100 for _, _, amount in board.weekly_sales]], [SECOND]),
        _line_chart(t(words.translate("Report", "NPS per week")), [_week_label(w, fmt) for w, _, _ in board.weekly_nps],
                    [None if v is None else v * 100 for _, v, _ in board.weekly_nps]),
        _bar_chart(t(words.translate("Report", "Rating distribution (0–10)")), [str(s) for s in board.nps_distribution],
                   [list(board.nps_distribution.values())], [ACCENT]),
        _bar_chart(t(words.translate("Report", "Segment sizes")),
                   [t(words.translate("Report", segment_names[s])) if s in segment_names else s.replace("_", " ")
                    for s in numbers["segments"]],
                   [list(numbers["segments"].values())], [SECOND]),
    ]
    list_style = [("FONT", (0, 0), (-1, -1), regular), ("FONT", (0, 0), (-1, 0), bold),
                  ("FONTSIZE", (0, 0), (-1, -1), 8)]
    if rtl:
        list_style.append(("ALIGN", (0, 0), (-1, -1), "RIGHT"))

    def mirrored(rows: list[list[Any]], widths: list[float]) -> tuple[list[list[Any]], list[float]]:
        return ([list(reversed(row)) for row in rows], list(reversed(widths))) if rtl else (rows, widths)

    for which, title in ((ListName.AT_RISK, words.translate("Report", "At risk")),
                         (ListName.LAPSED, words.translate("Report", "Lapsed")),
                         (ListName.OVERDUE, words.translate("Report", "Overdue by their own rhythm"))):
        people = board.lists.get(which, [])[:25]
        heading = f"{title} ({fmt.number(numbers.get(which.value, len(people)))})"
        story += [Spacer(1, 4 * mm), Paragraph(t(heading), styles["Heading3"])]
        header = [t(words.translate("Report", text)) for text in (QT_TRANSLATE_NOOP("Report", "Name"),
                  QT_TRANSLATE_NOOP("Report", "Phone"), QT_TRANSLATE_NOOP("Report", "Last visit"),
                  QT_TRANSLATE_NOOP("Report", "Days silent"), QT_TRANSLATE_NOOP("Report", "Spend"))]
        data, widths = mirrored([header] + [
            [t(p.name or "—"), p.phone if p.consent else t(words.translate("Report", "(no consent)")),
             fmt.date(p.last_visit) if p.last_visit else "",
             "" if p.days_silent is None else fmt.number(p.days_silent),
             t(fmt.money(p.spend))] for p in people], [50 * mm, 35 * mm, 30 * mm, 25 * mm, 30 * mm])
        story.append(Table(data, colWidths=widths, repeatRows=1, style=list_style))
    if board.low_ratings:
        story += [Spacer(1, 4 * mm), Paragraph(t(words.translate("Report", "Latest low ratings")), styles["Heading3"])]
        header = [t(words.translate("Report", text)) for text in (QT_TRANSLATE_NOOP("Report", "When"),
                  QT_TRANSLATE_NOOP("Report", "Score"), QT_TRANSLATE_NOOP("Report", "Reason"),
                  QT_TRANSLATE_NOOP("Report", "Comment"))]
        data, widths = mirrored([header] + [
            [fmt.datetime(r.ts), fmt.digits(f"{r.score} ({r.scale})"), t(r.reason),
             Paragraph(html.escape(t(r.comment)), styles["BodyText"])]
            for r in board.low_ratings], [25 * mm, 20 * mm, 30 * mm, 95 * mm])
        story.append(Table(data, colWidths=widths, repeatRows=1,
                           style=[*list_style, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    if board.campaigns:
        heading = words.translate("Report", "Campaigns: offered group against the control group")
        story += [PageBreak(), Paragraph(t(heading), styles["Heading3"]),
                  Paragraph(t(words.translate("Report", "Came back: a sale in the campaign's window. The lift's 95 % "
                                              "interval holding zero means the difference is within the noise.")),
                            styles["Normal"]), Spacer(1, 3 * mm)]
        rows = [[t(words.translate("Report", text)) for text in (
            QT_TRANSLATE_NOOP("Report", "Campaign"), QT_TRANSLATE_NOOP("Report", "Offered: back"),
            QT_TRANSLATE_NOOP("Report", "Control: back"), QT_TRANSLATE_NOOP("Report", "Lift (95 %)"),
            QT_TRANSLATE_NOOP("Report", "Cost"), QT_TRANSLATE_NOOP("Report", "Net"))]]
        for report in board.campaigns:
            lift = "—" if report.lift is None else (
                f"{report.lift.value:+.0%} ({report.lift.low:+.0%} … {report.lift.high:+.0%})"
                + (", " + words.translate("Report", "noise") if report.lift.within_noise else ""))
            rows.append([Paragraph(escape(t(report.campaign.name)), styles["BodyText"]),
                         fmt.digits(f"{report.returned_offered} / {report.offered}"),
                         fmt.digits(f"{report.returned_control} / {report.control}"), fmt.digits(lift),
                         t(fmt.money(report.cost)), t(fmt.money(report.net))])
        story.append(Table(rows, colWidths=[44 * mm, 22 * mm, 22 * mm, 42 * mm, 20 * mm, 20 * mm], repeatRows=1,
                           style=[*list_style, ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    title = words.translate("Report", "%1: loyalty report").replace("%1", shop_name)
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                      bottomMargin=18 * mm, title=title).build(story)

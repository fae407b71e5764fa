"""The dashboard's charts (QtCharts): visits and revenue per week, NPS per week, rating distribution,
segment sizes. They are fed plain data from terminal.stats; nothing here queries anything."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QGridLayout, QWidget

from terminal.stats.dashboard import Dashboard
from ui.formatting import local_format

ACCENT, SECOND = QColor("#1f6f8b"), QColor("#e07a2f")


class ChartView(QChartView):
    """A chart of a steady preferred size: QChartView's own is the size it was last given (its scene's),
    so one layout pass that gave it more kept it that tall in every pass after."""

    def sizeHint(self) -> QSize:
        return QSize(480, 240)


def _view(title: str) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    font = QFont()
    font.setPointSize(11)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.legend().setVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = ChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _axis_font(axis: QValueAxis | QBarCategoryAxis) -> None:
    font = QFont()
    font.setPointSize(9)
    axis.setLabelsFont(font)


class ChartsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sales_view = _view(self.tr("Visits (bars) and revenue (line) per week"))
        self.nps_view = _view(self.tr("NPS per week"))
        self.ratings_view = _view(self.tr("Rating distribution (0–10)"))
        self.segments_view = _view(self.tr("Segment sizes"))
        for index, view in enumerate((self.sales_view, self.nps_view, self.ratings_view, self.segments_view)):
            layout.addWidget(view, index // 2, index % 2)

    def show_dashboard(self, board: Dashboard) -> None:
        fmt = local_format(board.currency, board.period.zone)
        weeks = [fmt.date(w.first) for w, _, _ in board.weekly_sales]
        self._bars_and_line(self.sales_view.chart(), weeks, [n for _, n, _ in board.weekly_sales],
                            [amount / 100 for _, _, amount in board.weekly_sales])
        self._line(self.nps_view.chart(), [fmt.date(w.first) for w, _, _ in board.weekly_nps],
                   [None if v is None else v * 100 for _, v, _ in board.weekly_nps])
        self._bars(self.ratings_view.chart(), [str(s) for s in board.nps_distribution],
                   list(board.nps_distribution.values()), ACCENT)
        segments = board.numbers.get("segments", {})
        names = {"new": self.tr("New"), "vip": self.tr("VIP"), "regular": self.tr("Regular"),
                 "at_risk": self.tr("At risk"), "lapsed": self.tr("Lapsed")}
        self._bars(self.segments_view.chart(), [names.get(k, k) for k in segments], list(segments.values()), SECOND)

    @staticmethod
    def _reset(chart: QChart) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

    def _bars(self, chart: QChart, labels: list[str], values: Sequence[float], colour: QColor) -> QBarSeries:
        self._reset(chart)
        bars = QBarSet("")
        bars.append([float(v) for v in values])
        bars.setColor(colour)
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(labels)
        _axis_font(x)
        y = QValueAxis()
        y.setRange(0, max([1.0, *values]) * 1.1)
        y.applyNiceNumbers()
        y.setLabelFormat("%d")
        _axis_font(y)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        return series

    def _bars_and_line(self, chart: QChart, labels: list[str], visits: list[int], revenue: list[float]) -> None:
        self._bars(chart, labels, visits, ACCENT)
        line = QLineSeries()
        for index, value in enumerate(revenue):
            line.append(index, value)
        line.setColor(SECOND)
        pen = line.pen()
        pen.setWidth(3)
        line.setPen(pen)
        chart.addSeries(line)
        x = QValueAxis()
        x.setRange(-0.5, len(labels) - 0.5)
        x.setVisible(False)
        y = QValueAxis()
        y.setRange(0, max([1.0, *revenue]) * 1.1)
        y.applyNiceNumbers()
        y.setLabelFormat("%.0f")
        _axis_font(y)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignRight)
        line.attachAxis(x)
        line.attachAxis(y)

    def _line(self, chart: QChart, labels: list[str], values: list[float | None]) -> None:
        self._reset(chart)
        series = QLineSeries()
        series.setPointsVisible(True)
        series.setColor(ACCENT)
        for index, value in enumerate(values):
            if value is not None:
                series.append(index, value)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(labels)
        _axis_font(x)
        y = QValueAxis()
        y.setRange(-100, 100)
        y.setTickCount(5)
        y.setLabelFormat("%d")
        _axis_font(y)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

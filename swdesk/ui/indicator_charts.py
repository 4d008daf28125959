"""The 指标 page's three charts, with Qt's own chart module (QtCharts).

Certified workers per village/community as bars against each one's target (a bar below its
target is drawn in the warning colour, the target a line of its own); year-end counts per level;
the share of workers in post per service domain. A click on a bar reports which village it is,
a click on a slice which domain, so the page can list the people behind them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from swdesk.core.indicators.results import UnitCount
from swdesk.ui import styles


def _axis_top(value: int) -> int:
    return max(value + 1, 2)


def _whole_ticks(axis: QValueAxis, top: int) -> None:
    """A count axis from 0 with at most five whole-number steps: more labels than fit a
    short chart would be cut to "…"."""
    step = max(1, -(-top // 5))
    axis.setRange(0, step * -(-top // step))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%.0f")


class _ChartView(QChartView):
    """A chart view without animation, square corners, the legend where ``legend`` says."""

    def __init__(self, legend: Qt.AlignmentFlag, parent: QWidget | None = None) -> None:
        self.chart_ = QChart()
        super().__init__(self.chart_, parent)
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_.setBackgroundRoundness(0)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.legend().setAlignment(legend)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)

    def clear(self) -> None:
        self.chart_.removeAllSeries()
        for axis in self.chart_.axes():
            self.chart_.removeAxis(axis)


class UnitsChart(_ChartView):
    """Bars per village/community; ``unitClicked(index)`` names the bar clicked."""

    unitClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.AlignmentFlag.AlignTop, parent)
        self.units: list[UnitCount] = []
        self.bars: QBarSet | None = None
        self.short: QBarSet | None = None

    def show_units(self, units: Sequence[UnitCount], labels: Sequence[str] = ()) -> None:
        """One bar per unit, titled by ``labels`` (default the unit's name; a county prefixes
        the township, since two townships may each have a 前进村)."""
        chart = self.chart_
        self.clear()
        self.units = list(units)
        if not units:
            return
        # Two sets stacked in one place: a village at or over target in one colour, a village
        # below it in the other, so the shortfall shows without reading the numbers.
        self.bars = QBarSet(self.tr("持证社工（达到目标）"))
        self.short = QBarSet(self.tr("持证社工（未达目标）"))
        self.bars.setColor(QColor(styles.CHART_BAR))
        self.short.setColor(QColor(styles.CHART_BAR_SHORT))
        for u in units:
            below = u.certified < u.target
            self.bars.append(0 if below else u.certified)
            self.short.append(u.certified if below else 0)
        series = QStackedBarSeries()
        series.append(self.bars)
        series.append(self.short)
        series.setBarWidth(0.8)
        self.bars.clicked.connect(self.unitClicked)
        self.short.clicked.connect(self.unitClicked)
        chart.addSeries(series)
        target = QLineSeries()
        target.setName(self.tr("目标"))
        pen = QPen(QColor(styles.CHART_TARGET))
        pen.setWidth(2)
        target.setPen(pen)
        # A step line: flat across each bar at that village's target.
        for i, u in enumerate(units):
            target.append(QPointF(i - 0.5, u.target))
            target.append(QPointF(i + 0.5, u.target))
        chart.addSeries(target)
        names = QBarCategoryAxis()
        names.append(list(labels) if labels else [u.name for u in units])
        names.setLabelsAngle(-45 if len(units) > 8 else 0)
        chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        target.attachAxis(names)  # category i sits at x = i, from -0.5 to n - 0.5
        counts = QValueAxis()
        top = _axis_top(max(max(u.certified for u in units), max(u.target for u in units)))
        _whole_ticks(counts, top)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(counts)
        target.attachAxis(counts)


class LevelsChart(_ChartView):
    """Year-end counts per level, one line per level."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.AlignmentFlag.AlignTop, parent)

    def show_levels(
        self, by_year: dict[int, dict[str, int]], levels: Sequence[str], labels: Sequence[str]
    ) -> None:
        """``levels`` in order, ``labels`` how each is shown (the interface language)."""
        chart = self.chart_
        self.clear()
        years = sorted(by_year)
        if not years:
            return
        axis_x = QBarCategoryAxis()
        axis_x.append([str(y) for y in years])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        axis_y = QValueAxis()
        top = max((n for counts in by_year.values() for n in counts.values()), default=1)
        _whole_ticks(axis_y, _axis_top(top))
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for i, (level, label) in enumerate(zip(levels, labels, strict=True)):
            line = QLineSeries()
            line.setName(label)
            pen = QPen(QColor(styles.CHART_SERIES[i % len(styles.CHART_SERIES)]))
            pen.setWidth(2)
            line.setPen(pen)
            line.setPointsVisible(True)
            for x, year in enumerate(years):
                line.append(QPointF(x, by_year[year].get(level, 0)))
            chart.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis_y)


class DomainsChart(_ChartView):
    """The share of certified workers in post per service domain; ``domainClicked(key)``
    names the domain of the slice clicked, so the page can list the people behind it."""

    domainClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.AlignmentFlag.AlignRight, parent)
        self.pie: QPieSeries | None = None
        self.keys: list[str] = []

    def show_domains(self, items: Sequence[tuple[str, int]], keys: Sequence[str] = ()) -> None:
        """``items``: (label in the interface language, people) per domain; ``keys`` the
        stored domain of each item (what a click reports; the label when not given)."""
        chart = self.chart_
        self.clear()
        self.pie = None
        named = list(zip(items, keys or [label for label, _ in items], strict=True))
        named = [(item, key) for item, key in named if item[1] > 0]
        self.keys = [key for _, key in named]
        if not named:
            return
        total = sum(n for (_, n), _ in named)
        pie = QPieSeries()
        for i, ((label, n), _key) in enumerate(named):
            text = self.tr("{label} {n}（{share}%）").format(
                label=label, n=n, share=f"{100 * n / total:.0f}"
            )
            piece = pie.append(text, n)
            piece.setColor(QColor(styles.CHART_SERIES[i % len(styles.CHART_SERIES)]))
        pie.clicked.connect(lambda piece: self.slice_clicked(pie.slices().index(piece)))
        chart.addSeries(pie)
        self.pie = pie

    def slice_clicked(self, i: int) -> None:
        if 0 <= i < len(self.keys):
            self.domainClicked.emit(self.keys[i])

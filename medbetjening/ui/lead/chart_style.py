"""Charts follow the text size and the theme, also when they change while open.

Qt Charts take their fonts and colours from a chart theme when the chart is made and
never again: at 200 % text the axes stay small, in high contrast the chart stays white,
and back at 100 % a large font is left behind. This applies the widget's own font and
palette to every part of the chart, each time the data or the appearance changes.
"""

from __future__ import annotations

from PySide6.QtCharts import QAbstractBarSeries, QChart, QChartView, QPieSeries
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget


def follow_appearance(chart: QChart, view: QChartView, widget: QWidget) -> None:
    palette, font = widget.palette(), widget.font()
    text = palette.color(QPalette.ColorRole.WindowText)
    background = palette.brush(QPalette.ColorRole.Base)
    chart.setBackgroundBrush(background)
    view.setBackgroundBrush(background)
    chart.setTitleBrush(text)
    chart.setTitleFont(font)
    legend = chart.legend()
    legend.setFont(font)
    legend.setLabelColor(text)
    for axis in chart.axes():
        axis.setLabelsFont(font)
        axis.setLabelsColor(text)
        axis.setTitleFont(font)
        axis.setTitleBrush(text)
        axis.setLinePenColor(text)
        axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))
    for series in chart.series():
        if isinstance(series, QAbstractBarSeries):
            for bar_set in series.barSets():
                bar_set.setLabelFont(font)
                bar_set.setLabelColor(text)
        elif isinstance(series, QPieSeries):
            for piece in series.slices():
                piece.setLabelFont(font)
                piece.setLabelColor(text)

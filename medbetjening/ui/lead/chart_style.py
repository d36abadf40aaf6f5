"""Charts follow the text size and the theme, also when they change while open.

Qt Charts take their fonts and colours from a chart theme when the chart is made and
never again: at 200 % text the axes stay small, in high contrast the chart stays white,
and back at 100 % a large font is left behind. This applies the widget's own font and
palette to every part of the chart, each time the data or the appearance changes.
"""

from __future__ import annotations

import html

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QAbstractSeries,
    QChart,
    QChartView,
    QPieSeries,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPalette
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
        dress_axis(axis, widget)
    for series in chart.series():
        dress_series(series, widget)


def dress_axis(axis: QAbstractAxis, widget: QWidget) -> None:
    """The widget's font and colours on one axis. Done before the axis joins its chart,
    a later ``follow_appearance`` finds nothing to change (Qt skips equal values) and
    the chart lays its labels out once instead of again for each setting."""
    palette, font = widget.palette(), widget.font()
    text = palette.color(QPalette.ColorRole.WindowText)
    axis.setLabelsFont(font)
    axis.setLabelsColor(text)
    axis.setTitleFont(font)
    axis.setTitleBrush(text)
    axis.setLinePenColor(text)
    axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))


def dress_series(series: QAbstractSeries, widget: QWidget) -> None:
    """The widget's font and text colour on the value labels of one series (see
    ``dress_axis``: cheapest before the series joins its chart)."""
    font, text = widget.font(), widget.palette().color(QPalette.ColorRole.WindowText)
    if isinstance(series, QAbstractBarSeries):
        for bar_set in series.barSets():
            bar_set.setLabelFont(font)
            bar_set.setLabelColor(text)
    elif isinstance(series, QPieSeries):
        for piece in series.slices():
            piece.setLabelFont(font)
            piece.setLabelColor(text)


# -- category labels of a horizontal bar chart ---------------------------------------------
# Qt Charts gives a left axis at most 40 % of the chart's width and each category label
# (its height / (categories + 2)) less 2 × 4 px padding; a label that does not fit either
# way is elided, down to "..." when the height is short. So the card wraps the names
# itself, within that width, and asks for the height they need.
AXIS_PORTION = 0.4  # Qt Charts' maxAxisPortion
LABEL_PADDING = 4  # Qt Charts' labelPadding, above and below a label
MAX_LABEL_LINES = 3  # more, and a card asks for a whole row (names_width)
BAR_WIDTH = 0.8  # of a category's height, shared by the bar sets (Qt's default is 0.5)


def label_width(chart_width: float) -> int:
    """The widest a category label may be drawn without Qt eliding it."""
    return max(60, int(AXIS_PORTION * chart_width) - 3 * LABEL_PADDING - 8)


def wrap_label(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """``text`` in lines of at most ``width`` pixels, at most MAX_LABEL_LINES of them; the
    last line ends in "…" when the rest does not fit (the tooltip keeps the whole name)."""
    head, dash, rest = text.partition(" – ")  # "Flytning –" / "anmeld ny adresse"
    if (
        dash
        and metrics.horizontalAdvance(text) > width
        and all(metrics.horizontalAdvance(x) <= width for x in (head + " –", rest))
    ):
        return [head + " –", rest]
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < MAX_LABEL_LINES:
        line = words.pop(0)
        if (
            len(line) > 5
            and metrics.horizontalAdvance(line) > width
            and len(lines) < MAX_LABEL_LINES - 1
        ):
            cut = len(line) - 3  # a word wider than the axis (200 % text): hyphenate it
            while cut > 1 and metrics.horizontalAdvance(line[:cut] + "-") > width:
                cut -= 1
            words.insert(0, line[cut:])
            line = line[:cut] + "-"
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if len(lines) == MAX_LABEL_LINES - 1 and words:
            line = " ".join([line, *words])
            words = []
        lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    return lines or [""]


def _elided(text: str, metrics: QFontMetricsF, width: float) -> bool:
    return wrap_label(text, metrics, width)[-1].endswith("…") and not text.endswith("…")


class _Remembered:
    """Font metrics for the elision test alone: each text measured once (a name's words
    are measured again at every width the search tries, ≈ 10 µs a call), and "elided"
    known from the width (elidedText's own text is not needed)."""

    def __init__(self, metrics: QFontMetricsF) -> None:
        self._metrics = metrics
        self._advances: dict[str, float] = {}

    def horizontalAdvance(self, text: str) -> float:  # noqa: N802 (as QFontMetricsF)
        advance = self._advances.get(text)
        if advance is None:
            advance = self._advances[text] = self._metrics.horizontalAdvance(text)
        return advance

    def elidedText(self, text: str, _mode: Qt.TextElideMode, width: float) -> str:  # noqa: N802
        return text if self.horizontalAdvance(text) <= width else text + "…"


def names_width(texts: list[str], font: QFont) -> int:
    """The narrowest label width at which every name of ``texts`` is drawn whole in at
    most MAX_LABEL_LINES lines (the card asks for a whole row when half is narrower)."""
    metrics = _Remembered(QFontMetricsF(font))
    needed = 60
    # The widest names first, each searched alone from the width found so far: a name
    # no wider than that fits on one line and is skipped (all names at every step of one
    # search cost a card with many names ≈ 50 ms of the window's time).
    for advance, text in sorted(((metrics.horizontalAdvance(t), t) for t in texts), reverse=True):
        if advance <= needed:
            break
        low, high = needed, int(advance) + 1  # on one line, the name fits
        while low < high:
            middle = (low + high) // 2
            if _elided(text, metrics, middle):  # type: ignore[arg-type]
                low = middle + 1
            else:
                high = middle
        needed = low
    return needed


def chart_width_for(label: int) -> int:
    """The chart width at which Qt Charts gives its names ``label`` pixels (label_width's
    inverse)."""
    return -(-(label + 3 * LABEL_PADDING + 8) * 10 // round(AXIS_PORTION * 10))


UPRIGHT_SHARE = 0.6  # of a category's width, the widest name Qt Charts draws whole under it


def upright_width(names: list[str], font: QFont) -> int:
    """The chart width at which every name fits whole under its upright bar: Qt Charts
    gives each category an equal share of the plot's width and elides a name wider than
    about UPRIGHT_SHARE of it (measured); the value axis is beside the plot."""
    metrics = QFontMetricsF(font)
    widest = max((metrics.horizontalAdvance(n) for n in names), default=0)
    values = metrics.horizontalAdvance("10.000") + 4 * LABEL_PADDING + 8
    return round(len(names) * (widest + 2 * LABEL_PADDING) / UPRIGHT_SHARE + values)


def pie_width(labels: list[str], font: QFont) -> int:
    """The chart width at which a pie's labels, drawn out to both sides, are not cut:
    the widest on each side and their leader lines, the pie between them."""
    metrics = QFontMetricsF(font)
    widest = max((metrics.horizontalAdvance(t) for t in labels), default=0)
    return round(2 * (widest + 2 * metrics.lineSpacing()) + 6 * metrics.lineSpacing())


def category_labels(texts: list[str], font: QFont, width: float) -> tuple[list[str], int]:
    """Axis labels for ``texts`` (right-aligned HTML, unique as the axis requires) and the
    most lines any of them takes."""
    metrics = QFontMetricsF(font)
    labels: list[str] = []
    most = 1
    for text in texts:
        lines = wrap_label(text, metrics, width)
        most = max(most, len(lines))
        shown = '<div align="right">' + "<br>".join(html.escape(x) for x in lines) + "</div>"
        while shown in labels:  # two names alike up to the "…": the axis drops duplicates
            shown += "\u200b"
        labels.append(shown)
    return labels, most


def plain_height(font: QFont) -> int:
    """A pie's, a trend's or upright bars' view: at 200 % text the axis labels, the legend
    and the names under the bars took 240 px nearly whole, and the value axis' numbers
    were elided to "…" in the sliver of plot left."""
    return max(240, round(12 * QFontMetricsF(font).lineSpacing()))


def text_height(font: QFont, lines: int = 1) -> float:
    """The height of a chart label of ``lines`` lines (a text item adds a pixel a side)."""
    return lines * QFontMetricsF(font).lineSpacing() + 2


# The height a bar chart's view takes besides its plot area (value axis, legend, margins),
# learnt from the last chart laid out with the same font and legend. Known before a chart
# is filled, the card can take its final height at once: otherwise the chart is laid out
# at a guessed height, then again at the right one, and each card sharing its row too.
_CHROME: dict[tuple[str, bool], int] = {}


def chrome_height(font: QFont, legend: bool) -> int:
    """What the view needs besides the plot area: learnt, else a guess from the font
    (a line of axis labels with its ticks and padding, and a legend row)."""
    guess = (2 if legend else 1) * (2 * QFontMetricsF(font).lineSpacing() + 12)
    return _CHROME.get((font.key(), legend), round(guess))


def learn_chrome(font: QFont, legend: bool, chrome: int) -> None:
    _CHROME[(font.key(), legend)] = chrome


def plot_height_needed(rows: int, bar_sets: int, font: QFont, label_lines: int) -> float:
    """The plot area's height at which every category label and every bar's value fits:
    a label its lines plus padding; a bar at least a text line, so values do not overlap."""
    line = text_height(font)
    per_label = text_height(font, label_lines) + 2 * LABEL_PADDING + 2
    per_bar = (line + 2) * max(1, bar_sets) / BAR_WIDTH
    return max((rows + 2) * per_label, rows * per_bar)

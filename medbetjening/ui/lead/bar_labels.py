"""The value labels of a dashboard bar chart, placed by the card instead of Qt Charts.

Qt Charts draws every value in the middle of its bar or segment whatever the segment's
size: the values of a stacked bar's thin segments were drawn over each other ("136"
over "58") and a short bar's value over the axis. Here a value is drawn only where it
can be read: a stacked bar's total above it and a segment's value inside it when the
segment is a text line tall and the text's width wide; a single bar's value just past
its end. A label that would overlap another or leave the plot area is not drawn; the
value axis is lengthened so that the values past the bars' ends fit. Every value stays
in the bar's tooltip and the chart's accessible description (chart_axes.row_text).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtCharts import QAbstractBarSeries, QChart, QValueAxis
from PySide6.QtCore import QPointF, QRectF, QSizeF, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGraphicsTextItem, QWidget

from medbetjening.ui.common.i18n import current_language, format_number
from medbetjening.ui.lead.chart_axes import whole_ticks

GAP = 2  # px between a bar's end and its value
SLACK = 1.0  # px two labels may share (anti-aliased edges)


@lru_cache(maxsize=4096)
def value_text(value: float, language: str) -> str:
    """A bar's value as the tooltip writes it ("1.038", "0,6"); the language only keys
    the cache (the labels are placed anew at each layout)."""
    return format_number(value, 0 if float(value).is_integer() else 1)


def overlaps(one: QRectF, other: QRectF) -> bool:
    both = one.intersected(other)
    return both.width() > SLACK and both.height() > SLACK


class BarLabels:
    """The labels of one card's bar series: ``show`` after the chart is filled, ``place``
    whenever it is laid out anew (size, text size, theme)."""

    def __init__(self, chart: QChart, widget: QWidget) -> None:
        self._chart, self._widget = chart, widget
        self._items: list[QGraphicsTextItem] = []  # reused: none deleted while shown
        self._texts: list[str] = []  # each item's text (set again only when it changes)
        self._series: QAbstractBarSeries | None = None
        self._axis: QValueAxis | None = None
        self._rows: tuple[tuple[Any, ...], ...] = ()
        self._kind = ""
        self._placing = False
        self._soon = False  # a placing asked for at the next turn of the event loop
        self._sizes: dict[tuple[str, str], tuple[float, float]] = {}  # (text, font) → size
        self._ruler: QGraphicsTextItem | None = None  # hidden: measures a label's size

    def show(self, series: QAbstractBarSeries, axis: QValueAxis, rows: tuple, kind: str) -> None:  # type: ignore[type-arg]
        series.setLabelsVisible(False)  # ours instead (see the module's docstring)
        self._series, self._axis, self._rows, self._kind = series, axis, rows, kind
        self.place_soon()  # in a turn of its own: filling a chart is one already

    def clear(self) -> None:
        self._series, self._axis, self._rows = None, None, ()
        for item in self._items:
            item.hide()

    def shown(self) -> list[QGraphicsTextItem]:
        return [item for item in self._items if item.isVisible()]

    def place_soon(self) -> None:
        """Place the labels once the chart's layout has settled: a card's chart is laid
        out several times in a row as the dashboard fills, and each placing measured and
        moved every label anew."""
        if not self._soon:
            self._soon = True
            QTimer.singleShot(0, self._widget, self._placed_soon)

    def _placed_soon(self) -> None:
        self._soon = False
        self.place()

    def place(self) -> None:
        if self._placing:  # lengthening the axis may lay the chart out again
            return
        self._placing = True
        try:
            self._place()
        finally:
            self._placing = False

    # -- placing -----------------------------------------------------------------------
    def _place(self) -> None:
        plot = self._chart.plotArea()
        drawn: list[tuple[str, QRectF]] = []
        if self._series is not None and plot.width() > 0 and plot.height() > 0:
            self._make_room(plot)
            font = self._widget.font().key()
            for text, at, bounds in self._candidates(plot):
                width, height = self._size(text, font)
                box = QRectF(at(width, height), QSizeF(width, height))
                if bounds.contains(box) and not any(overlaps(box, b) for _t, b in drawn):
                    drawn.append((text, box))
                # else not drawn: its value is in the tooltip and the description
        for index, (text, box) in enumerate(drawn):
            item = self._item(index)
            if self._texts[index] != text:
                item.setPlainText(text)
                self._texts[index] = text
            item.setPos(box.topLeft())
            item.show()
        for item in self._items[len(drawn) :]:
            item.hide()

    def _new_item(self) -> QGraphicsTextItem:
        item = QGraphicsTextItem(self._chart)
        item.document().setDocumentMargin(1)
        item.setZValue(10)  # above the bars
        item.hide()  # shown once placed (a new item is visible, at the chart's corner)
        return item

    def _dressed(self, item: QGraphicsTextItem) -> QGraphicsTextItem:
        font = self._widget.font()
        colour = self._widget.palette().color(QPalette.ColorRole.WindowText)
        if item.font() != font:
            item.setFont(font)
        if item.defaultTextColor() != colour:
            item.setDefaultTextColor(colour)
        return item

    def _item(self, index: int) -> QGraphicsTextItem:
        if index == len(self._items):
            self._items.append(self._new_item())
            self._texts.append("")
        return self._dressed(self._items[index])

    def _bar(self, category: int, low: float, high: float, index: int, of: int) -> QRectF:
        """A bar (or segment) in the chart's coordinates: set ``index`` of ``of`` side by
        side in ``category``, from ``low`` to ``high`` along the value axis."""
        width = self._series.barWidth()  # type: ignore[union-attr]
        start = category - width / 2 + index * width / of
        end = start + width / of
        if self._kind == "hbar":  # the first set at the bottom of its category
            one, two = QPointF(low, start), QPointF(high, end)
        else:
            one, two = QPointF(start, low), QPointF(end, high)
        map_ = self._chart.mapToPosition
        return QRectF(map_(one, self._series), map_(two, self._series)).normalized()

    def _ends(self) -> list[tuple[int, int, int, float]]:
        """The bars whose value goes past their end: (category, set, sets, value); a
        stacked bar's total as one bar."""
        if self._kind == "stacked":
            return [(i, 0, 1, sum(float(v) for v in row[1:])) for i, row in enumerate(self._rows)]
        return [
            (i, j, len(row) - 1, float(value))
            for i, row in enumerate(self._rows)
            for j, value in enumerate(row[1:])
        ]

    def _size(self, text: str, font: str) -> tuple[float, float]:
        """A label's size, measured once per text and font (the labels are placed anew
        at each layout; a text item lays its text out to tell)."""
        key = (text, font)
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > 1000:  # refreshed over many periods: start over
                self._sizes.clear()
            if self._ruler is None:
                self._ruler = self._new_item()
            ruler = self._dressed(self._ruler)
            ruler.setPlainText(text)
            measured = ruler.boundingRect().size()
            size = self._sizes[key] = (measured.width(), measured.height())
        return size

    def _make_room(self, plot: QRectF) -> None:
        """Lengthen the value axis until every value past a bar's end fits in the plot."""
        axis = self._axis
        if axis is None or axis.max() <= 0:
            return
        horizontal = self._kind == "hbar"
        length = plot.width() if horizontal else plot.height()
        needed, font = axis.max(), self._widget.font().key()
        language = current_language()
        for _category, _set, _sets, value in self._ends():
            width, height = self._size(value_text(value, language), font)
            free = length - GAP - 1 - (width if horizontal else height)
            if value > 0 and free > length / 4:  # else no axis is long enough: not drawn
                needed = max(needed, value * length / free)
        if needed > axis.max() + 1e-9:
            axis.setRange(0, needed)
            axis.applyNiceNumbers()
            whole_ticks(axis)

    def _candidates(self, plot: QRectF):  # type: ignore[no-untyped-def]
        """(text, where its box goes given its size, what the box must lie within), the
        most important first: the values past the bars' ends, then the segments' values,
        the tallest segment first."""
        horizontal, language = self._kind == "hbar", current_language()
        ends = []
        for category, index, sets, value in self._ends():
            bar = self._bar(category, 0, value, index, sets)
            at = _beside(bar) if horizontal else _above(bar)
            ends.append((value_text(value, language), at, plot))
        if self._kind != "stacked" or not self._rows or len(self._rows[0]) <= 2:
            return ends  # a single set's value is its total
        segments = []
        for category, row in enumerate(self._rows):
            low = 0.0
            for value in (float(v) for v in row[1:]):
                if value > 0:
                    segment = self._bar(category, low, low + value, 0, 1)
                    segments.append(
                        (segment.height(), value_text(value, language), _centred(segment), segment)
                    )
                low += value
        segments.sort(key=lambda s: -s[0])
        return ends + [(text, at, bounds) for _height, text, at, bounds in segments]


def _above(bar: QRectF):  # type: ignore[no-untyped-def]
    return lambda w, h: QPointF(bar.center().x() - w / 2, bar.top() - GAP - h)


def _beside(bar: QRectF):  # type: ignore[no-untyped-def]
    return lambda w, h: QPointF(bar.right() + GAP, bar.center().y() - h / 2)


def _centred(segment: QRectF):  # type: ignore[no-untyped-def]
    return lambda w, h: QPointF(segment.center().x() - w / 2, segment.center().y() - h / 2)

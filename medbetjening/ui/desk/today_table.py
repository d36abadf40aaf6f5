"""The view of today's list, measuring one cell where Qt measures every cell.

Qt sizes a ResizeToContents column by asking the delegate for every visible cell's
size (a dozen data() roles each) and a row by measuring each of its cells; that was
most of the list's first paint. Here a column's width is the delegate's size of its
widest text (found by font metrics from the display text alone), and a row's height
is that of its time cell (one line, like every column but the flows) or of its
wrapped flows cell, whichever is taller.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from medbetjening.ui.common.roles import DISPLAY, FONT


class TodayTable(QTableView):
    def __init__(self, wrapped_column: int) -> None:
        super().__init__()
        self._wrapped = wrapped_column  # the one column whose text wraps

    def _visible_rows(self) -> range:
        """The rows on screen (Qt's ResizeToContents precision 0 measures these too)."""
        count = self.model().rowCount()
        first = max(self.rowAt(0), 0)
        last = self.rowAt(self.viewport_height() - 1)
        return range(first, count if last < 0 else min(last + 1, count))

    def viewport_height(self) -> int:
        """The viewport's height without asking for the viewport: ``viewport()`` returns
        a plain QWidget pointer, and the first time PySide meets it, it tries each of
        Qt's widget classes for its real type, creating about 50 of their Python enums
        (≈ 25 ms of the first paint). The same height from the scroll area's own sizes."""
        height = self.maximumViewportSize().height()  # without scroll bars shown as needed
        bar = self.horizontalScrollBar()
        return height - bar.height() if bar.isVisible() else height

    def _option(self, column: int) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        if self.wordWrap():  # as QTableView's own measure sets it
            option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            # the wrap width; a rect without height is invalid and the style ignores it
            option.rect = QRect(0, 0, self.columnWidth(column), 1)
        return option

    def sizeHintForColumn(self, column: int) -> int:
        model = self.model()
        if model is None or column == self._wrapped:
            return super().sizeHintForColumn(column)
        widest, width = None, -1
        metrics: dict[str, QFontMetrics] = {}
        for row in self._visible_rows():  # through the model's ``cell``: no QModelIndex each
            text, font = model.cell(row, column, DISPLAY), model.cell(row, column, FONT)
            if not text:
                continue
            key = font.key() if isinstance(font, QFont) else ""
            if key not in metrics:
                metrics[key] = QFontMetrics(font) if isinstance(font, QFont) else self.fontMetrics()
            advance = metrics[key].horizontalAdvance(str(text))
            if advance > width:
                widest, width = row, advance
        if widest is None:
            return -1  # nothing to show: the header's own width
        index = model.index(widest, column)
        width = self.itemDelegateForIndex(index).sizeHint(self._option(column), index).width()
        return width + self._grid()

    def sizeHintForRow(self, row: int) -> int:
        model = self.model()
        if model is None:
            return -1
        height = -1
        for column in (0, self._wrapped):
            if self.isColumnHidden(column):
                continue
            index = model.index(row, column)
            hint = self.itemDelegateForIndex(index).sizeHint(self._option(column), index)
            height = max(height, hint.height())
        return height + self._grid()

    def _grid(self) -> int:
        """The grid line Qt adds to each cell's measure."""
        return 1 if self.showGrid() else 0

"""The view of today's list, measuring one cell where Qt measures every cell.

Qt sizes a ResizeToContents column by asking the delegate for every visible cell's
size (a dozen data() roles each) and a row by measuring each of its cells; that was
most of the list's first paint. Here a column's width is the delegate's size of its
widest text (found by font metrics from the display text alone), and a row's height
is that of its time cell (one line, like every column but the flows) or of its
wrapped flows cell, whichever is taller. A one-line height is measured once per font,
and a flows text narrower than its column is one line too; a column's width is kept
until the rows change (the header asks three times while the window is laid out).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from medbetjening.ui.common.roles import DISPLAY, FONT

# more than the item delegate's text margins (Qt's styles: 2 × (focus frame margin + 1))
_WRAP_SLACK_PX = 16


class TodayTable(QTableView):
    def __init__(self, wrapped_column: int) -> None:
        super().__init__()
        self._wrapped = wrapped_column  # the one column whose text wraps
        # (column, rows on screen) -> width; a one-line row's height. Kept for one pass
        # of the event loop: a window's layout asks several times in one pass, and a
        # style, font or text size that changes is measured afresh at the next pass (no
        # changeEvent here: PySide would find each change event's class in Python).
        self._widths: dict[tuple[int, int, int], int] = {}
        self._one_line_height: int | None = None
        self._forget = QTimer(self)
        self._forget.setSingleShot(True)
        self._forget.timeout.connect(self._forget_all)

    def setModel(self, model) -> None:  # type: ignore[no-untyped-def]
        super().setModel(model)
        self.forget_widths()
        for signal in (
            model.modelReset, model.layoutChanged, model.dataChanged,
            model.rowsInserted, model.rowsRemoved, model.rowsMoved,
        ):  # fmt: skip
            signal.connect(self.forget_widths)

    def forget_widths(self, *_args) -> None:  # type: ignore[no-untyped-def]
        """The rows changed: measure the columns again at the next layout."""
        self._widths.clear()

    def _forget_all(self) -> None:
        self._widths.clear()
        self._one_line_height = None

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
        rows = self._visible_rows()
        key = (column, rows.start, rows.stop)
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = self._column_width(model, column, rows)
            if not self._forget.isActive():
                self._forget.start(0)
        return width

    def _column_width(self, model, column: int, rows: range) -> int:  # type: ignore[no-untyped-def]
        widest, width = None, -1
        metrics: dict[str, QFontMetrics] = {}
        for row in rows:  # through the model's ``cell``: no QModelIndex each
            text, font = model.cell(row, column, DISPLAY), model.cell(row, column, FONT)
            if not text:
                continue
            # a row's own font (a booked time's italics) or the list's: the model gives a
            # QFont or None, and QFont is not named here (its class builds eight enums)
            key = "" if font is None else font.key()
            if key not in metrics:
                metrics[key] = self.fontMetrics() if font is None else QFontMetrics(font)
            advance = metrics[key].horizontalAdvance(str(text))
            if advance > width:
                widest, width = row, advance
        if widest is None:
            return -1  # nothing to show: the header's own width
        index = model.index(widest, column)
        # one line, as Qt measures a width: wrapped at the column's current width, a longer
        # text came back as narrow as the column and the column never grew ("Kode …")
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        width = self.itemDelegateForIndex(index).sizeHint(option, index).width()
        return width + self._grid()

    def sizeHintForRow(self, row: int) -> int:
        model = self.model()
        if model is None:
            return -1
        height = -1
        for column in (0, self._wrapped):
            if self.isColumnHidden(column):
                continue
            if column == 0 or self._one_line(model, row, column):
                height = max(height, self._line_height(model, row))
            else:
                height = max(height, self._cell_height(model, row, column))
        return height + self._grid()

    def _cell_height(self, model, row: int, column: int) -> int:  # type: ignore[no-untyped-def]
        index = model.index(row, column)
        return self.itemDelegateForIndex(index).sizeHint(self._option(column), index).height()

    def _line_height(self, model, row: int) -> int:  # type: ignore[no-untyped-def]
        """A one-line cell's height in the list's font (the time cell: never wraps)."""
        height = self._one_line_height
        if height is None:
            height = self._one_line_height = self._cell_height(model, row, 0)
            if not self._forget.isActive():
                self._forget.start(0)
        return height

    def _one_line(self, model, row: int, column: int) -> bool:  # type: ignore[no-untyped-def]
        """Does the cell's text fit its column on one line, in the list's own font?"""
        text = model.cell(row, column, DISPLAY)
        if model.cell(row, column, FONT) is not None or not isinstance(text, str):
            return False
        if "\n" in text:
            return False
        room = self.columnWidth(column) - _WRAP_SLACK_PX
        return self.fontMetrics().horizontalAdvance(text) <= room

    def _grid(self) -> int:
        """The grid line Qt adds to each cell's measure."""
        return 1 if self.showGrid() else 0

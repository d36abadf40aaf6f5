"""Layouts that reflow at large text: rows of buttons that wrap like words, and panes
side by side that stack when the window is too narrow for both.

At 200 % text on a 1366×768 counter PC a row of answer buttons is wider than the
screen; a wrapping row needs only its widest button, and the height follows the width
(heightForWidth), so scroll areas grow downwards, never sideways.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QTableView,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import Qt


class WrappingLayout(QLayout):
    """Items left to right, wrapping to the next line when the width runs out; spare room
    as Qt gives any layout (a sibling's stretch takes it first). Today's list uses this
    one: FlowLayout's answer is one of PySide's Qt enums, and the first paint must not
    build them (ui/common/roles.py)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._heights: dict[int, int] = {}  # width → height, until invalidate()
        self.setSpacing(spacing)
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # a layout pass asks the same widths again and again (every parent layout up to
        # the window): answer from the last pass until the items change
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line, if there is room for it."""
        width = sum(item.sizeHint().width() for item in self._visible())
        width += self.spacing() * max(0, len(self._visible()) - 1)
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """As wide as the widest item: everything else wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line_height = area.x(), y + line_height + self.spacing(), 0
            if move:
                width = min(hint.width(), area.width())
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += hint.width() + self.spacing()
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class FlowLayout(WrappingLayout):
    """A WrappingLayout that never asks for spare room."""

    def expandingDirections(self) -> Qt.Orientation:
        from PySide6.QtCore import Qt  # not at import (see WrappingLayout)

        return Qt.Orientation(0)


class ReflowBox(QWidget):
    """Panes side by side while they fit at their minimum width, else one under the other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        # the layout must not pin the box to the side-by-side width: stacking is allowed
        self.box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        # named here, not at import: today's screen (the first paint) uses this module's
        # WrappingLayout, and naming QSizePolicy builds three Python enums
        from PySide6.QtWidgets import QSizePolicy

        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self.box.addWidget(widget, stretch)

    def side_by_side_width(self) -> int:
        widths = [self.box.itemAt(i).minimumSize().width() for i in range(self.box.count())]
        return sum(widths) + self.box.spacing() * max(0, len(widths) - 1)

    def minimumSizeHint(self) -> QSize:
        # stacked, the box needs only its widest pane: that is what it asks for
        width = max(
            (self.box.itemAt(i).minimumSize().width() for i in range(self.box.count())), default=0
        )
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        side_by_side = event.size().width() >= self.side_by_side_width()
        direction = (
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        if self.box.direction() != direction:
            self.box.setDirection(direction)
        super().resizeEvent(event)

    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom


def scrolling_down(widget: QWidget, name: str) -> QScrollArea:
    """``widget`` in a frameless area that scrolls down (never sideways) when the window
    is lower than the widget at large text; Tab still reaches every control inside."""
    from PySide6.QtCore import Qt  # here, not at import: the first paint needs no Qt enums

    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setAccessibleName(name)
    # as wide as the widget needs, so turning the sideways bar off clips nothing
    area.setMinimumWidth(
        widget.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width()
    )
    return area


def within_screen(widget: QWidget, size: QSize) -> QSize:
    """``size``, but no larger than the free area of the screen the widget is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return size
    return size.boundedTo(screen.availableGeometry().size())


def text_size(widget: QWidget, columns: int, lines: int) -> QSize:
    """Room for ``columns`` average characters by ``lines`` lines of the widget's font:
    a window sized so grows with the text size instead of clipping it."""
    metrics = widget.fontMetrics()
    return QSize(metrics.averageCharWidth() * columns, metrics.lineSpacing() * lines)


def table_width(view: QTableView) -> int:
    """The width at which every column of ``view`` shows its whole content."""
    view.resizeColumnsToContents()
    columns = sum(view.columnWidth(c) for c in range(view.model().columnCount()))
    header = view.verticalHeader().width() if view.verticalHeader().isVisible() else 0
    scrollbar = view.verticalScrollBar().sizeHint().width()
    return columns + header + scrollbar + 2 * view.frameWidth() + 4

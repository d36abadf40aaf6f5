"""The dashboard's cards, two to a row while two fit beside each other, else one.

At 200 % text on a 1366 px counter PC two cards side by side are wider than the window;
a fixed two-column grid then scrolls sideways and half of every chart is out of sight.
A card whose bar names need more than half a row to be read whole (its ``wanted_width``)
takes a whole row of its own; the others stay two to a row.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QGridLayout, QLayout, QScrollArea, QWidget


class CardGrid(QObject):
    """Lays cards out in a grid inside a scroll area, by the width the area shows."""

    def __init__(self, scroll: QScrollArea, host: QWidget) -> None:
        super().__init__(host)
        self._scroll = scroll
        self._grid = QGridLayout(host)
        # A card that grows (its chart filled) grows the host in the same layout pass. Left
        # to the scroll area, the host kept its old height for one pass: every row was
        # squeezed, every chart in it laid out again, and once more when the host grew.
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self._cards: list[tuple[QWidget, bool]] = []  # (card, takes a whole row)
        self.columns = 0
        self._arranged: tuple[bool, ...] = ()  # which cards took a whole row
        scroll.viewport().installEventFilter(self)

    def add(self, card: QWidget, whole_row: bool = False) -> None:
        self._cards.append((card, whole_row))
        self._arrange(max(self.columns, 2))

    def refit(self) -> None:
        """The cards' wanted widths may have changed (new names): arrange them anew."""
        self._arrange(self.fitting_columns(self._scroll.viewport().width()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if watched is self._scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._arrange(self.fitting_columns(self._scroll.viewport().width()))
        return False

    def fitting_columns(self, width: int) -> int:
        # the narrowest a card can be squeezed to: its layout's hint or a minimum set on it
        narrowest = max(
            (max(c.minimumWidth(), c.minimumSizeHint().width()) for c, w in self._cards if not w),
            default=0,
        )
        margins = self._grid.contentsMargins()
        needed = 2 * narrowest + self._grid.horizontalSpacing() + margins.left() + margins.right()
        return 2 if width >= needed else 1

    def _whole_rows(self, columns: int) -> tuple[bool, ...]:
        margins = self._grid.contentsMargins()
        inside = self._scroll.viewport().width() - margins.left() - margins.right()
        half = (inside - self._grid.horizontalSpacing()) // 2
        return tuple(
            whole or columns == 1 or getattr(card, "wanted_width", lambda: 0)() > half
            for card, whole in self._cards
        )

    def _arrange(self, columns: int) -> None:
        wholes = self._whole_rows(columns)
        if (
            columns == self.columns
            and wholes == self._arranged
            and self._grid.count() == len(self._cards)
        ):
            return
        self.columns, self._arranged = columns, wholes
        for column in range(2):  # halves of equal width: what _whole_rows counts on
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for card, _whole in self._cards:
            self._grid.removeWidget(card)
        row = column = 0
        for (card, _whole), whole in zip(self._cards, wholes, strict=True):
            if whole:
                if column:  # a half-filled row ends first
                    row, column = row + 1, 0
                self._grid.addWidget(card, row, 0, 1, columns)
                row += 1
                continue
            self._grid.addWidget(card, row, column)
            column += 1
            if column == columns:
                row, column = row + 1, 0

"""A fence around a widget whose texts change often: its changes stop at the fence.

When a label changes its text, Qt tells every layout up to the window, and each one
lays out everything it holds again (every word-wrapped text, every row of buttons),
then repaints what moved. In the flow walker a key press changes the step's texts and
the feedback line: without a fence the whole panel was laid out again on each key.

The fenced widget fills the space its parent layout gives the fence. The fence tells
its parent only when that space no longer fits the widget (it asks for the height the
widget needs at its width, so a scroll area around still scrolls at large text), or
when it asked for more than the widget needs and is held at that size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QWidget


class LayoutFence(QWidget):
    def __init__(self, child: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.child = child
        child.setParent(self)  # no layout here: the child's updates end at this widget
        self.setSizePolicy(child.sizePolicy())
        self.setFocusProxy(child)
        self.setMinimumWidth(child.minimumSizeHint().width())  # a scroll area's width

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.child.sizeHint().width(), self.minimumHeight())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.minimumSize()

    def _fit(self) -> None:
        # the parent layout is told (setMinimum…) only when the child does not fit
        minimum = self.child.minimumSizeHint()
        if _changes(minimum.width(), self.minimumWidth(), self.width()):
            self.setMinimumWidth(minimum.width())
        needed = minimum.height()  # what the child needs at the fence's width
        if self.child.hasHeightForWidth():
            needed = max(needed, self.child.heightForWidth(self.width()))
        if _changes(needed, self.minimumHeight(), self.height()):
            self.setMinimumHeight(needed)
        self._place()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the child's hints changed
            self._fit()
            return True
        return super().event(event)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self._fit()
        super().resizeEvent(event)

    def _place(self) -> None:
        # after _fit: asking for more room may resize the fence at once (while it is
        # being shown, without a second resize event)
        if self.child.geometry() != self.rect():
            self.child.setGeometry(self.rect())


def _changes(needed: int, held: int, size: int) -> bool:
    """Whether the fence must ask for ``needed`` instead of ``held`` at ``size``: the
    child does not fit, or the fence is held at more than the child needs."""
    return needed > size or (held > needed and held >= size)

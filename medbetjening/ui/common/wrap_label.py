"""A word-wrapped label that remembers its height for each width until it changes.

Qt's layouts ask every word-wrapped label for its height at a width on every layout
pass, and a pass re-asks the whole panel when any one label changes its text (each
pass empties the layout's own caches). QLabel lays its text out again each time: for
rich text that is a whole QTextDocument layout. In the flow walker one key press
changes a few short labels; without this the panel's long texts (the flow's info, the
legend, the hints) were laid out again on every key (about 2 ms of a 16 ms frame).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

# what changes a label's height at a given width besides its text
_CHANGES = {
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
    QEvent.Type.ContentsRectChange,
    QEvent.Type.LanguageChange,
}


class WrapLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def setTextFormat(self, text_format) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self._heights.clear()
        super().setTextFormat(text_format)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in _CHANGES:
            self._heights.clear()
        super().changeEvent(event)

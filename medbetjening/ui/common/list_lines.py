"""Rewrite one line of a word-wrapped list without laying out every line again.

A QListView lays out all its lines and repaints the whole list on any change of any
line's data (about 1 ms for a flow's steps, on every key press in the flow walker).
A mark changes one line's symbol and tooltip, which seldom changes the line's height:
then only that line is repainted. When the list measures the line at another height
(or has not laid it out yet, or a screen reader is listening), it is told as usual.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QListWidget, QListWidgetItem


def rewrite_line(
    view: QListWidget, item: QListWidgetItem, text: str, tip: str | None = None
) -> None:
    """Set the line's text (and tooltip, unless None); repaint only it if it keeps its height."""
    tip = item.toolTip() if tip is None else tip
    if item.text() == text and item.toolTip() == tip:
        return
    index = view.indexFromItem(item)
    before = view.visualRect(index)  # measured by the list itself, from the line's text
    model = view.model()
    blocked = model.blockSignals(True)  # the view's relayout of every line is not asked for
    try:
        item.setText(text)
        item.setToolTip(tip)
    finally:
        model.blockSignals(blocked)
    after = view.visualRect(index)
    # a screen reader hears of a changed line through the model's signal: sent when one runs
    if before.isEmpty() or after.height() != before.height() or QAccessible.isActive():
        model.dataChanged.emit(index, index, [])  # another height: the lines are laid out
    else:
        view.viewport().update(after)

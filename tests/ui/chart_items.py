"""What a Qt chart draws, read back from its scene for the label tests."""

from __future__ import annotations

import re
from typing import Any

import shiboken6
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem

_TEXT = 8  # QGraphicsTextItem::Type


def drawn_items(chart: Any) -> list[QGraphicsItem]:
    """The chart's scene items, a text item as one: PySide6 before 6.12 hands Qt Charts'
    private label items back as a bare QGraphicsItem (no toPlainText), 6.12 typed."""
    items = []
    for item in chart.scene().items():
        if item.type() == _TEXT and not isinstance(item, QGraphicsTextItem):
            # Through its QGraphicsObject, whose address is the text item's (the bare
            # QGraphicsItem base lies behind QObject in it).
            as_object = item.toGraphicsObject()
            address = shiboken6.getCppPointer(as_object)[0]
            item = shiboken6.wrapInstance(address, QGraphicsTextItem)
        items.append(item)
    return items


def joined(item: QGraphicsTextItem) -> str:
    """A label's lines as one text again (a word the card hyphenated joined up)."""
    return " ".join(re.sub(r"(?<=\w)-\n", "", item.toPlainText()).split())

"""One way to make a main-window action: text, shortcut, tooltip and status tip alike."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow


def window_action(
    window: QMainWindow, text: str, shortcut: str | None, slot: Callable[[], object], tip: str
) -> QAction:
    """An action owned by ``window`` (so its shortcut works wherever focus is)."""
    action = QAction(text, window)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)
    return action

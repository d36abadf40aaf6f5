"""One way to make a main-window action: text, shortcut, tooltip and status tip alike."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def window_action(
    window: QWidget,
    text: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
    slot: Callable[[], object],
    tip: str,
) -> QAction:
    """An action owned by ``window`` (so its shortcut works wherever focus is)."""
    # (parent) then the text: QAction(text, parent) has a QIcon overload to rule out, and
    # naming QIcon builds its Python enums (151 theme icons) before the first paint
    action = QAction(window)
    action.setText(text)
    if shortcut is not None:
        # setShortcuts with one key, not setShortcut: choosing among setShortcut's
        # overloads makes PySide build all of its Qt enums (≈ 40 ms of the first
        # paint, ui/common/roles.py); a standard key gets its first binding either way
        action.setShortcuts([QKeySequence(shortcut)])
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    # the shortcut in the tooltip too, so the mouse teaches the keys
    action.setToolTip(f"{tip} ({keys})" if keys and keys not in tip else tip)
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)
    return action

"""The flow walker's keys: which key does what (kept apart so the walker stays small).

1 = the citizen alone, 2 = with guidance, 3 = the staff member, 0 or S = skipped;
O = obstacle; P = pause; Ctrl+F = find a flow; Ctrl+E = stop (asks first);
Ctrl+Z = undo the last mark.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget

from medbetjening.domain.vocabulary import StepActor

MARK_KEYS = {
    Qt.Key.Key_1: StepActor.CITIZEN_ALONE,
    Qt.Key.Key_2: StepActor.CITIZEN_GUIDED,
    Qt.Key.Key_3: StepActor.STAFF,
    Qt.Key.Key_0: StepActor.SKIPPED,
    Qt.Key.Key_S: StepActor.SKIPPED,
}
CONTROL_KEYS = {Qt.Key.Key_F: "focus_search", Qt.Key.Key_E: "end", Qt.Key.Key_Z: "undo"}
PLAIN_KEYS = {Qt.Key.Key_O: "ask_obstacle", Qt.Key.Key_P: "pause"}


def key_action(event: QKeyEvent) -> tuple[str, StepActor | None] | None:
    """The walker method a key press asks for (and the actor of a mark), or None."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = event.key()
    if modifiers == Qt.KeyboardModifier.ControlModifier:
        name = CONTROL_KEYS.get(Qt.Key(key))
        return (name, None) if name else None
    if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
        return None
    if key in MARK_KEYS:
        return "mark", MARK_KEYS[Qt.Key(key)]
    name = PLAIN_KEYS.get(Qt.Key(key))
    return (name, None) if name else None


def move_to_top(results: QListWidget, ids: list[str]) -> None:
    """Put the items whose id is in ``ids`` first (in that order) and select the first."""
    role = Qt.ItemDataRole.UserRole
    for flow_id in reversed(ids):
        for row in range(results.count()):
            if results.item(row).data(role) == flow_id:
                results.insertItem(0, results.takeItem(row))
                break
    if results.count() and results.item(0).data(role) in ids:
        results.setCurrentRow(0)

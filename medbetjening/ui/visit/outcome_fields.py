"""Combo boxes of the close form filled from a label group (ui/labels.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from medbetjening.ui.common.labels import choices


def code_combo(group: str, none_text: str | None = None) -> QComboBox:
    combo = QComboBox()
    if none_text is not None:
        combo.addItem(none_text, None)
    for code, name in choices(group):
        combo.addItem(name, code)
    return combo


def select_code(combo: QComboBox, code: str | None) -> None:
    index = combo.findData(code)
    combo.setCurrentIndex(max(index, 0))

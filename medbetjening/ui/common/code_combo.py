"""A combo box of a label group's codes: the words shown, the code kept as item data."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from medbetjening.ui.common.labels import choices


def code_combo(group: str, none_text: str | None = None) -> QComboBox:
    """The group's choices in table order; ``none_text`` first (data None) when given."""
    combo = QComboBox()
    if none_text is not None:
        combo.addItem(none_text, None)
    for code, name in choices(group):
        combo.addItem(name, code)
    return combo


def select_code(combo: QComboBox, code: str | None) -> None:
    """Show ``code`` (the first item when it is not among the choices)."""
    index = combo.findData(code)
    combo.setCurrentIndex(max(index, 0))

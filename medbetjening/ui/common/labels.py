"""Danish display names for the vocabulary codes, translatable through Qt Linguist.

The names are in one table, ``label_table.LABELS``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from medbetjening.ui.common.label_table import LABELS

_CONTEXT = "Labels"


def label(group: str, code: str) -> str:
    """The translated display name of a code; the code itself if unknown."""
    source = LABELS.get(group, {}).get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code


def choices(group: str) -> list[tuple[str, str]]:
    """(code, translated name) pairs in declaration order, for combo boxes."""
    return [(code, label(group, code)) for code in LABELS[group]]


def citizen_label(citizen_id: int | None, code: str | None) -> str:
    if citizen_id is None:
        return QCoreApplication.translate("Labels", "Anonym")
    if code:
        return QCoreApplication.translate("Labels", "Kode %1").replace("%1", code)
    return QCoreApplication.translate("Labels", "Borger nr. %1").replace("%1", str(citizen_id))

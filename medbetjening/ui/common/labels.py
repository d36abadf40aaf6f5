"""Danish display names for the vocabulary codes, translatable through Qt Linguist."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Labels"

_LABELS: dict[str, dict[str, str]] = {
    "channel": {
        "counter": QT_TRANSLATE_NOOP("Labels", "Skranke"),
        "library": QT_TRANSLATE_NOOP("Labels", "Bibliotek"),
        "phone": QT_TRANSLATE_NOOP("Labels", "Telefon"),
        "video": QT_TRANSLATE_NOOP("Labels", "Video"),
        "outreach": QT_TRANSLATE_NOOP("Labels", "Udgående"),
    },
    "contact_type": {
        "information": QT_TRANSLATE_NOOP("Labels", "Information"),
        "interaction": QT_TRANSLATE_NOOP("Labels", "Interaktion"),
        "transaction": QT_TRANSLATE_NOOP("Labels", "Transaktion"),
    },
    "visit_status": {
        "open": QT_TRANSLATE_NOOP("Labels", "Åben"),
        "closed": QT_TRANSLATE_NOOP("Labels", "Afsluttet"),
        "cancelled": QT_TRANSLATE_NOOP("Labels", "Annulleret"),
    },
    "role": {
        "staff": QT_TRANSLATE_NOOP("Labels", "Medarbejder"),
        "ambassador": QT_TRANSLATE_NOOP("Labels", "Digital ambassadør"),
        "lead": QT_TRANSLATE_NOOP("Labels", "Teamleder"),
    },
    "site_kind": {
        "town_hall": QT_TRANSLATE_NOOP("Labels", "Borgerservice"),
        "library": QT_TRANSLATE_NOOP("Labels", "Bibliotek"),
        "job_centre": QT_TRANSLATE_NOOP("Labels", "Jobcenter"),
        "outreach": QT_TRANSLATE_NOOP("Labels", "Udkørende"),
        "other": QT_TRANSLATE_NOOP("Labels", "Andet"),
    },
}


def label(group: str, code: str) -> str:
    """The translated display name of a code; the code itself if unknown."""
    source = _LABELS.get(group, {}).get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source else code


def choices(group: str) -> list[tuple[str, str]]:
    """(code, translated name) pairs in declaration order, for combo boxes."""
    return [(code, label(group, code)) for code in _LABELS[group]]


def register(group: str, labels: dict[str, str]) -> None:
    """Let a screen add its own group (its strings still need QT_TRANSLATE_NOOP).

    A code keeps one name in the whole app: naming it differently twice is an error
    (otherwise the screen imported last would rename it everywhere).
    """
    known = _LABELS.setdefault(group, {})
    for code, text in labels.items():
        if known.get(code, text) != text:
            raise ValueError(f"{group}.{code} is already named {known[code]!r}, not {text!r}")
    known.update(labels)


def citizen_label(citizen_id: int | None, code: str | None) -> str:
    if citizen_id is None:
        return QCoreApplication.translate("Labels", "Anonym")
    if code:
        return QCoreApplication.translate("Labels", "Kode %1").replace("%1", code)
    return QCoreApplication.translate("Labels", "Borger nr. %1").replace("%1", str(citizen_id))

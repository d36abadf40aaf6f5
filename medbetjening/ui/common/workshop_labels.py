"""Label groups for workshops: their kinds and the short topic list (domain/workshops.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from medbetjening.ui.common.labels import label, register

register(
    "workshop_kind",
    {
        "course": QT_TRANSLATE_NOOP("Labels", "Kursus"),
        "it_cafe": QT_TRANSLATE_NOOP("Labels", "It-café"),
        "group_lesson": QT_TRANSLATE_NOOP("Labels", "Holdundervisning"),
    },
)
register(
    "workshop_topic",
    {
        "topic:email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
        "topic:online_safety": QT_TRANSLATE_NOOP("Labels", "Sikkerhed på nettet"),
        "topic:mitid": QT_TRANSLATE_NOOP("Labels", "MitID"),
        "topic:digital_post": QT_TRANSLATE_NOOP("Labels", "Digital Post"),
        "topic:phone": QT_TRANSLATE_NOOP("Labels", "Telefonen"),
    },
)


def topic_label(topic: str, stored_title: str) -> str:
    """A short-list topic in the interface's language; a flow keeps its stored title."""
    shown = label("workshop_topic", topic)
    return stored_title if shown == topic else shown

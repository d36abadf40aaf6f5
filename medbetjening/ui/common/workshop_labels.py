"""A workshop topic's words (the groups themselves are in the one label table)."""

from __future__ import annotations

from medbetjening.ui.common.labels import label


def topic_label(topic: str, stored_title: str) -> str:
    """A short-list topic in the interface's language; a flow keeps its stored title."""
    shown = label("workshop_topic", topic)
    return stored_title if shown == topic else shown

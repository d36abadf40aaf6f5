"""Flow titles in the interface's language.

A flow run stores the flow's Danish title as it was that day, and the lists built from
runs (today's visits, a citizen's history and tasks, follow-ups, the dashboard) carry
those stored titles. An English interface shows the library's English title instead,
once the flow library has been read (it loads off the GUI thread after start-up). A
title the library no longer has stays as stored.

Lists join several titles with ", "; only whole titles are replaced, never a part of a
longer one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # not imported at start-up: the library loads after the first paint
    from medbetjening.domain.flows import Flow

STORED_TITLE_LENGTH = 200  # flow_run.flow_title keeps at most this much of the title


class FlowTitleTranslator:
    def __init__(self) -> None:
        self._shown: dict[str, str] = {}
        self._pattern: re.Pattern[str] | None = None

    def set_titles(self, stored_to_shown: Mapping[str, str]) -> None:
        """``{stored Danish title: title to show}``; an empty mapping shows titles as stored."""
        self._shown = {
            stored: shown for stored, shown in stored_to_shown.items() if stored and shown
        }
        longest_first = sorted(self._shown, key=len, reverse=True)
        self._pattern = (
            re.compile("(?:^|(?<=, ))(?:" + "|".join(map(re.escape, longest_first)) + ")(?=, |$)")
            if self._shown
            else None
        )

    def shown(self, stored: str) -> str:
        """``stored`` (one title or several joined by ", ") in the interface's language."""
        if self._pattern is None or not stored:
            return stored
        return self._pattern.sub(lambda match: self._shown[match.group(0)], stored)


def titles_for(flows: Iterable[Flow], language: str) -> dict[str, str]:
    """Each flow's stored title → its title in ``language`` (nothing to do for Danish)."""
    if language == "da":
        return {}
    return {
        flow.title.da[:STORED_TITLE_LENGTH]: flow.title.get(language)
        for flow in flows
        if flow.title.get(language) != flow.title.da
    }


# One per process, like Qt's installed translators: the language is the application's.
FLOW_TITLES = FlowTitleTranslator()


def shown_flow_titles(stored: str) -> str:
    return FLOW_TITLES.shown(stored)

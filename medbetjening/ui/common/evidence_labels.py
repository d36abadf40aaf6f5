"""Words for the route evidence and errand recurrence (counter and dashboard alike); the
recurrence codes' names are in the one label table."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from medbetjening.domain.assessment import Instrument

_CONTEXT = "EvidenceLabels"
_NOT_KEPT = QT_TRANSLATE_NOOP("EvidenceLabels", "ikke gemt")
_WEIGHING = {
    "once_not_worth_teaching": QT_TRANSLATE_NOOP(
        "EvidenceLabels",
        "Ærindet kommer kun én gang: at lære det er sjældent umagen værd. "
        "Betjen borgeren i dag, og brug kræfterne på et ærinde, der kommer igen.",
    ),
    "frequent_worth_teaching": QT_TRANSLATE_NOOP(
        "EvidenceLabels",
        "Ærindet kommer igen og igen: at lære det betaler sig næsten altid. "
        "Lad borgeren sidde ved tastaturet.",
    ),
    "frequent_but_no_wish": QT_TRANSLATE_NOOP(
        "EvidenceLabels",
        "Ærindet kommer ofte, men borgeren ønsker ikke at lære det: ønsket gælder.",
    ),
    "frequent_but_level_0": QT_TRANSLATE_NOOP(
        "EvidenceLabels",
        "Ærindet kommer ofte, men borgeren er på niveau 0: start med det grundlæggende.",
    ),
    "once": QT_TRANSLATE_NOOP("EvidenceLabels", "Ærindet kommer kun én gang."),
    "rare": QT_TRANSLATE_NOOP(
        "EvidenceLabels",
        "Ærindet kommer sjældent: borgeren kan have glemt det til næste gang. "
        "Giv vejledningen med hjem.",
    ),
    "yearly": QT_TRANSLATE_NOOP(
        "EvidenceLabels", "Ærindet kommer hvert år: værd at lære, med vejledningen med hjem."
    ),
    "frequent": QT_TRANSLATE_NOOP(
        "EvidenceLabels", "Ærindet kommer igen og igen: at lære det betaler sig."
    ),
    "unknown": QT_TRANSLATE_NOOP(
        "EvidenceLabels", "Forløbet siger ikke, hvor tit borgeren har ærindet."
    ),
}


def weighing_text(why: str) -> str:
    source = _WEIGHING.get(why)
    return QCoreApplication.translate(_CONTEXT, source) if source else why


def route_name(instrument: Instrument | None, code: str, language: str) -> str:
    """A route's name from the instrument; "?" is a choice made before the proposal
    was kept (not known, never guessed)."""
    if code == "?":
        return QCoreApplication.translate(_CONTEXT, _NOT_KEPT)
    route = instrument.route(code) if instrument is not None else None
    return route.name.get(language) if route is not None else code

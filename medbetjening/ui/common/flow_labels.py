"""Display names for the flow vocabulary (who did a step, obstacles, run status)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from medbetjening.ui.common.labels import label, register

register(
    "step_actor",
    {
        "citizen_alone": QT_TRANSLATE_NOOP("Labels", "Borgeren selv"),
        "citizen_guided": QT_TRANSLATE_NOOP("Labels", "Borgeren med vejledning"),
        "staff": QT_TRANSLATE_NOOP("Labels", "Medarbejderen gjorde det"),
        "skipped": QT_TRANSLATE_NOOP("Labels", "Sprunget over (ikke nødvendigt)"),
    },
)
# A digital ambassador is not "Medarbejderen": the same code, said as they would say it.
register(
    "step_actor_ambassador",
    {"staff": QT_TRANSLATE_NOOP("Labels", "Ambassadøren gjorde det")},
)


def step_actor_label(code: str, is_ambassador: bool) -> str:
    """Who did a step, in words; for a volunteer "Ambassadøren gjorde det"."""
    if is_ambassador and code == "staff":
        return label("step_actor_ambassador", code)
    return label("step_actor", code)


register(
    "obstacle",
    {
        "no_mitid": QT_TRANSLATE_NOOP("Labels", "Har ikke MitID / kan ikke bruge det"),
        "missing_document": QT_TRANSLATE_NOOP("Labels", "Mangler et dokument"),
        "system_down": QT_TRANSLATE_NOOP("Labels", "Systemet virker ikke"),
        "other": QT_TRANSLATE_NOOP("Labels", "Andet"),
    },
)
register(
    "flow_run_status",
    {
        "active": QT_TRANSLATE_NOOP("Labels", "I gang"),
        "paused": QT_TRANSLATE_NOOP("Labels", "På pause"),
        "completed": QT_TRANSLATE_NOOP("Labels", "Gennemført"),
        "ended": QT_TRANSLATE_NOOP("Labels", "Stoppet"),
    },
)

# The key that records each actor, in the order of the buttons.
ACTOR_KEYS: list[tuple[str, str]] = [
    ("citizen_alone", "1"),
    ("citizen_guided", "2"),
    ("staff", "3"),
    ("skipped", "0"),
]
ACTOR_SYMBOLS = {
    "citizen_alone": "●",
    "citizen_guided": "◐",
    "staff": "○",
    "skipped": "–",
}

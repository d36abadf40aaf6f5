"""Danish names for the outcome, follow-up and self-sufficiency codes (see ui/common/labels.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from medbetjening.ui.common.labels import register

register(
    "completion",
    {
        "completed": QT_TRANSLATE_NOOP("Labels", "Gennemført"),
        "partly": QT_TRANSLATE_NOOP("Labels", "Delvist gennemført"),
        "not_completed": QT_TRANSLATE_NOOP("Labels", "Ikke gennemført"),
    },
)
register(
    "block_reason",
    {
        "no_mitid": QT_TRANSLATE_NOOP("Labels", "Ingen MitID"),
        "missing_documents": QT_TRANSLATE_NOOP("Labels", "Manglende papirer"),
        "system_down": QT_TRANSLATE_NOOP("Labels", "Systemet var nede"),
        "out_of_time": QT_TRANSLATE_NOOP("Labels", "Tiden slap op"),
        "other_authority": QT_TRANSLATE_NOOP("Labels", "Kræver en anden myndighed"),
        "citizen_declined": QT_TRANSLATE_NOOP("Labels", "Borgeren ønskede det ikke"),
    },
)
register(
    "autonomy",
    {
        "with_guidance": QT_TRANSLATE_NOOP("Labels", "Med vejledning"),
        "autonomous_with_help": QT_TRANSLATE_NOOP("Labels", "Selv, med hjælp ved behov"),
        "autonomous": QT_TRANSLATE_NOOP("Labels", "Helt selv"),
    },
)
register(
    "referral",
    {
        "library_course": QT_TRANSLATE_NOOP("Labels", "Kursus på biblioteket"),
        "digital_ambassador": QT_TRANSLATE_NOOP("Labels", "Digital ambassadør"),
        "digital_hotline": QT_TRANSLATE_NOOP("Labels", "Den Digitale Hotline"),
        "relative_access": QT_TRANSLATE_NOOP("Labels", "Pårørende (læseadgang/fuldmagt)"),
        "digital_post_exemption": QT_TRANSLATE_NOOP("Labels", "Fritagelse for Digital Post"),
        "other_office": QT_TRANSLATE_NOOP("Labels", "Et andet kontor"),
    },
)
register(
    "follow_up_kind",
    {
        "call": QT_TRANSLATE_NOOP("Labels", "Ring til borgeren"),
        "appointment": QT_TRANSLATE_NOOP("Labels", "Ny aftale"),
        "check_alone": QT_TRANSLATE_NOOP("Labels", "Tjek om borgeren klarede det selv"),
    },
)
register(
    "follow_up_result",
    {
        "managed_alone": QT_TRANSLATE_NOOP("Labels", "Klarede det selv derhjemme"),
        "needed_help": QT_TRANSLATE_NOOP("Labels", "Fik brug for hjælp"),
        "not_reached": QT_TRANSLATE_NOOP("Labels", "Ikke truffet"),
    },
)
register(
    "self_sufficiency",
    {
        "not_started": QT_TRANSLATE_NOOP("Labels", "Ikke startet"),
        "learning": QT_TRANSLATE_NOOP("Labels", "Lærer det"),
        "can_with_help": QT_TRANSLATE_NOOP("Labels", "Kan med hjælp"),
        "self_sufficient": QT_TRANSLATE_NOOP("Labels", "Selvhjulpen"),
        "another_route": QT_TRANSLATE_NOOP("Labels", "Anden vej valgt"),
    },
)
register(
    "trend",
    {
        "improving": QT_TRANSLATE_NOOP("Labels", "stigende"),
        "stable": QT_TRANSLATE_NOOP("Labels", "uændret"),
        "declining": QT_TRANSLATE_NOOP("Labels", "faldende"),
        "unknown": QT_TRANSLATE_NOOP("Labels", "for få vurderinger"),
    },
)
register(
    "history_level",
    {
        "0": QT_TRANSLATE_NOOP("Labels", "0 Afhængig"),
        "1": QT_TRANSLATE_NOOP("Labels", "1 Med hjælp"),
        "2": QT_TRANSLATE_NOOP("Labels", "2 Selvhjulpen"),
        "3": QT_TRANSLATE_NOOP("Labels", "3 Kan hjælpe andre"),
    },
)

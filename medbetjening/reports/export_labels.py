"""Headers and values of the visit exports in the reader's language, or as machine codes.

A team lead opens the file in Danish Excel: "Bibliotek", "Gennemført", "Boligstøtte",
not ``library``, ``completed``, ``boligstoette``. ``--codes`` (CLI) or the dialog's
"Maskinkoder" option keeps the codes and the snake_case headers for those who script.
The Danish words are the case note's (``reports/case_note.py``), capitalised for a cell.
"""

from __future__ import annotations

from medbetjening.reports import case_note
from medbetjening.reports.hotline import HOTLINE

VISIT_CODES = (
    "besøg",
    "dato",
    "start",
    "slut",
    "minutter",
    "sted",
    "medarbejder",
    "kanal",
    "henvendelsestype",
    "borger",
    "borgerkode",
    "aldersgruppe",
    "forløb",
    "resultat",
    "selvstændighed",
    "forhindring",
    "henvisning",
    "borgerens_andel_af_trin",
    "note",
)
ANONYMISED_CODES = (
    "uge",
    "sted",
    "kanal",
    "henvendelsestype",
    "aldersgruppe",
    "forløb",
    "resultat",
    "selvstændighed",
    "forhindring",
    "henvisning",
    "minutter",
    "borgerens_andel_af_trin",
)
_HEADERS = {
    "da": {
        "besøg": "Besøg nr.",
        "borger": "Borger nr.",
        "borgerens_andel_af_trin": "Borgerens andel af trin",
    },
    "en": {
        "besøg": "Visit no.",
        "dato": "Date",
        "start": "Start",
        "slut": "End",
        "minutter": "Minutes",
        "sted": "Site",
        "medarbejder": "Staff",
        "kanal": "Channel",
        "henvendelsestype": "Contact type",
        "borger": "Citizen no.",
        "borgerkode": "Citizen code",
        "aldersgruppe": "Age group",
        "forløb": "Errands",
        "resultat": "Result",
        "selvstændighed": "Autonomy",
        "forhindring": "Obstacle",
        "henvisning": "Referral",
        "borgerens_andel_af_trin": "Citizen's share of steps",
        "note": "Note",
        "uge": "Week",
    },
}

_ENGLISH = {
    "channel": {
        "counter": "Counter",
        "library": "Library",
        "phone": "Phone",
        "video": "Video",
        "outreach": "Outreach",
    },
    "contact_type": {
        "information": "Information",
        "interaction": "Interaction",
        "transaction": "Transaction",
    },
    "completion": {
        "completed": "Completed",
        "partly": "Partly completed",
        "not_completed": "Not completed",
    },
    "autonomy": {
        "with_guidance": "With guidance",
        "autonomous_with_help": "Independent with help when needed",
        "autonomous": "Independent",
    },
    "blocker": {
        "no_mitid": "No MitID",
        "missing_documents": "Missing documents",
        "system_down": "The system was down",
        "out_of_time": "Ran out of time",
        "other_authority": "Belongs to another authority",
        "citizen_declined": "The citizen did not want to",
    },
    "referral": {
        "library_course": "Library course",
        "digital_ambassador": "Digital ambassador",
        "digital_hotline": f"Den Digitale Hotline ({HOTLINE})",
        "relative_access": "Power of attorney / read access for a relative",
        "digital_post_exemption": "Exemption from Digital Post",
        "other_office": "Another office",
    },
    "age_band": {"unknown": "Not stated"},
}
_DANISH_SOURCES = {
    "channel": case_note.CHANNEL,
    "contact_type": case_note.CONTACT_TYPE,
    "completion": case_note.COMPLETION,
    "autonomy": case_note.AUTONOMY,
    "blocker": case_note.BLOCKER,
    "referral": case_note.REFERRAL,
    "age_band": {"unknown": "ikke oplyst"},
}
_DANISH = {
    group: {code: text[:1].upper() + text[1:] for code, text in table.items()}
    for group, table in _DANISH_SOURCES.items()
}
# The columns whose values are codes with a label, by their code header.
VALUE_GROUPS = {
    "kanal": "channel",
    "henvendelsestype": "contact_type",
    "aldersgruppe": "age_band",
    "resultat": "completion",
    "selvstændighed": "autonomy",
    "forhindring": "blocker",
    "henvisning": "referral",
}


def headers(codes: tuple[str, ...], language: str) -> tuple[str, ...]:
    """Column headers to show: words in ``language`` (Danish fills what English lacks)."""
    table = _HEADERS.get(language, {})
    danish = _HEADERS["da"]
    return tuple(
        table.get(code) or danish.get(code) or code.replace("_", " ").capitalize() for code in codes
    )


def values(group: str, language: str) -> dict[str, str]:
    """``{code: label}`` for one vocabulary in ``language``."""
    return dict((_ENGLISH if language == "en" else _DANISH)[group])


def check_language(language: str) -> None:
    if language not in ("da", "en"):
        from medbetjening.services.errors import InvalidInput

        raise InvalidInput("Sproget skal være da eller en.")

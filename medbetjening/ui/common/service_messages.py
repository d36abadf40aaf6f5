"""Messages from the services (which have no Qt and write Danish) in the interface's
language: each known message is a Danish pattern here, ``%1`` … for its variable parts,
so lupdate collects it and the English table translates it like any other string.

A message not listed here is shown as the service wrote it (in Danish).
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "ServiceMessages"
PATTERNS = (
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Vælg hvorfor ærindet ikke blev gennemført (fx ingen MitID eller manglende papirer).",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Varigheden skal være mellem 1 og %1 minutter (ikke %2)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Noten er for lang (%1 tegn); skriv højst %2 tegn."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Et anonymt besøg kan ikke følges op. Knyt borgeren til besøget først, "
        "eller vælg 'Ingen opfølgning'.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Borgeren har ikke sagt ja til at blive kontaktet. Vælg en anden opfølgning, "
        "eller registrér samtykket først.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Pseudonymiseringsnøglen mangler (%1), men der findes borgere med CPR-kobling, "
        "som en ny nøgle ikke ville genkende. CPR-opslag er slået fra, indtil teamlederen "
        "importerer kommunens nøgle. Borgerkoder og anonyme besøg virker som normalt.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Nøglefilen %1 (indstillingen security/key_file) findes ikke. CPR-opslag er slået "
        "fra, indtil teamlederen importerer kommunens nøgle. Borgerkoder og anonyme besøg "
        "virker som normalt.",
    ),
)


@cache
def _compiled() -> list[tuple[re.Pattern[str], str]]:
    compiled = []
    for source in PATTERNS:
        parts = re.split(r"(%\d)", source)
        regex = "".join("(.+?)" if re.fullmatch(r"%\d", p) else re.escape(p) for p in parts)
        compiled.append((re.compile(f"^{regex}$", re.S), source))
    return compiled


def in_ui_language(message: str) -> str:
    """``message`` from a service, translated when it is one of PATTERNS."""
    for regex, source in _compiled():
        match = regex.match(message)
        if match is None:
            continue
        text = QCoreApplication.translate(_CONTEXT, source)
        for number, value in enumerate(match.groups(), start=1):
            text = text.replace(f"%{number}", value)
        return text
    return message

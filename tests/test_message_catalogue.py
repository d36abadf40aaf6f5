"""Every message a service, a report or a command can write has its English in the one
catalogue (resources/translations/messages_en.tsv), and reaches the person in the
interface's language: a service error read in English mode, nested parts included."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from medbetjening.message_catalogue import english_rows, set_language, translate_message
from medbetjening.services.errors import InvalidInput, PermissionDenied

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

from service_messages import find_messages  # noqa: E402

DANISH = re.compile(r"\b(og|ikke|eller|skal|kan|findes|fejl|gemt|slettet|borgeren|besøg)\b")
NAMES = re.compile(r"Borgerservice Rådhuset|Den Digitale Hotline|'dato'|'tid'")


def test_every_message_the_program_writes_has_english() -> None:
    found = find_messages()
    assert found.unresolved == [], "messages that cannot be read from the source:\n" + "\n".join(
        found.unresolved
    )
    rows = english_rows()
    missing = [f"{where}: {text}" for text, where in found.templates.items() if text not in rows]
    assert missing == [], (
        "run `python packaging/service_messages.py missing --append` and write the English "
        "in resources/translations/messages_en.tsv:\n" + "\n".join(missing)
    )
    assert len(found.templates) > 250  # the reader follows names, helpers and f-strings


def test_the_english_is_english_with_the_same_variable_parts() -> None:
    problems = []
    for danish, english in english_rows().items():
        if sorted(re.findall(r"%\d+", danish)) != sorted(re.findall(r"%\d+", english)):
            problems.append(f"variable parts differ: {danish!r} -> {english!r}")
        shown = NAMES.sub("", english)
        if re.search(r"[æøåÆØÅ]", shown) or DANISH.search(shown):
            problems.append(f"Danish left in: {english!r}")
    assert problems == [], "\n".join(problems)


@pytest.fixture
def english():  # type: ignore[no-untyped-def]
    set_language("en")
    yield
    set_language("da")


def test_a_service_error_reads_in_the_interface_language(english) -> None:  # type: ignore[no-untyped-def]
    error = InvalidInput("Besøg nr. 12 er allerede afsluttet og kan ikke ændres.")
    assert str(error) == "Visit no. 12 is already closed and cannot be changed."
    set_language("da")
    assert str(error) == "Besøg nr. 12 er allerede afsluttet og kan ikke ændres."


def test_parts_of_a_message_are_translated_too(english) -> None:  # type: ignore[no-untyped-def]
    # an import error wraps the problem it found; a permission names the role and the act
    text = "aftaler.csv, linje 4: slutter før den begynder. Intet er importeret."
    assert (
        translate_message(text)
        == "aftaler.csv, line 4: ends before it begins. Nothing has been imported."
    )
    denied = PermissionDenied(
        "Digitale ambassadører må ikke se statistik. Det må kun teamledere. Spørg en teamleder."
    )
    assert str(denied) == (
        "Digital ambassadors may not see statistics. Only team leads may. Ask a team lead."
    )
    denied = PermissionDenied(
        "Digitale ambassadører må ikke indlæse og oprette aftaler. "
        "Det må medarbejdere og teamledere. Spørg en af dem."
    )
    assert str(denied) == (
        "Digital ambassadors may not import and create appointments. "
        "That is for staff members and team leads: ask one of them."
    )


def test_an_unknown_text_and_danish_mode_are_left_as_they_are(english) -> None:  # type: ignore[no-untyped-def]
    assert translate_message("Rådhuset") == "Rådhuset"  # a name, not a message
    assert translate_message("Fejl: x", "da") == "Fejl: x"

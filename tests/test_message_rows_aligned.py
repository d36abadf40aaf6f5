"""Each English row belongs to its Danish row: a block of rows shifted by a few lines
printed "The two passwords are not the same. Nothing has changed.: 12" for the visits'
deletion deadline in `medbetjening --lang en policy show`, and a team lead as "outreach"."""

from __future__ import annotations

import pytest

from medbetjening.message_catalogue import english_rows, set_language, translate_message


def _ends_a_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in (".", "?", "!")


def test_brackets_and_sentence_ends_agree() -> None:
    problems = []
    for danish, english in english_rows().items():
        if any(danish.count(mark) != english.count(mark) for mark in "()"):
            problems.append(f"brackets differ: {danish!r} -> {english!r}")
        # a sentence stays a sentence ("Medarb." is an abbreviation, not a sentence)
        if " " in danish and _ends_a_sentence(danish) != _ends_a_sentence(english):
            problems.append(f"sentence vs label: {danish!r} -> {english!r}")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize(
    ("danish", "english"),
    [
        ("ja", "yes"),
        ("nej", "no"),
        ("aktiv", "active"),
        ("deaktiveret", "deactivated"),
        ("teamleder", "team lead"),
        ("medarbejder", "staff member"),
        ("ambassadør", "ambassador"),
        ("bibliotek", "library"),
        ("borgerservice", "citizen service"),
        ("Navn", "Name"),
        ("slettefrist for besøg (måneder)", "retention for visits (months)"),
        ("nøglens fingeraftryk", "the key's fingerprint"),
    ],
)
def test_the_words_commands_print(danish: str, english: str) -> None:
    set_language("en")
    try:
        assert translate_message(danish) == english
    finally:
        set_language("da")

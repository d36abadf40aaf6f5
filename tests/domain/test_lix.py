"""LIX on texts whose counts are known by hand, and the bands it is read by."""

from __future__ import annotations

import pytest

from medbetjening.domain.lix import lix, lix_of_lines, lix_score


def test_counts_words_sentences_and_long_words() -> None:
    # 12 words, 3 sentences, 1 long word ("skinnede"): 12/3 + 100*1/12 = 12.33
    score = lix_score("Det var en kold dag. Solen skinnede ikke. Hunden sov i kurven.")
    assert (score.words, score.sentences, score.long_words) == (12, 3, 1)
    assert lix("Det var en kold dag. Solen skinnede ikke. Hunden sov i kurven.") == pytest.approx(
        12 + 1 / 3, abs=0.01
    )


def test_bureaucratic_danish_scores_as_difficult() -> None:
    text = (
        "Ansøgningen om boligstøtte skal vedlægges dokumentation for husstandens samlede "
        "indkomstforhold, herunder formueoplysninger, lejekontrakt og oplysninger om "
        "boligens bruttoetageareal, hvorefter Udbetaling Danmark træffer afgørelse."
    )
    # 23 words, 1 sentence, 18 longer than six letters: 23 + 100*18/23 = 101.3
    score = lix_score(text)
    assert (score.words, score.sentences, score.long_words) == (23, 1, 18)
    assert lix(text) == pytest.approx(23 + 1800 / 23)
    assert lix(text) > 55  # "very difficult" band


def test_plain_instruction_scores_easy() -> None:
    assert lix("Log på med dit MitID. Tryk på Send.") < 25


def test_web_addresses_and_numbers_are_not_long_words() -> None:
    score = lix_score("Åbn borger.dk. Ring 70200000.")
    assert score.long_words == 0
    assert score.sentences == 2


def test_empty_text_is_zero_and_lines_count_as_sentences() -> None:
    assert lix("") == 0.0
    assert lix_of_lines([]) == 0.0
    # two lines without full stops are still two sentences
    assert lix_of_lines(["Vælg dit barn", "Tryk på send"]) == pytest.approx(3.0)

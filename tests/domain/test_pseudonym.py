"""Keyed CPR hash, citizen codes with a check character, entry classification."""

from __future__ import annotations

import pytest

from medbetjening.domain import pseudonym as p

KEY = bytes(range(32))


def test_cpr_hash_is_keyed_and_deterministic() -> None:
    first = p.cpr_hash(KEY, "2110625629")
    assert first == p.cpr_hash(KEY, "2110625629")
    assert len(first) == 64 and "2110625629" not in first
    assert first != p.cpr_hash(bytes(32), "2110625629")  # another key, another hash
    assert first != p.cpr_hash(KEY, "2110625628")


@pytest.mark.parametrize("bad", ["211062-5629", "211062562", "21106256299", "abcdefghij"])
def test_cpr_hash_requires_ten_normalised_digits_and_never_echoes(bad: str) -> None:
    with pytest.raises(ValueError) as error:
        p.cpr_hash(KEY, bad)
    assert bad not in str(error.value)


def test_short_key_refused() -> None:
    with pytest.raises(ValueError):
        p.cpr_hash(b"short", "2110625629")


def test_generated_codes_are_valid_unambiguous_and_varied() -> None:
    codes = {p.generate_citizen_code() for _ in range(300)}
    assert len(codes) > 290
    for code in codes:
        assert len(code) == 7 and code[3] == "-"
        assert not set(code) & set("0O1I")
        assert not code.replace("-", "").isdigit()
        assert p.normalise_citizen_code(code) == code.replace("-", "")
        assert p.is_valid_citizen_code(code.lower().replace("-", " "))


def test_check_character_catches_single_typos_and_swaps() -> None:
    code = p.normalise_citizen_code(p.generate_citizen_code())
    assert code is not None
    for position in range(len(code)):
        for char in p.CODE_ALPHABET:
            if char != code[position]:
                typo = code[:position] + char + code[position + 1 :]
                assert not p.is_valid_citizen_code(typo)
    for position in range(len(code) - 1):
        swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
        if swapped != code:
            assert not p.is_valid_citizen_code(swapped)


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        ("211062-5629", "cpr"),
        ("2110625629", "cpr"),
        (" 211062 5629 ", "cpr"),
        ("21106256", "cpr"),  # a too-short CPR is still treated (and rejected) as CPR
        ("K7M-4PX", "code"),
        ("k7m4px", "code"),
        ("hej", "unknown"),
        ("", "unknown"),
    ],
)
def test_classify_entry(entry: str, kind: str) -> None:
    assert p.classify_entry(entry) == kind


def test_fingerprint_is_short_and_not_the_key() -> None:
    fingerprint = p.key_fingerprint(KEY)
    assert len(fingerprint) == 19 and fingerprint.count("-") == 3
    assert fingerprint != p.key_fingerprint(bytes(32))


def test_code_look_up_ignores_the_detectors_separators() -> None:
    code = p.generate_citizen_code()
    assert p.normalise_citizen_code(code.replace("-", "\u2011")) == code.replace("-", "")
    assert p.normalise_citizen_code(code.replace("-", "\u200b")) == code.replace("-", "")

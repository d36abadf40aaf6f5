"""CPR-like numbers in notes are found and masked; other numbers are left alone."""

from __future__ import annotations

import pytest

from medbetjening.domain.notes import MASK, contains_cpr_like, find_cpr_like, mask_cpr
from medbetjening.domain.pseudonym import classify_entry
from medbetjening.services.cpr import parse_cpr


@pytest.mark.parametrize(
    ("text", "expected", "count"),
    [
        ("Borger 010203-1234 fik hjælp", f"Borger {MASK} fik hjælp", 1),
        ("cpr 0102031234.", f"cpr {MASK}.", 1),
        ("cpr 010203 1234", f"cpr {MASK}", 1),
        ("cpr 010203\u20131234", f"cpr {MASK}", 1),
        ("to: 311299-0001 og 150560-4321", f"to: {MASK} og {MASK}", 2),
        ("erstatning 610203-1234", f"erstatning {MASK}", 1),
        ("ringede for 211062/5629", f"ringede for {MASK}", 1),
        ("cpr 211062 – 5629!", f"cpr {MASK}!", 1),
        ("cpr 21.10.62-5629", f"cpr {MASK}", 1),
        ("cpr 21-10-62 5629", f"cpr {MASK}", 1),
        ("cpr 211062\u20145629", f"cpr {MASK}", 1),
        ("tlf +45 33 66 33 66", "tlf +45 33 66 33 66", 0),
        ("mødet 2025-11-26 10:30", "mødet 2025-11-26 10:30", 0),
        ("dato 21.10.2025 1030", "dato 21.10.2025 1030", 0),
        ("kl. 10.30 1234", "kl. 10.30 1234", 0),
        ("tlf 12345678", "tlf 12345678", 0),
        ("sag 12345678901", "sag 12345678901", 0),  # 11 digits: not a CPR
        ("ordre 3213001234", "ordre 3213001234", 0),  # month 13 cannot be a date
        ("dag 0001011234", "dag 0001011234", 0),  # day 00
        ("", "", 0),
    ],
)
def test_mask_cpr(text: str, expected: str, count: int) -> None:
    masked = mask_cpr(text)
    assert masked.text == expected
    assert masked.masked == count
    assert masked.changed == (count > 0)
    assert len(find_cpr_like(text)) == count
    assert contains_cpr_like(text) == (count > 0)


# Spellings seen in the wild: copy-paste from PDFs and web pages brings zero-width and
# no-break characters; people group digits in pairs or type odd separators.
SPELLINGS = [
    "0707614285",
    "070761-4285",
    "070761 42 85",
    "07 07 61 42 85",
    "070761\u200b4285",
    "07\u200b07\u200b61\u200b42\u200b85",
    "070761\u20114285",  # non-breaking hyphen
    "070761--4285",
    "070761:4285",
    "070761_4285",
    "07_07_61_4285",
    "070761\u00a04285",  # no-break space
    "07.07.61-4285",
    "070761 \u2013 4285",
]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_every_spelling_is_masked_and_looked_up(spelling: str) -> None:
    """What the look-up accepts as a CPR number, the masker recognises in free text."""
    masked = mask_cpr(f"Borger {spelling} ringede")
    assert masked.text == f"Borger {MASK} ringede" and masked.masked == 1
    assert classify_entry(spelling) == "cpr"
    assert parse_cpr(spelling).digits() == "0707614285"


@pytest.mark.parametrize("text", ["mødet 21.10.25 10:30", "tlf 33 66 33 66", "kl. 10:30 12:45"])
def test_times_and_phone_numbers_are_not_cpr(text: str) -> None:
    assert not contains_cpr_like(text)

"""CPR-like numbers in notes are found and masked; other numbers are left alone."""

from __future__ import annotations

import pytest

from medbetjening.domain.notes import MASK, find_cpr_like, mask_cpr


@pytest.mark.parametrize(
    ("text", "expected", "count"),
    [
        ("Borger 010203-1234 fik hjælp", f"Borger {MASK} fik hjælp", 1),
        ("cpr 0102031234.", f"cpr {MASK}.", 1),
        ("cpr 010203 1234", f"cpr {MASK}", 1),
        ("cpr 010203\u20131234", f"cpr {MASK}", 1),
        ("to: 311299-0001 og 150560-4321", f"to: {MASK} og {MASK}", 2),
        ("erstatning 610203-1234", f"erstatning {MASK}", 1),
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

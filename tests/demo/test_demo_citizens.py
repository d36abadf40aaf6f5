"""The demo's citizen codes: its fast path gives exactly the domain's codes."""

from __future__ import annotations

from medbetjening.demo.demo_citizens import _CODE_SPACE, citizen_code
from medbetjening.domain.pseudonym import CODE_ALPHABET, citizen_code_from_payload


def _by_the_domain(number: int, salt: int) -> str:
    """The code as the domain makes it from the same five payload characters."""
    value = (number * 2_654_435_761 + salt) % _CODE_SPACE
    chars = []
    for _ in range(5):
        value, digit = divmod(value, len(CODE_ALPHABET))
        chars.append(CODE_ALPHABET[digit])
    return citizen_code_from_payload("".join(chars))


def test_the_table_check_character_is_the_domains() -> None:
    for salt in (0, 12345, 2**32 - 1):
        for number in range(-5, 40_000, 3):
            assert citizen_code(number, salt) == _by_the_domain(number, salt), (number, salt)

"""Who the demo citizens are: keyed-hash look-alikes, citizen codes in the real format,
and the pool of citizens who may come back."""

from __future__ import annotations

import random
import re

from medbetjening.domain.pseudonym import CODE_ALPHABET, CODE_PAYLOAD_LENGTH

_DIGIT_RUN = re.compile(r"\d{8}")
_CODE_SPACE = len(CODE_ALPHABET) ** CODE_PAYLOAD_LENGTH
_GF32_MODULUS = 0b100101  # ``pseudonym``'s field: its check character, by table
_TIMES_X = tuple((v << 1) ^ _GF32_MODULUS if v & 0b10000 else v << 1 for v in range(32))


def fake_cpr_hash(rng: random.Random) -> str:
    """64 random hex digits, like an HMAC-SHA256, never with 8 digits in a row."""
    while True:
        value = f"{rng.getrandbits(256):064x}"
        if not _DIGIT_RUN.search(value):
            return value


def citizen_code(number: int, salt: int) -> str:
    """A code in the real format (``K7M-4PX``, last character a check character), one
    per number: a bijection of ``number`` modulo 32**5 onto the five payload characters.
    The caller skips numbers whose code is all digits (the app never issues those)."""
    # (one per new citizen, ≈ 350,000 at a million visits: the payload's base-32 digits
    # by shifts and the Damm check by table, not ``citizen_code_from_payload``'s checks
    # and look-ups; the same codes, ``tests/demo/test_demo_data.py``)
    value = (number * 2_654_435_761 + salt) % _CODE_SPACE  # odd factor: invertible
    times_x, check, digits = _TIMES_X, 0, []
    for _ in range(CODE_PAYLOAD_LENGTH):
        digit = value & 31
        value >>= 5
        digits.append(digit)
        check = times_x[check] ^ digit
    a = CODE_ALPHABET
    d0, d1, d2, d3, d4 = digits
    return f"{a[d0]}{a[d1]}{a[d2]}-{a[d3]}{a[d4]}{a[times_x[check]]}"


class CitizenPool:
    """Citizens who may come back: O(1) pick and remove, bounded in size."""

    def __init__(self) -> None:
        self.ids: list[int] = []
        self._where: dict[int, int] = {}

    def add(self, citizen_id: int) -> None:
        self._where[citizen_id] = len(self.ids)
        self.ids.append(citizen_id)

    def remove(self, citizen_id: int) -> None:
        index = self._where.pop(citizen_id, None)
        if index is None:
            return
        last = self.ids.pop()
        if last != citizen_id:
            self.ids[index] = last
            self._where[last] = index

    def pick(self, rng: random.Random) -> int:
        return self.ids[int(rng.random() * len(self.ids))]

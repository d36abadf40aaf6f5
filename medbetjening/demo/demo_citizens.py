"""Who the demo citizens are: keyed-hash look-alikes, citizen codes in the real format,
and the pool of citizens who may come back."""

from __future__ import annotations

import random
import re

from medbetjening.domain.pseudonym import CODE_ALPHABET, CODE_PAYLOAD_LENGTH
from medbetjening.domain.pseudonym import citizen_code_from_payload as _code_from_payload

_DIGIT_RUN = re.compile(r"\d{8}")
_CODE_SPACE = len(CODE_ALPHABET) ** CODE_PAYLOAD_LENGTH


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
    size = len(CODE_ALPHABET)
    value = (number * 2_654_435_761 + salt) % _CODE_SPACE  # odd factor: invertible
    chars = []
    for _ in range(CODE_PAYLOAD_LENGTH):
        value, digit = divmod(value, size)
        chars.append(CODE_ALPHABET[digit])
    return _code_from_payload("".join(chars))


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

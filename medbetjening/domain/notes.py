"""Free-text notes must never carry a CPR number: find CPR-like numbers and mask them.

A CPR number is ddmmyy-xxxx. Here "CPR-like" is ten digits, not part of a longer
number, written the ways people write them — ddmmyyxxxx, ddmmyy-xxxx, ddmmyy xxxx,
ddmmyy/xxxx, ddmmyy – xxxx, dd.mm.yy-xxxx, dd-mm-yy xxxx — whose first six digits could
be a date: day 01–31 (or 61–91 for substitute numbers, *erstatningspersonnumre*) and
month 01–12. This is the one detector for every free text the program stores or
prints (outcome and obstacle notes, level overrides, appointment labels, exports).
Outcome notes are masked rather than rejected, so a note typed in a hurry is kept, and
the user is told.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MASK = "XXXXXX-XXXX"

_DATE_SEPARATOR = r"[ .\-/]?"  # 21.10.62, 21-10-62, 21 10 62
_SEPARATOR = r"(?:\s*[\-\u2013\u2014/.]\s*|\s)?"  # before the last four digits
_CPR_LIKE = re.compile(
    r"(?<![\d])"
    rf"(?P<day>\d{{2}}){_DATE_SEPARATOR}(?P<month>\d{{2}}){_DATE_SEPARATOR}\d{{2}}"
    rf"{_SEPARATOR}"
    r"\d{4}"
    r"(?![\d])"
)


def _plausible(day: int, month: int) -> bool:
    return (1 <= day <= 31 or 61 <= day <= 91) and 1 <= month <= 12


@dataclass(frozen=True)
class MaskedNote:
    text: str
    masked: int  # how many CPR-like numbers were replaced

    @property
    def changed(self) -> bool:
        return self.masked > 0


def find_cpr_like(text: str) -> list[str]:
    """The CPR-like numbers in ``text``, as written."""
    return [
        match.group(0)
        for match in _CPR_LIKE.finditer(text)
        if _plausible(int(match.group("day")), int(match.group("month")))
    ]


def contains_cpr_like(text: str) -> bool:
    return bool(find_cpr_like(text))


def mask_cpr(text: str, mask: str = MASK) -> MaskedNote:
    """``text`` with every CPR-like number replaced by ``mask``."""
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        if not _plausible(int(match.group("day")), int(match.group("month"))):
            return match.group(0)
        count += 1
        return mask

    return MaskedNote(text=_CPR_LIKE.sub(replace, text), masked=count)

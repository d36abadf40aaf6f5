"""Free-text notes must never carry a CPR number: find CPR-like numbers and mask them.

A CPR number is ddmmyy-xxxx. Here "CPR-like" is ten digits written as ddmmyyxxxx,
ddmmyy-xxxx or ddmmyy xxxx (also with an en dash), not part of a longer number,
whose first six digits could be a date: day 01–31 (or 61–91 for substitute numbers,
*erstatningspersonnumre*) and month 01–12. We mask rather than reject, so a note
typed in a hurry is kept, and tell the user that we did.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MASK = "XXXXXX-XXXX"

_CPR_LIKE = re.compile(
    r"(?<![\d])"
    r"(?P<day>\d{2})(?P<month>\d{2})\d{2}"
    r"[ \-\u2013]?"
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


def mask_cpr(text: str) -> MaskedNote:
    """``text`` with every CPR-like number replaced by ``MASK``."""
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        if not _plausible(int(match.group("day")), int(match.group("month"))):
            return match.group(0)
        count += 1
        return MASK

    return MaskedNote(text=_CPR_LIKE.sub(replace, text), masked=count)

"""Free-text notes must never carry a CPR number: find CPR-like numbers and mask them.

A CPR number is ddmmyy-xxxx. Here "CPR-like" is ten digits, not part of a longer
number, written the ways people write them — ddmmyyxxxx, ddmmyy-xxxx, ddmmyy xxxx,
ddmmyy/xxxx, ddmmyy – xxxx, dd.mm.yy-xxxx, dd-mm-yy xxxx, ddmmyy xx xx, dd mm yy xx xx,
with zero-width or no-break characters, ``--``, ``:`` or ``_`` — whose first six digits could
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

# Every character people (or copy-paste from a web page or a PDF) put between the parts
# of a CPR number: whitespace (also no-break and thin spaces), zero-width characters,
# soft hyphen, every dash and hyphen (also the non-breaking one), slash, dot, colon and
# underscore. The look-up drops them all; the masker allows a short run of them.
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_SEPARATOR_CLASS = rf"[\s{_ZERO_WIDTH}{_DASHES}/.:_]"
_SEPARATORS = re.compile(_SEPARATOR_CLASS)

_BETWEEN = rf"{_SEPARATOR_CLASS}{{0,3}}"  # 21.10.62, 07 07 61, 211062 – 5629, 070761--4285
_IN_SERIAL = rf"[\s{_ZERO_WIDTH}]{{0,2}}"  # 070761 42 85 (not 10:30, a time)
_CPR_LIKE = re.compile(
    r"(?<![\d])"
    rf"(?P<day>\d{{2}}){_BETWEEN}(?P<month>\d{{2}}){_BETWEEN}\d{{2}}"
    # the serial is split in pairs only after a separator: 31-02-2026 10 00 is a date
    rf"(?:{_SEPARATOR_CLASS}{{1,3}}\d{{2}}{_IN_SERIAL}\d{{2}}|\d{{4}})"
    r"(?![\d])(?!:\d)"  # 31-02-20 26:00 is a time
)


def compact(text: str) -> str:
    """``text`` without any separator the detector knows: what the CPR and citizen-code
    look-ups compare, so every spelling the masker finds is also found by the look-up."""
    return _SEPARATORS.sub("", text or "")


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

"""Is an appointment file plausible? The character set, control characters and the dates.

A booking system's export is trusted for its content, not for its form: a file in
another character set, with a NUL byte or a time in year 1 is refused with a Danish
message naming the line or event, before anything is imported (all or nothing).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass

from medbetjening.services.errors import InvalidInput

_ALLOWED_CONTROLS = {"\t", "\r", "\n"}


class AppointmentImportError(InvalidInput):
    """The file cannot be imported; the message says where and why."""


@dataclass(frozen=True)
class DateWindow:
    """Appointments are accepted from ``years_back`` before to ``years_ahead`` after the
    day of the import (settings appointments/years_back and appointments/years_ahead)."""

    years_back: int = 1
    years_ahead: int = 2
    today: dt.date | None = None  # None: the day of the import

    def problem(self, when: dt.datetime) -> str | None:
        today = self.today or dt.date.today()
        first, last = _years_from(today, -self.years_back), _years_from(today, self.years_ahead)
        if first <= when.date() <= last:
            return None
        return (
            f"tidspunktet {_day(when)} {when:%H:%M} ligger uden for {_day(first)}–{_day(last)} "
            f"({self.years_back} år tilbage og {self.years_ahead} år frem); er datoen rigtig?"
        )


def _day(day: dt.date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"  # strftime drops a year's zeros


def _years_from(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without it
        return day.replace(year=day.year + years, day=28)


def first_control_character(text: str, name: str) -> None:
    """Refuse the first control character (a NUL byte, a form feed …) with its line."""
    for number, line in enumerate(text.split("\n"), start=1):
        for char in line:
            if char not in _ALLOWED_CONTROLS and unicodedata.category(char) == "Cc":
                raise AppointmentImportError(
                    f"{name}, linje {number}: indeholder et usynligt styretegn "
                    f"(U+{ord(char):04X}), som ikke hører hjemme i en tidsbestilling; filen kan "
                    "være skadet. Eksportér den igen. Intet er importeret."
                )


def decode_csv(data: bytes, name: str) -> str:
    """UTF-8 (with or without a byte-order mark), UTF-16 (with a byte-order mark, or
    recognised by its zero bytes) or Windows-1252, as Excel writes it; else a message
    that names the character set as the problem."""
    encodings: list[str]
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    elif len(data) > 1 and data[1::2].count(0) > len(data) // 4:
        encodings = ["utf-16-le"]  # ASCII text in UTF-16 without a byte-order mark
    elif len(data) > 1 and data[0::2].count(0) > len(data) // 4:
        encodings = ["utf-16-be"]
    else:
        encodings = ["utf-8", "cp1252"]
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AppointmentImportError(
        f"{name}: tegnsættet kan ikke genkendes (hverken UTF-8, UTF-16 eller Windows-1252), "
        "så teksten ville blive forkert. Gem filen som CSV (UTF-8) og prøv igen. "
        "Intet er importeret."
    )

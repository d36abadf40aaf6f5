"""CPR numbers: normalise and validate with python-stdnum, with Danish messages.

About the check digit: until 2007 every CPR number satisfied a modulus-11 check.
The CPR office ran out of such numbers for some birth dates and has since issued
numbers that do not pass it (and immigrants get numbers with older birth dates), so
a failed modulus-11 check does NOT mean the number is wrong. ``stdnum.dk.cpr``
therefore only checks the format and the embedded birth date (the seventh digit
tells the century), and so do we: a valid date is accepted.

Privacy: a CPR number is held only as a :class:`CprNumber`, whose ``repr``/``str``
are masked, so it cannot end up in a log line or a traceback by accident. No message
raised here contains the digits the user typed.
"""

from __future__ import annotations

import datetime as dt

from stdnum.dk import cpr as stdnum_cpr
from stdnum.exceptions import InvalidComponent, InvalidFormat, InvalidLength, ValidationError

from medbetjening.domain import notes
from medbetjening.services.errors import InvalidInput

MASK = "******-****"


class InvalidCpr(InvalidInput):
    """The typed text is not a valid CPR number (the message never repeats it)."""


class CprNumber:
    """A validated CPR number; only :meth:`digits` reveals it (for hashing)."""

    __slots__ = ("_digits",)

    def __init__(self, digits: str) -> None:
        self._digits = digits

    def digits(self) -> str:
        return self._digits

    def __repr__(self) -> str:
        return f"CprNumber({MASK})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CprNumber) and other._digits == self._digits

    def __hash__(self) -> int:
        return hash(("CprNumber", self._digits))

    def __reduce__(self):  # type: ignore[no-untyped-def]
        raise TypeError("a CPR number is never pickled")


def parse_cpr(text: str, today: dt.date | None = None) -> CprNumber:
    """Validate ``text`` (``DDMMÅÅ-LLLL``, with or without separator) or raise InvalidCpr."""
    compact = notes.compact(text)  # the one detector's separators
    try:
        if not compact:
            raise InvalidCpr("Skriv et CPR-nummer (DDMMÅÅ-LLLL) eller en borgerkode.")
        if not compact.isascii() or not compact.isdigit():
            raise InvalidFormat()
        if len(compact) != 10:
            raise InvalidLength()
        birth = stdnum_cpr.get_birth_date(compact)
        if birth > (today or dt.date.today()):
            raise InvalidCpr(
                "Fødselsdatoen i CPR-nummeret ligger i fremtiden. Tjek de første seks cifre."
            )
        digits = stdnum_cpr.validate(compact) if today is None else compact
    except InvalidCpr:
        raise
    except InvalidLength:
        raise InvalidCpr(
            f"Et CPR-nummer har 10 cifre (DDMMÅÅ-LLLL); der er skrevet {len(compact)}."
        ) from None
    except InvalidFormat:
        raise InvalidCpr(
            "Et CPR-nummer består kun af tal, evt. med bindestreg: DDMMÅÅ-LLLL."
        ) from None
    except InvalidComponent:
        raise InvalidCpr(
            "De første seks cifre i CPR-nummeret er ikke en gyldig dato (DDMMÅÅ)."
        ) from None
    except ValidationError:
        raise InvalidCpr("CPR-nummeret er ikke gyldigt.") from None
    return CprNumber(digits)


def is_valid_cpr(text: str) -> bool:
    try:
        parse_cpr(text)
    except InvalidCpr:
        return False
    return True

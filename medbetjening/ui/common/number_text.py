"""Numbers joined to their unit for display, never broken between the two.

"100 %" must not wrap to "100" / "%" at large text (200 %) or in a narrow column: the
number and its unit are joined by a non-breaking space (Danish writes a space before %).
"""

from __future__ import annotations

NBSP = "\u00a0"


def with_unit(number: int | str, unit: str) -> str:
    """``number`` and ``unit`` joined so that a line never breaks between them."""
    return f"{number}{NBSP}{unit}"


def percent(share: float) -> str:
    """A share 0..1 as whole percent: 0.5 → "50 %" (non-breaking)."""
    return with_unit(f"{share * 100:.0f}", "%")


def whole_percent(value: int) -> str:
    """A percent already counted in whole numbers: 75 → "75 %" (non-breaking)."""
    return with_unit(value, "%")

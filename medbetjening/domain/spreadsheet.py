"""What a spreadsheet would run as a formula: text starting with one of these characters.

Such text gets a leading apostrophe in every CSV/XLSX we write (and in the SQL that feeds
the streaming CSV export), so a staff name or a note like ``=HYPERLINK(...)`` stays text.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """``value`` with a leading apostrophe when it is text a spreadsheet would run."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_field(text: str, delimiter: str) -> str:
    """``text`` as one CSV field the way the csv module writes it (QUOTE_MINIMAL): quoted,
    with quotes doubled, when it holds the delimiter, a quote or a line break."""
    if delimiter in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text

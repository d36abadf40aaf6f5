"""CSV lines made by SQLite itself, for the streaming visit export.

The sqlite3 command line writes CSV in C; a Python export that fetches 19 values a row
and hands them to the csv module pays for a Python object per value and the module's
per-field work (on 100,000 visits: 0.6 s of 2 s CPU). Here SQLite joins the fields
with ``printf`` and quotes the text that needs it (one ``GLOB`` a field), exactly as
the csv module's QUOTE_MINIMAL would: a field holding the delimiter, a quote or a line
break is quoted and its quotes doubled; NULL is empty. Python receives one string a row.
SQLite only (``printf``, ``GLOB``); PostgreSQL streams rows to the csv module.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, case, func, literal, select


def _pattern(delimiter: str) -> Any:
    return literal(f'*[{delimiter}"\n\r]*')


def csv_quoted(expr: Any, delimiter: str, raw: Any = None, *, small_table: bool = False) -> Any:
    """``expr`` (text or NULL) as one CSV field.

    ``raw``: a plain column ``expr`` is made from without adding any of the characters
    that need quotes (a formula-safe name): testing it spares computing ``expr`` twice.
    ``small_table``: ``raw`` is a column of a small table (sites, staff); SQLite asks
    once per statement whether any of its values needs quotes, and rows skip the test
    when none does (the same statement, so the answer holds for every row it reads).
    """
    tested = expr if raw is None else raw
    needs = tested.op("GLOB")(_pattern(delimiter))
    if small_table and raw is not None:
        other = raw.table.alias()
        anywhere = (
            select(literal(1))
            .select_from(other)
            .where(other.c[raw.key].op("GLOB")(_pattern(delimiter)))
            .exists()
        )
        needs = and_(anywhere, needs)
    return case((needs, literal('"') + func.replace(expr, '"', '""') + literal('"')), else_=expr)


def csv_line(fields: list[Any], delimiter: str) -> Any:
    """The fields (already quoted where they may need it) as one line of text, each
    followed by the delimiter (the caller appends the last field); NULL gives an empty
    field, a REAL its shortest text ('0.667', '1.0')."""
    mark = delimiter.replace("%", "%%")
    return func.printf(mark.join(["%s"] * len(fields)) + mark, *fields)

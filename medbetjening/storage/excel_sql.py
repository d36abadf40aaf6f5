"""Dates and times as Excel serial numbers, made in SQL for the XLSX export.

A date cell in XLSX is a number (days since 1899-12-30) with a date format; making the
number in SQL spares a Python ``datetime`` per cell on a million rows. Both engines.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Float, Integer, cast, extract, func, literal, type_coerce
from sqlalchemy.orm import Session

_EXCEL_EPOCH_JULIAN = 2415018.5  # 1899-12-30 00:00 as a Julian day number


def excel_day(session: Session, column: Any) -> Any:
    """The calendar day of a naive datetime as Excel's day number (NULL stays NULL)."""
    if session.get_bind().dialect.name == "sqlite":
        return cast(func.julianday(func.date(column)) - _EXCEL_EPOCH_JULIAN, Integer)
    return cast(column, Date) - literal("1899-12-30").cast(Date)


def excel_clock(column: Any) -> Any:
    """The hour and minute of a naive datetime as a fraction of a day (seconds dropped,
    as the CSV's 'HH:MM'); shown with an ``hh:mm`` format."""
    minutes = cast(extract("hour", column), Integer) * 60 + cast(extract("minute", column), Integer)
    return type_coerce(minutes / 1440.0, Float)

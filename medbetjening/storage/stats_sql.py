"""Portable SQL pieces for statistics and exports (SQLite and PostgreSQL differ here)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, cast, func
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement


def day_of(session: Session, column: Any) -> ColumnElement[Any]:
    """The calendar day of a naive datetime column."""
    if session.get_bind().dialect.name == "sqlite":
        return func.date(column)
    return cast(column, Date)


def as_date(value: Any) -> dt.date:
    """A day as returned by ``day_of`` (SQLite gives 'YYYY-MM-DD' text)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def joined_text(session: Session, column: Any, separator: str = ", ") -> ColumnElement[Any]:
    """Aggregate text values of a group into one string."""
    if session.get_bind().dialect.name == "sqlite":
        return func.group_concat(column, separator)
    return func.string_agg(column, separator)

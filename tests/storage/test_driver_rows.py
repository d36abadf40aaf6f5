"""Rows written through the driver's executemany read back as SQLAlchemy's own insert's.

``storage/driver_rows`` skips SQLAlchemy's per-row parameter work for the refresh's
many rows; what it stores must not differ (a day as text on SQLite, a date on
PostgreSQL), and a row leaving out a column with a Python-side default must still get
that default (SQLAlchemy's path).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import Column, Date, Integer, MetaData, String, Table, select, text
from sqlalchemy.engine import Engine

from medbetjening.services.database import open_database
from medbetjening.storage.driver_rows import write_rows

_metadata = MetaData()
ROWS = Table(
    "driver_rows_probe",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("day", Date, nullable=False),
    Column("flow_id", String(20), nullable=False),
    Column("n", Integer, nullable=False),
    Column("label", String(10), nullable=False, default="standard"),
)
DAY = dt.date(2026, 12, 4)


@pytest.fixture
def engine(any_db_url: str) -> Iterator[Engine]:
    db = open_database(any_db_url)
    _metadata.create_all(db.engine)
    try:
        yield db.engine
    finally:
        _metadata.drop_all(db.engine)
        db.dispose()


def _stored(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        return list(connection.execute(select(ROWS).order_by(ROWS.c.id)))


def test_the_driver_path_stores_what_sqlalchemy_stores(engine: Engine) -> None:
    rows = [{"day": DAY, "flow_id": f"flow-{i}", "n": i, "label": "x"} for i in range(3)]
    with engine.begin() as connection:
        connection.execute(ROWS.insert(), rows)
    by_sqlalchemy = _stored(engine)
    with engine.begin() as connection:
        connection.execute(ROWS.delete())
        write_rows(connection, ROWS, rows)
    assert [row[1:] for row in _stored(engine)] == [row[1:] for row in by_sqlalchemy]
    with engine.connect() as connection:  # the day is found by a comparison in SQL too
        found = connection.scalar(select(text("count(*)")).where(ROWS.c.day == DAY))
    assert found == 3


def test_a_row_without_a_defaulted_column_still_gets_its_default(engine: Engine) -> None:
    with engine.begin() as connection:
        write_rows(connection, ROWS, [{"day": DAY, "flow_id": "a", "n": 1}])
    assert [row[1:] for row in _stored(engine)] == [(DAY, "a", 1, "standard")]

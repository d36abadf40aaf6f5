"""Step records and answers made from shapes: SQL (worker) and Python give the same text."""

from __future__ import annotations

import datetime as dt
import sqlite3

from medbetjening.demo.bulk_insert import ts
from medbetjening.demo.demo_clock import DayStamps
from medbetjening.demo.shape_expand import _STAMP, stamp


def test_a_time_is_the_same_text_in_sql_python_and_the_orm_format() -> None:
    day = dt.date(2026, 3, 11)
    stamps = DayStamps(day)
    connection = sqlite3.connect(":memory:")
    try:
        # midnight, a late evening, and a run that went on past midnight
        for second in (0, 45_296, 86_399, 86_400 + 61):
            epoch = stamps.epoch + second
            in_sql = connection.execute(f"SELECT {_STAMP.format('?')}", (epoch,)).fetchone()[0]
            expected = ts(dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=second))
            assert stamp(epoch) == in_sql == expected == stamps(second)
    finally:
        connection.close()

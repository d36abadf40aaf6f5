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


def test_the_writer_makes_the_same_rows_from_a_packed_chunk_as_python(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The worker's compact rows, expanded in SQL by the writer (day/time look-up, and
    strftime past midnight) and in Python (``Expander``), are the same rows."""
    from medbetjening.demo.bulk_insert import COLUMNS
    from medbetjening.demo.chunk_pack import copy_packed, pack
    from medbetjening.demo.demo_data import TABLE_NAMES
    from medbetjening.demo.shape_expand import Expander, drop_expansion_tables

    epoch = DayStamps(dt.date(2026, 3, 11)).epoch
    rows: dict[str, list[tuple[object, ...]]] = {name: [] for name in COLUMNS}
    # a run late in the evening: its second step is recorded after midnight
    rows["flow_run"] = [
        (7, 1, "pas", "Pas", "completed", 2, "s", "e", 0, 2, 11, epoch + 86_380),
        (9, 1, "pas", "Pas", "active", 1, "s", None, 0, 1, 15, epoch + 3_600),
    ]
    rows["step_template"] = [
        (0, 0, "login", "citizen_alone", None, None, 5),
        (0, 1, "pay", "staff", None, "citizen_typed", 40),
    ]
    result = ("mb", 1, None, None, False, None, None, None, False, None, None, None, "", "u")
    rows["assessment_result"] = [(3, 1, *result, 0, 21, epoch + 600)]
    rows["answer_template"] = [(0, 0, "mitid", 2, None, 0), (0, 1, "lang", None, "ja", 15)]
    expected = Expander().expand({name: list(found) for name, found in rows.items()})

    connection = sqlite3.connect(tmp_path / "t.sqlite")
    try:
        for name, columns in COLUMNS.items():
            connection.execute(f"CREATE TABLE {name} ({columns[0]} INTEGER PRIMARY KEY, "
                               f"{', '.join(columns[1:])})")  # fmt: skip
        connection.commit()
        counts = copy_packed(connection, pack(rows), TABLE_NAMES, {})
        drop_expansion_tables(connection)
        for name in ("step_record", "assessment_answer", "flow_run", "assessment_result"):
            stored = connection.execute(f"SELECT * FROM {name} ORDER BY id").fetchall()
            assert stored == expected[name] and counts[name] == len(stored)
        assert [row[-2] for row in expected["step_record"]][:2] == [
            "2026-03-11 23:59:45.000000", "2026-03-12 00:00:20.000000",
        ]  # fmt: skip
    finally:
        connection.close()

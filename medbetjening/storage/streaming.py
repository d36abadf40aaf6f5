"""Reading a large SELECT a chunk at a time, on both engines."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, Select


def stream_rows(
    connection: Connection, query: Select[Any], size: int, *, inline: bool = False
) -> Iterator[list[Any]]:
    """The rows of ``query`` (tuple-like) in lists of at most ``size``, never all at once.

    On SQLite the driver's own cursor is read: pysqlite already steps through the result
    lazily, and skipping SQLAlchemy's Row per record takes a third off a million-row
    export. That is only right while no selected column needs a result processor on
    SQLite (text, integers and floats need none; a DateTime or Numeric column would) —
    the check below refuses such a query rather than hand back unconverted values.
    PostgreSQL uses a server-side cursor and SQLAlchemy's rows.

    ``inline`` (SQLite): the statement is sent with its values written in, escaped by
    SQLAlchemy's literal rendering, not as parameters. SQLite then treats them as
    constants: the CSV export's line (labels, GLOB patterns, printf format) ran in
    1.42 s instead of 1.77 s CPU on 100,000 visits.
    """
    if connection.dialect.name == "sqlite":
        if any(_needs_conversion(column.type, connection) for column in query.selected_columns):
            raise TypeError("stream_rows: a column needs a result processor on SQLite")
        if inline:
            sql = query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})
            result = connection.exec_driver_sql(str(sql))
        else:
            result = connection.execute(query)
        try:
            fetch = result.cursor.fetchmany
            while rows := fetch(size):
                yield rows
        finally:
            result.close()
        return
    result = connection.execute(query, execution_options={"stream_results": True})
    try:
        yield from result.partitions(size)
    finally:
        result.close()


def _needs_conversion(column_type: Any, connection: Connection) -> bool:
    dialect = connection.dialect
    processor = column_type.dialect_impl(dialect).result_processor(dialect, None)
    return processor is not None

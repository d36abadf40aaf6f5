"""Many rows into one table through the database driver's own ``executemany``.

SQLAlchemy's executemany processes each row's parameters in Python (≈ 10 µs a row):
a day's refresh writes ≈ 900 route-evidence rows and ≈ 3,500 temporary citizen ids,
which cost more there than in the database. Anything the driver would store unlike
SQLAlchemy (a column left to a Python-side default; a timestamp, whose SQLite text
SQLAlchemy writes with microseconds) takes SQLAlchemy's path.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Column, Connection, Date, DateTime, Table, insert


def write_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table``."""
    if not rows:
        return
    names = list(rows[0])
    sqlite = connection.dialect.name == "sqlite"
    if not _plain(table, names, sqlite):
        connection.execute(insert(table), list(rows))
        return
    # SQLAlchemy's SQLite Date is ISO text (the driver's own date adapter is deprecated).
    days = [i for i, name in enumerate(names) if sqlite and isinstance(table.c[name].type, Date)]
    values = []
    for row in rows:
        value = [row[name] for name in names]
        for i in days:
            if value[i] is not None:
                value[i] = value[i].isoformat()
        values.append(value)
    write_tuples(connection, table.name, names, values)


def write_tuples(
    connection: Connection, table: str, names: Sequence[str], values: Sequence[Sequence[Any]]
) -> None:
    """Insert value tuples (in ``names``' order) into the table called ``table``."""
    if not values:
        return
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    marks = ", ".join([mark] * len(names))
    sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})"
    connection.exec_driver_sql(sql, [tuple(v) for v in values])


def _plain(table: Table, names: list[str], sqlite: bool) -> bool:
    """The driver stores these columns as SQLAlchemy would, and the rest may be left out."""
    if any(name not in table.c for name in names):
        return False
    if sqlite and any(isinstance(table.c[name].type, DateTime) for name in names):
        return False
    return all(_may_omit(c) for c in table.c if c.name not in names)


def _may_omit(column: Column[Any]) -> bool:
    if column is column.table.autoincrement_column:  # the database numbers it
        return True
    return column.default is None and (column.server_default is not None or column.nullable)

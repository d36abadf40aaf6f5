"""Bulk inserts for the demo data: plain tuples straight to the driver.

A million visits are ≈ 17 million rows. SQLAlchemy's ``insert(table)`` with a dict per
row spent more time building parameters than SQLite spent storing them, so the
generator hands over tuples in the order of ``COLUMNS`` and this module writes them with
the driver itself: ``executemany`` on SQLite (``ROWS_PER_INSERT`` rows per statement: the
driver's per-statement work was a third of the writer's time), ``COPY`` on PostgreSQL. Timestamps arrive
already as text in SQLAlchemy's own SQLite storage format (``ts``), which PostgreSQL's
``COPY`` reads as well, so both engines store what the ORM would have stored.

While the tables are filled their secondary indexes are dropped and built again once at
the end (``indexes_set_aside``): one sorted build per index instead of a B-tree update
per row.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import chain
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table

from medbetjening.storage.models import Base

if TYPE_CHECKING:
    from medbetjening.demo.chunk_pack import PackedChunk

# The columns the generator fills, in the order of its tuples (one list per table).
COLUMNS: dict[str, tuple[str, ...]] = {
    "citizen": (
        "id", "cpr_hash", "citizen_code", "age_band", "language", "consent_follow_up",
        "created_at", "last_visit_at",
    ),
    "visit": (
        "id", "site_id", "desk_id", "staff_id", "citizen_id", "channel", "contact_type",
        "status", "started_at", "ended_at", "duration_minutes", "version",
    ),
    "assessment_result": (
        "id", "visit_id", "instrument_id", "instrument_version", "computed_level", "level",
        "level_final", "level_low", "level_high", "override_reason", "digitally_challenged",
        "route", "proposed_route", "route_override_reason", "barriers", "updated_at",
    ),
    "assessment_answer": ("id", "assessment_id", "item_id", "score", "choice", "answered_at"),
    "flow_run": (
        "id", "visit_id", "flow_id", "flow_title", "status", "current_step", "started_at",
        "ended_at",
    ),
    "step_record": (
        "id", "flow_run_id", "step_index", "step_id", "actor", "obstacle", "obstacle_note",
        "recorded_at", "staff_basis",
    ),
    "outcome": (
        "id", "visit_id", "completion", "reason", "autonomy", "derived_autonomy", "referral",
        "note", "citizen_share", "created_at",
    ),
    "follow_up": (
        "id", "visit_id", "citizen_id", "site_id", "due_date", "kind", "status", "result",
        "done_at", "done_by",
    ),
    "audit_event": (
        "id", "at", "staff_id", "site_id", "action", "target_type", "target_id", "detail",
    ),
}  # fmt: skip

Rows = dict[str, list[tuple[Any, ...]]]
ROWS_PER_INSERT = 64
MAX_VARIABLES = 999  # SQLite's smallest limit of ? per statement (before 3.32)


def ts(value: dt.datetime | None) -> str | None:
    """A timestamp as SQLAlchemy stores it on SQLite (``2026-03-11 12:30:00.000000``)."""
    return None if value is None else value.isoformat(" ", "microseconds")


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _constant_defaults(name: str) -> tuple[tuple[str, ...], tuple[Any, ...]]:
    """Columns the generator leaves out that still need a value: their scalar default
    (a column added later with ``default=`` gets it, as an ORM insert would give it)."""
    names, values = [], []
    for column in _table(name).columns:
        if column.name in COLUMNS[name]:
            continue
        default = column.default
        if default is not None and getattr(default, "is_scalar", False):
            names.append(column.name)
            values.append(default.arg)
        elif not column.nullable and column.server_default is None and default is not None:
            raise RuntimeError(
                f"Demodata: kolonnen {name}.{column.name} mangler i demo/bulk_insert.COLUMNS"
            )
    return tuple(names), tuple(values)


class BulkInserter:
    """Writes generated tuples with the connection's own driver."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.postgresql = connection.dialect.name == "postgresql"
        self._extra = {name: _constant_defaults(name) for name in COLUMNS}

    def insert(self, name: str, rows: Sequence[tuple[Any, ...]]) -> None:
        if not rows:
            return
        extra_names, extra_values = self._extra[name]
        if extra_values:
            rows = [row + extra_values for row in rows]
        columns = COLUMNS[name] + extra_names
        driver = self.connection.connection.driver_connection
        assert driver is not None
        if self.postgresql:
            with driver.cursor() as cursor:  # type: ignore[attr-defined]
                statement = f"COPY {name} ({', '.join(columns)}) FROM STDIN"
                with cursor.copy(statement) as copy:
                    for row in rows:
                        copy.write_row(row)
            return
        insert_many(driver, name, columns, rows)  # type: ignore[arg-type]

    def insert_packed(self, chunk: PackedChunk, tables: Sequence[str]) -> dict[str, int]:
        """A chunk a worker packed (``chunk_pack``), in one transaction; SQLite only.
        Returns the rows written per table."""
        from medbetjening.demo.chunk_pack import copy_packed  # it imports this module

        driver = self.connection.connection.driver_connection
        assert driver is not None
        return copy_packed(driver, chunk, tables, self._extra)  # type: ignore[arg-type]

    def finish_packed(self) -> None:
        """After the last packed chunk: drop the writer's temporary tables."""
        from medbetjening.demo.shape_expand import drop_expansion_tables

        driver = self.connection.connection.driver_connection
        assert driver is not None
        drop_expansion_tables(driver)  # type: ignore[arg-type]


def insert_many(
    connection: sqlite3.Connection,
    name: str,
    columns: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
) -> None:
    """``executemany`` with ``ROWS_PER_INSERT`` rows a statement (the rest one by one)."""
    if not rows:
        return
    one = f"({', '.join('?' * len(columns))})"
    into = f"INSERT INTO {name} ({', '.join(columns)}) VALUES "
    per = max(1, min(ROWS_PER_INSERT, MAX_VARIABLES // len(columns)))
    whole = len(rows) - len(rows) % per
    flat = chain.from_iterable
    cursor = connection.cursor()
    try:
        if whole:
            cursor.executemany(
                into + ", ".join([one] * per),
                [tuple(flat(rows[i : i + per])) for i in range(0, whole, per)],
            )
        if whole < len(rows):
            cursor.executemany(into + one, rows[whole:])
    finally:
        cursor.close()


@contextmanager
def indexes_set_aside(connection: Connection, tables: Sequence[str]) -> Iterator[None]:
    """Drop the tables' secondary indexes, and build them again when the block ends
    (also after an error: the schema is given back whole). Caller commits."""
    saved = index_definitions(connection, tables)
    for name, _ in saved:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    connection.commit()
    try:
        yield
    finally:
        connection.rollback()
        for _, definition in saved:
            connection.exec_driver_sql(definition)
        connection.commit()


def index_definitions(connection: Connection, tables: Sequence[str]) -> list[tuple[str, str]]:
    if connection.dialect.name == "sqlite":
        found = connection.exec_driver_sql(
            "SELECT name, tbl_name, sql FROM sqlite_master "
            "WHERE type = 'index' AND sql IS NOT NULL"  # NULL: a constraint's own index
        )
    else:
        found = connection.exec_driver_sql(
            "SELECT indexname, tablename, indexdef FROM pg_indexes "
            "WHERE schemaname = current_schema() AND indexname NOT IN "
            "(SELECT conname FROM pg_constraint)"  # a key's index goes with its constraint
        )
    wanted = set(tables)
    return [(name, sql) for name, table, sql in found if table in wanted]

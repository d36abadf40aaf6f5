"""Indexes the models declare but the database lacks are built again when it is opened.

``demo-data`` sets a table's secondary indexes aside while it loads and builds them again
at the end (demo/bulk_insert.py). A load stopped hard in between (power cut, killed
process) leaves a file that is whole and at the newest schema, yet without those
indexes: every look-up would read whole tables. One catalogue read per open finds that.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, Index

from medbetjening.storage.model_base import Base


def _present(connection: Connection) -> set[str]:
    if connection.dialect.name == "sqlite":
        query = "SELECT name FROM sqlite_master WHERE type = 'index'"
    else:
        query = "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
    return {name for (name,) in connection.exec_driver_sql(query)}


def missing_indexes(connection: Connection) -> list[Index]:
    import medbetjening.storage.models  # noqa: F401 (every table on the metadata)

    present = _present(connection)
    return [
        index
        for table in Base.metadata.sorted_tables
        for index in sorted(table.indexes, key=lambda i: str(i.name))
        if index.name not in present
    ]


def restore_missing_indexes(engine: Engine) -> list[str]:
    """Build the declared indexes the database lacks; their names (usually none)."""
    with engine.connect() as connection:
        missing = missing_indexes(connection)
        for index in missing:
            index.create(connection)
        connection.commit()
    return [str(index.name) for index in missing]

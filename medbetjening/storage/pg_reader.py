"""The first paint's reads on a PostgreSQL server at head, without SQLAlchemy or psycopg.

The same queries as ``sqlite_reader`` (``?`` placeholders, results read like sqlite3's),
sent through ``libpq`` on one read-only connection that is closed once the full stack is
loaded. ``tests/services/test_startup_reads.py`` checks both readers against the services.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from medbetjening.storage import libpq
from medbetjening.storage.files import StorageError
from medbetjening.storage.revisions import head_revision
from medbetjening.storage.sqlite_reader import SqliteReader


class PgReader(SqliteReader):
    """``SqliteReader``'s queries on one libpq connection."""

    def __init__(self, connection: libpq.Connection, description: str) -> None:
        self._connection = connection
        self.description = description

    @contextmanager
    def _connect(self) -> Iterator[libpq.Connection]:  # type: ignore[override]
        try:
            yield self._connection
        except libpq.LibpqError as error:  # the message the SQLAlchemy path gives
            raise StorageError(f"Databasen kan ikke bruges ({error}).") from error

    def schema_revision(self) -> str | None:
        try:
            rows = self._connection.execute("SELECT version_num FROM alembic_version")
        except libpq.LibpqError as error:
            if libpq.is_undefined_table(error):
                return None  # an empty database: the normal path creates the schema
            raise StorageError(f"Databasen kan ikke bruges ({error}).") from error
        row = rows.fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self._connection.close()


def open_pg_reader(url: str) -> PgReader | None:
    """A reader for a plain PostgreSQL URL whose schema is at this program's head; None
    otherwise (the normal path then opens, upgrades or refuses it, with its messages)."""
    connection = libpq.connect(url)
    if connection is None:
        return None
    reader = PgReader(connection, libpq.describe(url))
    try:
        at_head = reader.schema_revision() == head_revision()
    except StorageError:
        at_head = False
    if not at_head:
        reader.close()
        return None
    return reader

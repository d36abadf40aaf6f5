"""Reads for the first paint of a SQLite database with the stdlib ``sqlite3`` module.

Importing SQLAlchemy, the models and the services costs more CPU than the whole bare
window (benchmark: ``python -m tests.benchmarks --only startup``). For a plain SQLite file
whose schema is at this program's head revision, the window's first paint (sign-in
profiles, today's first page of visits and appointments, the open visits) reads here;
the full stack is loaded right after. Anything else (PostgreSQL, no file yet, an older
or a newer schema, a network share, a foreign file) is not opened here: ``open_reader``
returns None and the normal path opens the database, with its upgrade and its messages.
A file that cannot be read at all (not a database, damaged, locked) is a StorageError.

The SQL mirrors ``VisitService.todays_visits``/``open_visits``,
``AppointmentService.todays_appointments`` and ``SetupService.staff``;
``tests/storage/test_sqlite_reader.py`` checks they return the same rows. Read-only: no
statement here writes.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from medbetjening.storage.files import (
    SQLITE_BUSY_TIMEOUT_MS,
    StorageError,
    is_network_path,
    plain_sqlite_file,
    refuse_read_only,
    sqlite_error_kind,
    sqlite_storage_error,
)
from medbetjening.storage.integrity import require_whole
from medbetjening.storage.revisions import head_revision

# (id, started_at, ended_at, status, channel, contact_type, staff name, citizen_id,
#  citizen_code, version, flow titles)
VisitTuple = tuple[
    int, dt.datetime, dt.datetime | None, str, str, str, str, int | None, str | None, int, list[str]
]
# (id, name, role, site_id, os_user, has_password)
StaffTuple = tuple[int, str, str, int, str | None, bool]
# (id, site_id, starts_at, ends_at, label, source, visit_id)
AppointmentTuple = tuple[int, int, dt.datetime, dt.datetime | None, str, str, int | None]

_VISIT_COLUMNS = """
    SELECT v.id, v.started_at, v.ended_at, v.status, v.channel, v.contact_type, s.name,
           v.citizen_id, c.citizen_code, v.version
    FROM visit v
    JOIN staff s ON s.id = v.staff_id
    LEFT OUTER JOIN citizen c ON c.id = v.citizen_id
"""


def to_db(value: dt.datetime) -> str:
    """A datetime as SQLAlchemy's SQLite ``DateTime`` stores and binds it."""
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def from_db(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)


def _day_bounds(day: dt.date) -> tuple[str, str]:
    start = dt.datetime.combine(day, dt.time.min)
    return to_db(start), to_db(start + dt.timedelta(days=1))


class SqliteReader:
    """Read-only queries on one SQLite file at head, on one connection until ``close``
    (each new connection reads the file's schema again: ≈ 1.4 ms of CPU, five times in
    the first paint). The warm-up thread closes it once the full stack is loaded, so
    the calls take turns; a call after ``close`` opens it again."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.description = f"SQLite: {path}"
        self._connection: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            connection, self._connection = self._connection, None
            if connection is not None:
                connection.close()

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """The connection; a driver error (not a database, damaged, locked, unreadable)
        is a Danish StorageError naming the file, as on the SQLAlchemy path."""
        with self._lock:
            try:
                if self._connection is None:
                    self._connection = sqlite3.connect(
                        self.path,
                        timeout=SQLITE_BUSY_TIMEOUT_MS / 1000,
                        check_same_thread=False,  # closed by the warm-up thread
                    )
                yield self._connection
            except sqlite3.Error as error:
                raise sqlite_storage_error(self.path, error) from error

    def schema_revision(self) -> str | None:
        """The revision in ``alembic_version``; None if the table is missing or empty."""
        with self._connect() as connection:
            try:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.OperationalError as error:
                if sqlite_error_kind(error) is not None:  # locked, unreadable, …: say so
                    raise
                return None  # no such table: an empty or foreign file (the normal path)
        return row[0] if row else None

    def staff_count(self) -> int:
        with self._connect() as connection:
            return int(connection.execute("SELECT count(*) FROM staff").fetchone()[0])

    def policy(self, key: str) -> str | None:
        """One municipality-wide policy as stored (None: never set, the default applies)."""
        with self._connect() as connection:
            row = connection.execute("SELECT value FROM policy WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def active_staff(self, site_id: int | None = None) -> list[StaffTuple]:
        query = (
            "SELECT id, name, role, site_id, os_user, password_hash IS NOT NULL FROM staff "
            "WHERE active = ?"
        )
        params: list[Any] = [True]  # SQLite stores 1, PostgreSQL a boolean (pg_reader)
        if site_id is not None:
            query += " AND site_id = ?"
            params.append(site_id)
        with self._connect() as connection:
            rows = connection.execute(query + " ORDER BY name", params).fetchall()
        return [(r[0], r[1], r[2], r[3], r[4], bool(r[5])) for r in rows]

    def day_visits(
        self,
        site_id: int,
        day: dt.date,
        *,
        staff_id: int | None = None,
        limit: int | None = None,
        after: tuple[dt.datetime, int] | None = None,
    ) -> list[VisitTuple]:
        """A site's visits of ``day``, newest first; ``after`` = (started_at, id) of the
        last row of the previous page (keyset paging, as ``VisitService.todays_visits``)."""
        start, end = _day_bounds(day)
        where = ["v.site_id = ?", "v.started_at >= ?", "v.started_at < ?"]
        params: list[Any] = [site_id, start, end]
        if staff_id is not None:
            where.append("v.staff_id = ?")
            params.append(staff_id)
        if after is not None:
            last = to_db(after[0])
            where.append("v.started_at <= ?")
            where.append("(v.started_at < ? OR (v.started_at = ? AND v.id < ?))")
            params += [last, last, last, after[1]]
        query = (
            f"{_VISIT_COLUMNS} WHERE {' AND '.join(where)} ORDER BY v.started_at DESC, v.id DESC"
        )
        if limit is not None:
            query += " LIMIT ?"
            params.append(limit)
        with self._connect() as connection:
            rows = connection.execute(query, params).fetchall()
            if limit is None:  # the whole day: flows by the same filter, not a long IN list
                flows = self._titles(
                    connection,
                    "SELECT f.visit_id, f.flow_title FROM flow_run f JOIN visit v "
                    f"ON v.id = f.visit_id WHERE {' AND '.join(where)} ORDER BY f.id",
                    params,
                )
            else:
                flows = self._flow_titles(connection, [row[0] for row in rows])
        return [self._visit(row, flows) for row in rows]

    def open_visits(self, staff_id: int) -> list[VisitTuple]:
        """The visits this staff member left open, newest first."""
        query = f"{_VISIT_COLUMNS} WHERE v.staff_id = ? AND v.status = 'open' ORDER BY v.started_at DESC"
        with self._connect() as connection:
            rows = connection.execute(query, (staff_id,)).fetchall()
            flows = self._flow_titles(connection, [row[0] for row in rows])
        return [self._visit(row, flows) for row in rows]

    def day_appointments(self, site_id: int, day: dt.date) -> list[AppointmentTuple]:
        start, end = _day_bounds(day)
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT id, site_id, starts_at, ends_at, label, source, visit_id FROM appointment "
                "WHERE site_id = ? AND starts_at >= ? AND starts_at < ? ORDER BY starts_at, id",
                (site_id, start, end),
            ).fetchall()
        return [(r[0], r[1], from_db(r[2]), from_db(r[3]), r[4], r[5], r[6]) for r in rows]  # type: ignore[misc]

    @staticmethod
    def _visit(row: Sequence[Any], flows: dict[int, list[str]]) -> VisitTuple:
        return (
            row[0], from_db(row[1]), from_db(row[2]), row[3], row[4], row[5], row[6],
            row[7], row[8], row[9], flows.get(row[0], []),
        )  # type: ignore[return-value]  # fmt: skip

    @classmethod
    def _flow_titles(cls, connection: sqlite3.Connection, ids: list[int]) -> dict[int, list[str]]:
        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        return cls._titles(
            connection,
            f"SELECT visit_id, flow_title FROM flow_run WHERE visit_id IN ({marks}) ORDER BY id",
            ids,
        )

    @staticmethod
    def _titles(
        connection: sqlite3.Connection, query: str, params: Sequence[Any]
    ) -> dict[int, list[str]]:
        titles: dict[int, list[str]] = {}
        for visit_id, title in connection.execute(query, params):
            titles.setdefault(visit_id, []).append(title)
        return titles


def open_reader(url: str) -> SqliteReader | None:
    """A reader for ``url`` if it is a plain SQLite file at this program's head revision;
    None otherwise (the normal path then opens, upgrades or refuses it, with its messages)."""
    path = plain_sqlite_file(url)
    if path is None or not path.is_file() or is_network_path(path):
        return None
    refuse_read_only(path)  # said before the window, not at the first save
    require_whole(path)  # a damaged file is refused before the window (storage/integrity.py)
    reader = SqliteReader(path)
    # not a database, damaged, locked past the timeout, unreadable: a StorageError here
    # (the window shows it), rather than waiting for the same error on the normal path
    try:
        revision = reader.schema_revision()
    except StorageError:
        reader.close()
        raise
    if revision is None or revision != head_revision():
        reader.close()  # the normal path opens it
        return None
    return reader

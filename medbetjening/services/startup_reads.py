"""What the window reads to show itself: sign-in profiles, today's lists, open visits.

Two implementations of one small interface: ``ServiceStartupReads`` asks the full
services (SQLAlchemy), ``SqliteStartupReads`` reads a SQLite file at head with the stdlib
``sqlite3`` module (``storage/sqlite_reader.py``; PostgreSQL: ``storage/pg_reader.py``), so the first paint does not wait for
SQLAlchemy, the models and the services to be imported. Both return the same rows
(``tests/services/test_startup_reads.py``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol

from medbetjening.services.context import ActorContext
from medbetjening.services.dto import AppointmentRow, StaffInfo, VisitRow, visit_row
from medbetjening.storage.sqlite_reader import SqliteReader, open_reader

if TYPE_CHECKING:
    from medbetjening.services.appointments import AppointmentService
    from medbetjening.services.database import Database
    from medbetjening.services.setup import SetupService
    from medbetjening.services.visits import VisitService


class FullServices(Protocol):
    """What ``ServiceStartupReads`` asks of the service container (which builds it, so
    this module must not import the container: no import circle)."""

    @property
    def database(self) -> Database: ...

    @property
    def setup(self) -> SetupService: ...

    @property
    def visits(self) -> VisitService: ...

    @property
    def appointments(self) -> AppointmentService: ...


class StartupReads(Protocol):
    description: str

    def is_empty(self) -> bool: ...

    def staff(self, site_id: int | None = None) -> list[StaffInfo]: ...

    def shared_pc(self) -> bool: ...

    def todays_visits(
        self,
        actor: ActorContext,
        day: dt.date | None = None,
        *,
        limit: int | None = None,
        after: VisitRow | None = None,
    ) -> list[VisitRow]: ...

    def todays_appointments(
        self, actor: ActorContext, day: dt.date | None = None
    ) -> list[AppointmentRow]: ...

    def open_visits(self, actor: ActorContext) -> list[VisitRow]: ...

    def close(self) -> None: ...


class ServiceStartupReads:
    """The same reads through the full services (PostgreSQL, or once they are loaded)."""

    def __init__(self, services: FullServices) -> None:
        self._services = services
        self.description = services.database.description

    def is_empty(self) -> bool:
        return self._services.setup.is_empty()

    def staff(self, site_id: int | None = None) -> list[StaffInfo]:
        return self._services.setup.staff(site_id)

    def shared_pc(self) -> bool:
        return self._services.policies.current().shared_pc

    def todays_visits(
        self,
        actor: ActorContext,
        day: dt.date | None = None,
        *,
        limit: int | None = None,
        after: VisitRow | None = None,
    ) -> list[VisitRow]:
        return self._services.visits.todays_visits(actor, day, limit=limit, after=after)

    def todays_appointments(
        self, actor: ActorContext, day: dt.date | None = None
    ) -> list[AppointmentRow]:
        return self._services.appointments.todays_appointments(actor, day)

    def open_visits(self, actor: ActorContext) -> list[VisitRow]:
        return self._services.visits.open_visits(actor)

    def close(self) -> None:
        """The services' database is closed with the services."""


class SqliteStartupReads:
    """The reads with the stdlib ``sqlite3`` module on a SQLite file at head, or with
    libpq on a PostgreSQL server at head (``storage/pg_reader.py``: the same queries)."""

    def __init__(self, reader: SqliteReader) -> None:
        self._reader = reader
        self.description = reader.description

    def close(self) -> None:
        """The full stack is loaded: let go of the reader's connection (PostgreSQL)."""
        self._reader.close()

    def is_empty(self) -> bool:
        return not self._reader.staff_count()

    def staff(self, site_id: int | None = None) -> list[StaffInfo]:
        return [
            StaffInfo(
                id=id_, name=name, role=role, site_id=site, os_user=os_user, has_password=has_pw
            )
            for id_, name, role, site, os_user, has_pw in self._reader.active_staff(site_id)
        ]

    def shared_pc(self) -> bool:
        return self._reader.policy("shared_pc") == "true"

    def todays_visits(
        self,
        actor: ActorContext,
        day: dt.date | None = None,
        *,
        limit: int | None = None,
        after: VisitRow | None = None,
    ) -> list[VisitRow]:
        rows = self._reader.day_visits(
            actor.site_id,
            day or dt.date.today(),
            staff_id=actor.staff_id if actor.is_ambassador else None,  # volunteers: their own
            limit=limit,
            after=None if after is None else (after.started_at, after.id),
        )
        return [visit_row(row, row[10]) for row in rows]

    def todays_appointments(
        self, actor: ActorContext, day: dt.date | None = None
    ) -> list[AppointmentRow]:
        return [
            AppointmentRow(
                id=id_,
                site_id=site,
                starts_at=starts,
                ends_at=ends,
                label=text,
                source=source,
                visit_id=visit_id,
            )  # fmt: skip
            for id_, site, starts, ends, text, source, visit_id in self._reader.day_appointments(
                actor.site_id, day or dt.date.today()
            )
        ]

    def open_visits(self, actor: ActorContext) -> list[VisitRow]:
        return [visit_row(row, row[10]) for row in self._reader.open_visits(actor.staff_id)]


def open_sqlite_startup_reads(url: str) -> SqliteStartupReads | None:
    """Fast reads for a plain SQLite file or PostgreSQL URL at head; None: open the
    database the normal way."""
    reader = open_reader(url)
    if reader is None and url.startswith("postgresql"):
        from medbetjening.storage.pg_reader import open_pg_reader

        reader = open_pg_reader(url)
    return None if reader is None else SqliteStartupReads(reader)

"""The fast start's sqlite3 reads return what the full services return, and the fast
start is taken only for a plain SQLite file at head (else the normal path, its messages)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from medbetjening.services.container import Services
from medbetjening.services.startup_reads import (
    ServiceStartupReads,
    SqliteStartupReads,
    open_sqlite_startup_reads,
)
from medbetjening.storage import migrate, sqlite_reader
from medbetjening.storage.engine import sqlite_path
from medbetjening.storage.files import StorageError, plain_sqlite_file
from medbetjening.storage.models import Citizen, FlowRun, Staff, Visit
from tests.seed import add_site, add_staff

TODAY = dt.date.today()
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def _at(hour: int, minute: int = 0, day: dt.date = TODAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def _seed(services, actor, ambassador) -> None:  # type: ignore[no-untyped-def]
    """Visits of today (two at the same minute, citizens, flows, open and closed), of
    yesterday, of the volunteer and of another site; appointments booked and started."""
    other_site = add_site(services, "Biblioteket")
    other = add_staff(services, "Anden", other_site.id)
    former = add_staff(services, "Fratrådt", actor.site_id)
    with services.database.uow_factory() as uow:
        gone = uow.session.get(Staff, former.id)
        gone.active, gone.password_hash = False, "x"
        uow.session.get(Staff, other.id).password_hash = "hash"
        code = Citizen(citizen_code="B-7K2Q")
        uow.session.add(code)
        uow.session.flush()
        visits = [
            Visit(site_id=actor.site_id, staff_id=actor.staff_id, channel="counter",
                  contact_type="interaction", status=status, started_at=started,
                  ended_at=ended, citizen_id=citizen)
            for started, ended, status, citizen in [
                (_at(9), _at(9, 20), "closed", code.id),
                (_at(10, 5), None, "open", None),
                (_at(10, 5), _at(10, 30), "closed", None),
                (_at(11, 0), None, "open", code.id),
                (_at(15, 0), None, "open", None),  # yesterday's, still open
            ]
        ]  # fmt: skip
        visits[-1].started_at = _at(15, 0, TODAY - dt.timedelta(days=1))
        visits.append(
            Visit(site_id=actor.site_id, staff_id=ambassador.staff_id, channel="library",
                  contact_type="guidance", status="open", started_at=_at(12))
        )  # fmt: skip
        visits.append(
            Visit(site_id=other_site.id, staff_id=other.id, channel="counter",
                  contact_type="interaction", status="open", started_at=_at(12))
        )  # fmt: skip
        uow.session.add_all(visits)
        uow.session.flush()
        for visit, title in [(visits[0], "Pas"), (visits[0], "MitID"), (visits[3], "Flytning")]:
            uow.session.add(FlowRun(visit_id=visit.id, flow_id=title.lower(), flow_title=title))
        uow.commit()
    services.appointments.add(actor, _at(14), _at(14, 15), "Sundhedskort")
    started = services.appointments.add(actor, _at(8), None, "Digital Post")
    services.appointments.start_visit(actor, started.id)
    services.appointments.add(actor, _at(8, 0, TODAY + dt.timedelta(days=1)), None, "I morgen")


@pytest.fixture
def database(any_db_url: str):  # type: ignore[no-untyped-def]
    """Both readers: sqlite3 on a file, libpq on a PostgreSQL server (storage/pg_reader)."""
    from medbetjening.services.database import open_database

    db = open_database(any_db_url)
    yield db
    db.dispose()


@pytest.fixture
def seeded(services, actor, ambassador):  # type: ignore[no-untyped-def]
    _seed(services, actor, ambassador)
    fast = open_sqlite_startup_reads(services.database.url)
    assert isinstance(fast, SqliteStartupReads)
    yield fast, ServiceStartupReads(services)
    fast.close()


def test_todays_visits_are_the_same_rows_as_the_visit_service(seeded, actor, ambassador) -> None:  # type: ignore[no-untyped-def]
    fast, full = seeded
    for who in (actor, ambassador):
        whole = full.todays_visits(who)
        assert fast.todays_visits(who) == whole
        assert fast.todays_visits(who, TODAY - dt.timedelta(days=1)) == full.todays_visits(
            who, TODAY - dt.timedelta(days=1)
        )
    whole = full.todays_visits(actor)
    assert len(whole) == 6 and whole[0].citizen_code is None
    assert any(row.flows == "Pas, MitID" and row.citizen_code == "B-7K2Q" for row in whole)
    assert [row.staff_name for row in fast.todays_visits(ambassador)] == ["Test ambassador"]
    # pages: keyset after the last row, through the two visits at the same minute
    after = None
    for _ in range(4):
        page = fast.todays_visits(actor, limit=2, after=after)
        assert page == full.todays_visits(actor, limit=2, after=after)
        after = page[-1] if page else after
    assert fast.todays_visits(actor, limit=2, after=whole[1]) == whole[2:4]


def test_appointments_open_visits_and_profiles_are_the_same(seeded, services, actor) -> None:  # type: ignore[no-untyped-def]
    fast, full = seeded
    appointments = fast.todays_appointments(actor)
    assert appointments == full.todays_appointments(actor)
    assert [a.label for a in appointments] == ["Digital Post", "Sundhedskort"]
    assert appointments[0].visit_id is not None and appointments[1].ends_at == _at(14, 15)
    assert fast.open_visits(actor) == full.open_visits(actor)
    assert len(fast.open_visits(actor)) == 4  # today's three (one started from a booking)
    assert fast.staff() == full.staff()
    assert [(s.name, s.has_password) for s in fast.staff()] == [
        ("Anden", True),
        ("Test ambassador", False),
        ("Test staff", False),
    ]  # by name, the active ones only
    assert fast.staff(actor.site_id) == full.staff(actor.site_id)
    assert fast.is_empty() is full.is_empty() is False
    assert fast.description == full.description


def test_an_empty_profile_table_reads_as_empty(sqlite_migrated_url: str) -> None:
    fast = open_sqlite_startup_reads(sqlite_migrated_url)
    assert fast is not None and fast.is_empty() and fast.staff() == []


@pytest.mark.parametrize(
    "url",
    [
        "sqlite:////tmp/a b/medbetjening.sqlite",
        "sqlite:///relative/file.sqlite",
        "sqlite+pysqlite:////srv/db.sqlite",
    ],
)
def test_plain_sqlite_urls_name_the_same_file_as_sqlalchemy(url: str) -> None:
    assert plain_sqlite_file(url) == sqlite_path(url)


@pytest.mark.parametrize(
    "url",
    [
        "sqlite://",
        "sqlite:///:memory:",
        "sqlite:////tmp/x.sqlite?mode=ro",
        "postgresql+psycopg://postgres@127.0.0.1:55432/postgres",
    ],
)
def test_anything_else_takes_the_normal_path(url: str) -> None:
    assert plain_sqlite_file(url) is None
    assert open_sqlite_startup_reads(url) is None


def test_the_schema_revision_decides(sqlite_migrated_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = plain_sqlite_file(sqlite_migrated_url)
    assert path is not None
    reader = sqlite_reader.open_reader(sqlite_migrated_url)
    assert reader is not None and reader.schema_revision() == migrate.head_revision()
    # a program whose head is newer: the file is older, so the normal path upgrades it
    monkeypatch.setattr(sqlite_reader, "head_revision", lambda: "0002_newer")
    assert sqlite_reader.open_reader(sqlite_migrated_url) is None


def test_a_newer_schema_falls_back_to_the_normal_refusal(sqlite_migrated_url: str) -> None:
    path = plain_sqlite_file(sqlite_migrated_url)
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    assert open_sqlite_startup_reads(sqlite_migrated_url) is None
    with pytest.raises(migrate.SchemaTooNewError, match="nyere end dette program"):
        Services.open(sqlite_migrated_url)


def test_no_file_foreign_files_and_junk_take_the_normal_path(tmp_path: Path) -> None:
    missing = f"sqlite:///{tmp_path / 'new.sqlite'}"
    assert open_sqlite_startup_reads(missing) is None
    created = Services.open(missing)  # the normal path creates it at head
    assert created.loaded and created.startup.is_empty()
    created.close()
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as raw:
        raw.execute("CREATE TABLE notes (id INTEGER)")
    assert open_sqlite_startup_reads(f"sqlite:///{foreign}") is None
    with pytest.raises(migrate.ForeignDatabaseError):
        Services.open(f"sqlite:///{foreign}")
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    # not readable at all: said at once (the window shows it), not again on the normal path
    with pytest.raises(StorageError, match=f"Filen {junk} er ikke en database"):
        open_sqlite_startup_reads(f"sqlite:///{junk}")


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.sqlite")), ids=lambda p: p.stem)
def test_released_databases_start_fast_at_head_and_upgrade_otherwise(
    fixture: Path, tmp_path: Path
) -> None:
    target = tmp_path / "old.sqlite"
    shutil.copy(fixture, target)
    services = Services.open(f"sqlite:///{target}")
    try:
        if fixture.stem == migrate.head_revision():
            assert not services.loaded  # the fast start
            assert services.startup.staff()
        else:
            assert services.loaded and services.database.upgrade_report is not None
            assert services.database.upgrade_report.backup is not None
    finally:
        services.close()


@pytest.mark.postgres
def test_postgresql_at_head_paints_from_a_read_only_libpq_session(postgres_url: str) -> None:
    from medbetjening.storage import libpq
    from medbetjening.storage.engine import describe

    services = Services.open(postgres_url)
    try:
        assert not services.loaded and isinstance(services.startup, SqliteStartupReads)
        assert services.startup.description == describe(postgres_url)
        reader = services.startup._reader  # type: ignore[attr-defined]
        with pytest.raises(libpq.LibpqError, match="read-only"):
            reader._connection.execute("DELETE FROM staff WHERE id = ?", [1])
        services.ready()  # the full stack takes over: the fast session is let go
        assert services.loaded and reader._connection._handle is None
        assert reader.staff_count() == 0  # a late read still answers, and lets go again
        assert reader._connection._handle is None
    finally:
        services.close()


@pytest.mark.postgres
def test_an_empty_postgresql_database_takes_the_normal_path(postgres_empty_url: str) -> None:
    assert open_sqlite_startup_reads(postgres_empty_url) is None
    opened = Services.open(postgres_empty_url)  # the normal path creates the schema
    assert opened.loaded and opened.startup.is_empty()
    opened.close()


def test_the_first_paint_reads_on_one_connection_closed_with_the_reader(
    sqlite_migrated_url: str, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Each connection reads the schema again (≈ 1.4 ms): one for all the first reads."""
    opened: list[sqlite3.Connection] = []
    connect = sqlite3.connect

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(connect(*args, **kwargs))
        return opened[-1]

    fast = open_sqlite_startup_reads(sqlite_migrated_url)  # reads the schema revision
    assert fast is not None
    monkeypatch.setattr(sqlite_reader.sqlite3, "connect", counting)
    assert fast.is_empty() and not fast.shared_pc() and fast.staff() == []
    assert opened == []  # the revision's connection again
    fast.close()  # the full stack is loaded: the connection goes
    assert fast.is_empty()  # a late read opens it again
    assert len(opened) == 1
    fast.close()
    with pytest.raises(sqlite3.ProgrammingError):
        opened[0].execute("SELECT 1")

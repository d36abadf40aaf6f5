"""Shared fixtures: a fresh database per test on SQLite, and on PostgreSQL when asked."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.seed import add_site, add_staff

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never touch the developer's real OS keyring (the pseudonymisation key falls back to a file).
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

PG_URL_ENV = "MEDBETJENING_TEST_PG_URL"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder: no test touches the user's real files."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("MEDBETJENING_HOME", str(home))
    monkeypatch.delenv("MEDBETJENING_DB_URL", raising=False)
    return home


def _postgres_admin_url() -> str | None:
    url = os.environ.get(PG_URL_ENV)
    if url:
        return url
    if os.environ.get("CI"):
        pytest.fail(f"{PG_URL_ENV} is not set: CI must run the PostgreSQL tests (see .ci/run)")
    return None


def _create_pg_database(admin_url: str) -> tuple[str, str]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"mb_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return name, make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def _drop_pg_database(admin_url: str, name: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def postgres_empty_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database (no schema) for one test, dropped afterwards."""
    admin_url = _postgres_admin_url()
    if admin_url is None:
        pytest.skip(f"no PostgreSQL server ({PG_URL_ENV} not set); CI runs these")
    name, url = _create_pg_database(admin_url)
    try:
        yield url
    finally:
        _drop_pg_database(admin_url, name)


@pytest.fixture(scope="session")
def _postgres_worker_db() -> Iterator[str | None]:
    """One migrated database per test worker; tests get it emptied (see postgres_url)."""
    admin_url = os.environ.get(PG_URL_ENV)
    if not admin_url:
        yield None
        return
    from medbetjening.services.database import open_database

    name, url = _create_pg_database(admin_url)
    open_database(url).dispose()
    try:
        yield url
    finally:
        _drop_pg_database(admin_url, name)


@pytest.fixture
def postgres_url(_postgres_worker_db: str | None) -> str:
    """A PostgreSQL database at the newest schema with every table empty.

    Creating a database per test costs about a second; truncating costs milliseconds.
    """
    if _postgres_worker_db is None:
        _postgres_admin_url()  # fails in CI
        pytest.skip(f"no PostgreSQL server ({PG_URL_ENV} not set); CI runs these")
    from sqlalchemy import create_engine, text

    from medbetjening.storage.models import Base

    engine = create_engine(_postgres_worker_db)
    permit = "audit_purge_permit"  # audit_event is append-only unless a permit row exists
    tables = ", ".join(
        f'"{table.name}"' for table in Base.metadata.sorted_tables if table.name != permit
    )
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {permit} RESTART IDENTITY"))
        connection.execute(
            text(f"INSERT INTO {permit} (granted_at, reason) VALUES (now(), 'test reset')")
        )
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        connection.execute(text(f"TRUNCATE {permit} RESTART IDENTITY"))
    engine.dispose()
    return _postgres_worker_db


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """An empty SQLite file (no schema yet)."""
    return f"sqlite:///{tmp_path / 'test.sqlite'}"


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head once per worker; tests get a copy (milliseconds)."""
    from medbetjening.services.database import open_database

    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    db = open_database(f"sqlite:///{path}")
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def sqlite_migrated_url(tmp_path: Path, _sqlite_template: Path) -> str:
    """A SQLite file already at the newest schema, with every table empty."""
    target = tmp_path / "test.sqlite"
    shutil.copyfile(_sqlite_template, target)
    return f"sqlite:///{target}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db_url(request: pytest.FixtureRequest) -> str:
    """Runs the test once on SQLite and once on PostgreSQL (both at the newest schema)."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_migrated_url")
    return request.getfixturevalue("postgres_url")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_empty_db_url(request: pytest.FixtureRequest) -> str:
    """Like any_db_url, but the PostgreSQL database has no schema yet (slower)."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("postgres_empty_url")


@pytest.fixture
def database(sqlite_migrated_url: str):  # type: ignore[no-untyped-def]
    from medbetjening.services.database import open_database

    db = open_database(sqlite_migrated_url)
    yield db
    db.dispose()


@pytest.fixture
def services(database):  # type: ignore[no-untyped-def]
    from medbetjening.services.container import Services

    return Services(database)


def _seed_actor(services, role: str):  # type: ignore[no-untyped-def]
    from medbetjening.domain.vocabulary import Role, SiteKind
    from medbetjening.services.context import ActorContext

    sites = services.setup.sites()
    site = sites[0] if sites else add_site(services, "Borgerservice Rådhuset", SiteKind.TOWN_HALL)
    staff = add_staff(services, f"Test {role}", site.id, Role(role))
    return ActorContext(staff_id=staff.id, site_id=site.id, role=Role(role), name=staff.name)


@pytest.fixture
def actor(services):  # type: ignore[no-untyped-def]
    """A staff member (role: staff) at a town-hall site."""
    return _seed_actor(services, "staff")


@pytest.fixture
def lead(services):  # type: ignore[no-untyped-def]
    return _seed_actor(services, "lead")


@pytest.fixture
def ambassador(services):  # type: ignore[no-untyped-def]
    return _seed_actor(services, "ambassador")


@pytest.fixture
def typed_passwords(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the person types at the command line's password prompts, in order (the list
    is consumed). Prompts with nothing left fail as if no terminal were there."""
    from medbetjening.cli_commands import _actor

    answers: list[str] = []
    prompts: list[str] = []

    def ask(prompt: str, **kwargs: bool) -> str:
        prompts.append(prompt)
        if not answers:
            return _actor.ask_password.__wrapped__(prompt, **kwargs)  # type: ignore[attr-defined]
        return answers.pop(0)

    ask.__wrapped__ = _actor.ask_password  # type: ignore[attr-defined]
    monkeypatch.setattr(_actor, "ask_password", ask)
    return answers


@pytest.fixture
def cli_lead_password(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every password prompt of the command line answered with the seeded lead's password
    (``tests/seed.py``): for tests about what a lead's command does, not the sign-in."""
    from medbetjening.cli_commands import _actor
    from tests.seed import LEAD_PASSWORD

    monkeypatch.setattr(_actor, "ask_password", lambda prompt, **_: LEAD_PASSWORD)


@pytest.fixture(autouse=True)
def _danish_messages_after_each_test() -> Iterator[None]:
    """``--lang en`` or an English window sets the process's message language; the next
    test starts in Danish again."""
    yield
    from medbetjening.message_catalogue import set_language

    set_language("da")

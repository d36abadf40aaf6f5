"""Migrations: empty → head, old fixture databases → head (with backup), newer refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from medbetjening.services.database import open_database
from medbetjening.storage import migrate
from medbetjening.storage.engine import make_engine
from medbetjening.storage.models import Base

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def test_empty_database_is_created_at_head(any_empty_db_url: str) -> None:
    db = open_database(any_empty_db_url)
    try:
        state = migrate.schema_state(db.engine)
        assert state.at_head
        tables = set(inspect(db.engine).get_table_names())
        assert {
            "site",
            "staff",
            "citizen",
            "visit",
            "step_record",
            "outcome",
            "audit_event",
        } <= tables
    finally:
        db.dispose()


def test_migrations_match_the_models(any_empty_db_url: str) -> None:
    """A model change without a migration (or the reverse) fails here."""
    db = open_database(any_empty_db_url)
    try:
        with db.engine.connect() as connection:
            diff = compare_metadata(
                MigrationContext.configure(connection, opts={"compare_type": True}), Base.metadata
            )
        assert diff == []
    finally:
        db.dispose()


def test_every_released_revision_has_a_fixture_database() -> None:
    script = migrate.ScriptDirectory.from_config(migrate.alembic_config())
    revisions = {rev.revision for rev in script.walk_revisions()}
    fixtures = {path.stem for path in FIXTURES.glob("*.sqlite")}
    assert revisions <= fixtures, (
        f"make a fixture for {sorted(revisions - fixtures)} (tests/fixtures/db/README.md)"
    )


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("*.sqlite")), ids=lambda p: p.stem)
def test_fixture_database_upgrades_to_head_with_backup(fixture: Path, tmp_path: Path) -> None:
    target = tmp_path / "old.sqlite"
    shutil.copy(fixture, target)
    with sqlite3.connect(target) as raw:
        visits_before = raw.execute("SELECT count(*) FROM visit").fetchone()[0]
    assert visits_before > 0, "fixture databases hold some data to carry over"

    db = open_database(f"sqlite:///{target}")
    try:
        report = db.upgrade_report
        assert report is not None and report.after == migrate.head_revision()
        if fixture.stem != migrate.head_revision():
            assert report.backup is not None and report.backup.exists()
            with sqlite3.connect(report.backup) as raw:
                assert (
                    raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
                    == fixture.stem
                )
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM visit")).scalar() == visits_before
    finally:
        db.dispose()


def test_newer_schema_is_refused_and_left_untouched(sqlite_url: str) -> None:
    open_database(sqlite_url).dispose()
    engine = make_engine(sqlite_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(migrate.SchemaTooNewError, match="nyere end dette program"):
        open_database(sqlite_url)
    with engine.connect() as connection:
        assert (
            connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            == "9999_future"
        )
    engine.dispose()


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE something (x INTEGER)")
    with pytest.raises(migrate.ForeignDatabaseError, match="ingen versionsoplysning"):
        open_database(f"sqlite:///{path}")

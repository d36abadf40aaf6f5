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


def test_0006_turns_a_stored_minimum_into_not_settled(tmp_path: Path) -> None:
    """Kenni's visit saved before 0006 as '0 – Afhængig' (the proven minimum) becomes
    'ikke afklaret'; a fully answered one keeps its level, now marked final."""
    target = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "0003_statistics.sqlite", target)
    asked = {"devices": "both", "mitid": "app", "reads_danish": "good", "equipped": 2}
    asked |= {"install_app": 2, "phishing": 2, "when_stuck": 1, "wish": "yes", "stand_in": "no"}
    observed = {"mitid_login": 2, "self_service": 2, "digital_post": 2, "handles_files": 2}
    with sqlite3.connect(target) as raw:
        # what the old code stored: the proven minimum 0 for Kenni, 2 for the complete one
        for visit_id, answers, stored in ((1, asked, 0), (2, asked | observed, 2)):
            cursor = raw.execute(
                "INSERT INTO assessment_result (visit_id, instrument_id, instrument_version, "
                "computed_level, level, barriers, updated_at) "
                "VALUES (?, 'counter-v1', '1', ?, ?, '', '2026-11-30 10:00:00')",
                (visit_id, stored, stored),
            )
            for item, value in answers.items():
                raw.execute(
                    "INSERT INTO assessment_answer (assessment_id, item_id, score, choice, "
                    "answered_at) VALUES (?, ?, ?, ?, '2026-11-30 10:00:00')",
                    (
                        cursor.lastrowid,
                        item,
                        value if isinstance(value, int) else None,
                        value if isinstance(value, str) else None,
                    ),
                )
    open_database(f"sqlite:///{target}").dispose()
    with sqlite3.connect(target) as raw:
        rows = raw.execute(
            "SELECT visit_id, level, computed_level, level_low, level_high, level_final "
            "FROM assessment_result ORDER BY visit_id"
        ).fetchall()
    # not settled: from the stored minimum up to the top level (no instrument in a migration)
    assert rows == [(1, None, None, 0, 3, 0), (2, 2, 2, 2, 2, 1)]

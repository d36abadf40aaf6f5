"""A failed migration on SQLite leaves the file exactly as it was, and says so in Danish."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
import sqlalchemy as sa

from medbetjening.services.database import open_database
from medbetjening.storage import migrate
from medbetjening.storage.engine import StorageError, make_engine

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def _dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as raw:
        return list(raw.iterdump())


def _broken_0002(tmp_path: Path) -> Path:
    """A 0002 database with an index that 0003 creates on its last step: 0003 fails there."""
    path = tmp_path / "m.sqlite"
    shutil.copyfile(FIXTURES / "0002_audit_append_only.sqlite", path)
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("CREATE INDEX ix_visit_ended_at ON visit (ended_at)")
        raw.commit()
    return path


def test_a_failed_migration_is_rolled_back_and_named(tmp_path: Path) -> None:
    path = _broken_0002(tmp_path)
    before = _dump(path)

    for _attempt in range(2):  # the second try fails the same way, not "already exists"
        with pytest.raises(StorageError) as raised:
            open_database(f"sqlite:///{path}").dispose()
        message = str(raised.value)
        assert str(path) in message and "Intet er ændret" in message
        assert "ix_visit_ended_at" in message and "already exists" in message
        assert "stat_day_state" not in message
        assert _dump(path) == before  # no stat_* table left behind, still at 0002

    backups = sorted(tmp_path.glob(f"m.before-{migrate.head_revision()}-*.sqlite"))
    assert backups and all(_dump(backup) == before for backup in backups)
    assert str(backups[-1]) in message

    with closing(sqlite3.connect(path)) as raw:  # the cause removed, the upgrade goes through
        raw.execute("DROP INDEX ix_visit_ended_at")
        raw.commit()
    db = open_database(f"sqlite:///{path}")
    assert db.upgrade_report is not None and db.upgrade_report.after == migrate.head_revision()
    db.dispose()


def test_a_broken_foreign_key_rolls_the_migration_back(sqlite_migrated_url: str) -> None:
    engine = make_engine(sqlite_migrated_url)
    with (
        pytest.raises(StorageError, match="fremmednøgler .*Intet er ændret"),
        migrate.migration_connection(engine) as connection,
    ):
        connection.exec_driver_sql("CREATE TABLE extra (id INTEGER PRIMARY KEY)")
        connection.exec_driver_sql(
            "INSERT INTO visit (site_id, staff_id, channel, contact_type, status, "
            "started_at, version) VALUES (99, 99, 'counter', 'transaction', 'open', "
            "'2026-01-05 10:00:00', 1)"
        )
    with engine.connect() as connection:  # nothing of it is left, foreign keys are on again
        assert "extra" not in sa.inspect(connection).get_table_names()
        assert connection.exec_driver_sql("SELECT count(*) FROM visit").scalar() == 0
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()

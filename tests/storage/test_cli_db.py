"""`medbetjening db upgrade|check|backup` through the real command-line entry point."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from medbetjening.cli import main
from medbetjening.storage.engine import make_engine


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.startswith("medbetjening 0.")


def test_check_fails_on_empty_and_passes_after_upgrade(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", sqlite_url, "db", "check"]) == 1
    assert "db upgrade" in capsys.readouterr().out
    assert main(["--db", sqlite_url, "db", "upgrade"]) == 0
    assert main(["--db", sqlite_url, "db", "check"]) == 0


def test_check_reports_a_newer_schema(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--db", sqlite_url, "db", "upgrade"])
    engine = make_engine(sqlite_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num='9999'"))
    engine.dispose()
    assert main(["--db", sqlite_url, "db", "check"]) == 1
    assert "nyere" in capsys.readouterr().out
    assert main(["--db", sqlite_url, "db", "upgrade"]) == 1
    assert "Opdatér Medbetjening" in capsys.readouterr().err


def test_backup_writes_a_consistent_copy(sqlite_url: str, tmp_path: Path) -> None:
    main(["--db", sqlite_url, "db", "upgrade"])
    out = tmp_path / "kopi.sqlite"
    assert main(["--db", sqlite_url, "db", "backup", "--out", str(out)]) == 0
    with sqlite3.connect(out) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
    assert main(["--db", sqlite_url, "db", "backup", "--out", str(out)]) == 1  # never overwrites


def test_backup_of_postgresql_explains_pg_dump(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["--db", "postgresql+psycopg://u@localhost/x", "db", "backup", "--out", "x.dump"]) == 1
    )
    assert "pg_dump" in capsys.readouterr().err


def test_network_share_is_refused_by_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", "sqlite://///server/share/medbetjening.sqlite", "db", "upgrade"]) == 1
    assert "netværksdrev" in capsys.readouterr().err

"""``db backup`` / ``db restore``: round trip, a newer schema refused, a damaged file named."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from medbetjening.cli import main as cli_main
from medbetjening.services import database
from medbetjening.services.container import Services
from medbetjening.services.errors import InvalidInput
from medbetjening.storage.migrate import SchemaTooNewError, head_revision
from medbetjening.storage.models import Visit


def _visit_count(url: str) -> int:
    db = database.open_database(url)
    try:
        with db.uow_factory() as uow:
            return uow.session.scalar(select(func.count()).select_from(Visit))
    finally:
        db.dispose()


def test_round_trip_brings_back_the_backed_up_state(
    services, actor, sqlite_url, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    services.visits.start_visit(actor)
    services.visits.start_visit(actor)
    backup = tmp_path / "kopi.sqlite"
    assert cli_main(["--db", sqlite_url, "db", "backup", "--out", str(backup)]) == 0
    services.visits.start_visit(actor)  # made after the backup
    services.database.dispose()
    assert _visit_count(sqlite_url) == 3

    assert cli_main(["--db", sqlite_url, "db", "restore", str(backup)]) == 0
    assert _visit_count(sqlite_url) == 2
    # the database that was replaced is kept beside it
    kept = sorted(Path(sqlite_url.removeprefix("sqlite:///")).parent.glob("*before-restore*"))
    assert len(kept) == 1 and _visit_count(f"sqlite:///{kept[0]}") == 3
    with sqlite3.connect(backup) as raw:  # the backup file itself is left as it was
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_backup_refuses_to_overwrite(services, sqlite_url, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "findes.sqlite"
    target.write_bytes(b"")
    with pytest.raises(InvalidInput, match="findes allerede"):
        database.backup(sqlite_url, target)


def test_restore_refuses_a_newer_schema(services, sqlite_url, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    future = tmp_path / "fremtid.sqlite"
    database.backup(sqlite_url, future)
    with sqlite3.connect(future) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
    services.database.dispose()
    with pytest.raises(SchemaTooNewError, match="nyere end dette program"):
        database.restore(sqlite_url, future)
    assert database.check(sqlite_url).current == head_revision()  # nothing replaced


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all" * 200, b"SQLite format 3\x00" + b"\xff" * 5000],
    ids=["text", "damaged-header"],
)
def test_restore_of_a_damaged_file_says_so_clearly(
    services, actor, sqlite_url, tmp_path: Path, capsys, content: bytes
) -> None:  # type: ignore[no-untyped-def]
    services.visits.start_visit(actor)
    services.database.dispose()
    broken = tmp_path / "skadet.sqlite"
    broken.write_bytes(content)
    code = cli_main(["--db", sqlite_url, "db", "restore", str(broken)])
    err = capsys.readouterr().err
    assert code == 1
    assert "ikke en gyldig Medbetjening-database" in err and "Intet er ændret" in err
    assert "Traceback" not in err and "sqlite3" not in err
    assert _visit_count(sqlite_url) == 1


def test_restore_of_a_foreign_or_empty_database(services, sqlite_url, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    foreign = tmp_path / "andet.sqlite"
    with sqlite3.connect(foreign) as raw:
        raw.execute("CREATE TABLE noget (x INTEGER)")
    empty = tmp_path / "tom.sqlite"
    sqlite3.connect(empty).close()
    services.database.dispose()
    with pytest.raises(InvalidInput, match="ikke en Medbetjening-database"):
        database.restore(sqlite_url, foreign)
    with pytest.raises(InvalidInput, match="ingen Medbetjening-data"):
        database.restore(sqlite_url, empty)
    with pytest.raises(InvalidInput, match="findes ikke"):
        database.restore(sqlite_url, tmp_path / "mangler.sqlite")


def test_postgres_points_to_pg_dump(tmp_path: Path) -> None:
    url = "postgresql+psycopg://bruger@server/medbetjening"
    with pytest.raises(InvalidInput, match="pg_dump"):
        database.backup(url, tmp_path / "x")
    with pytest.raises(InvalidInput, match="pg_restore"):
        database.restore(url, tmp_path / "x")


def test_restored_database_is_usable(services, actor, sqlite_url, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services.visits.start_visit(actor)
    backup = database.backup(sqlite_url, tmp_path / "kopi.sqlite")
    services.database.dispose()
    database.restore(sqlite_url, backup)
    db = database.open_database(sqlite_url)
    try:
        again = Services(db)
        assert len(again.visits.open_visits(actor)) == 1
        again.visits.start_visit(actor)
        assert len(again.visits.open_visits(actor)) == 2
    finally:
        db.dispose()


def _damage(path: Path) -> None:
    """Overwrite the middle of the file (a table's pages), keeping a valid header."""
    size = path.stat().st_size
    with path.open("r+b") as raw:
        raw.seek(size // 2 // 4096 * 4096)
        raw.write(b"\xa5" * 3 * 4096)


@pytest.mark.parametrize("damage", ["text", "damaged-pages"])
def test_a_failed_backup_leaves_nothing_and_can_be_retried(
    services, actor, sqlite_url, tmp_path: Path, capsys, damage: str
) -> None:  # type: ignore[no-untyped-def]
    for _ in range(30):
        services.visits.start_visit(actor)
    services.database.dispose()
    live = Path(sqlite_url.removeprefix("sqlite:///"))
    with sqlite3.connect(live) as raw:  # everything in the main file, then damage it
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    good = live.read_bytes()
    if damage == "text":
        live.write_text("dette er ikke en database\n" * 200)
    else:
        _damage(live)
    out = tmp_path / "backups" / "kopi.sqlite"

    assert cli_main(["--db", sqlite_url, "db", "backup", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert str(live) in err and "Uventet" not in err and "Traceback" not in err
    assert "ikke en database" in err or "skadet" in err
    assert not out.exists() and not Path(f"{out}.part").exists()

    live.write_bytes(good)  # repaired: the same --out is not refused as "already there"
    assert cli_main(["--db", sqlite_url, "db", "backup", "--out", str(out)]) == 0
    with sqlite3.connect(out) as raw:
        assert raw.execute("PRAGMA quick_check").fetchone()[0] == "ok"


_HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
connection.execute("PRAGMA journal_mode=WAL")
connection.execute("PRAGMA wal_autocheckpoint=0")  # its rows stay in the -wal
insert = "INSERT INTO appointment (site_id, starts_at, label, source, created_at) VALUES (?, '2026-11-26 09:00:00', ?, 'manual', '2026-11-26 08:00:00')"
connection.execute(insert, (int(sys.argv[2]), "BEFORE"))
print("ready", flush=True)
sys.stdin.readline()  # open and idle until the test says so
connection.execute(insert, (int(sys.argv[2]), "AFTER"))
connection.close()
print("done", flush=True)
"""


def _labels(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as raw:
        return [row[0] for row in raw.execute("SELECT label FROM appointment ORDER BY id")]


def test_restore_is_refused_while_another_program_has_the_database_open(
    services, actor, sqlite_url, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    backup = database.backup(sqlite_url, tmp_path / "kopi.sqlite")
    services.database.dispose()
    live = Path(sqlite_url.removeprefix("sqlite:///"))
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(live), str(actor.site_id)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "ready"

        assert cli_main(["--db", sqlite_url, "db", "restore", str(backup)]) == 1
        err = capsys.readouterr().err
        assert f"Databasefilen {live} er i brug af et andet program" in err
        assert "Intet er ændret" in err and "Uventet" not in err
        assert not list(tmp_path.rglob("*before-restore*"))

        holder.stdin.write("go\n")  # the other program goes on writing: nothing is lost
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "done"
    finally:
        holder.stdin.close()  # type: ignore[union-attr]
        holder.wait(timeout=10)
    assert _labels(live) == ["BEFORE", "AFTER"]

    database.restore(sqlite_url, backup)  # closed now: the restore goes through
    assert _labels(live) == []
    kept = list(live.parent.glob("*before-restore*"))
    assert len(kept) == 1 and _labels(kept[0]) == ["BEFORE", "AFTER"]


@pytest.mark.parametrize("damage", ["text", "damaged-pages"])
def test_restore_over_a_damaged_database_keeps_it_beside(
    services, actor, sqlite_url, tmp_path: Path, damage: str
) -> None:  # type: ignore[no-untyped-def]
    services.visits.start_visit(actor)
    backup = database.backup(sqlite_url, tmp_path / "kopi.sqlite")
    for _ in range(30):
        services.visits.start_visit(actor)
    services.database.dispose()
    live = Path(sqlite_url.removeprefix("sqlite:///"))
    with closing(sqlite3.connect(live)) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if damage == "text":
        live.write_text("dette er ikke en database\n" * 200)
    else:
        _damage(live)
    damaged = live.read_bytes()

    previous = database.restore(sqlite_url, backup)
    assert previous is not None and previous.read_bytes() == damaged
    assert _visit_count(sqlite_url) == 1

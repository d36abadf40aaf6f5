"""A database that cannot be used is named in plain Danish, with the likely cause.

Not a database, damaged, locked, read-only, unreachable, a bad --db value, an unreachable
PostgreSQL server: the command line prints the message with exit code 1 (not "Uventet
fejl", exit 2), and ``db check`` never creates or changes the file it checks.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from medbetjening.cli import main
from medbetjening.services.container import Services
from medbetjening.storage import engine as engine_module
from medbetjening.storage import sqlite_reader
from medbetjening.storage.files import StorageError

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "db"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    captured = capsys.readouterr()
    output = captured.out + captured.err
    assert "Uventet" not in output and "Traceback" not in output
    return code, output


def _text_file(path: Path) -> Path:
    path.write_text("Dette er en tekstfil, ikke en database.\n" * 50, encoding="utf-8")
    return path


def _damaged(tmp_path: Path, template: Path) -> Path:
    """A Medbetjening file with a few pages overwritten (the header is still valid)."""
    path = tmp_path / "skadet.sqlite"
    shutil.copyfile(template, path)
    with path.open("r+b") as raw:
        raw.seek(4 * 4096)
        raw.write(b"\xa5" * 4 * 4096)
    return path


@pytest.mark.parametrize("command", [["db", "upgrade"], ["db", "check"], ["stats", "refresh"]])
def test_a_text_file_is_not_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    path = _text_file(tmp_path / "medbetjening.sqlite")
    before = path.read_bytes()
    code, output = _run(["--db", f"sqlite:///{path}", *command], capsys)
    assert code == 1
    assert f"Filen {path} er ikke en database" in output
    assert path.read_bytes() == before


def test_db_check_reads_the_whole_file_and_reports_damage(
    services, actor, sqlite_migrated_url: str, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    for _ in range(200):  # rows on several pages
        services.visits.start_visit(actor)
    services.database.dispose()
    source = Path(sqlite_migrated_url.removeprefix("sqlite:///"))
    with closing(sqlite3.connect(source)) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = _damaged(tmp_path, source)
    code, output = _run(["--db", f"sqlite:///{path}", "db", "check"], capsys)
    assert code == 1
    assert f"Databasefilen {path} er skadet" in output and "db restore" in output


def test_a_truncated_file_is_called_damaged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "afkortet.sqlite"
    path.write_bytes((FIXTURES / "0003_statistics.sqlite").read_bytes()[:8192])
    code, output = _run(["--db", f"sqlite:///{path}", "db", "upgrade"], capsys)
    assert code == 1 and f"Databasefilen {path} er skadet" in output


_LOCKER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA locking_mode=EXCLUSIVE")
connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def locked_file(sqlite_migrated_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A Medbetjening file another process holds an exclusive lock on."""
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 200)  # not 10 s per try
    monkeypatch.setattr(sqlite_reader, "SQLITE_BUSY_TIMEOUT_MS", 200)
    path = Path(sqlite_migrated_url.removeprefix("sqlite:///"))
    locker = subprocess.Popen(
        [sys.executable, "-c", _LOCKER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
    try:
        yield path
    finally:
        locker.communicate("\n", timeout=10)


def test_a_file_locked_by_another_program(
    locked_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, output = _run(["--db", f"sqlite:///{locked_file}", "db", "upgrade"], capsys)
    assert code == 1
    assert f"Databasefilen {locked_file} er låst af et andet program" in output
    # the window's fast start says the same, before SQLAlchemy is loaded
    with pytest.raises(StorageError, match="låst af et andet program"):
        Services.open(f"sqlite:///{locked_file}")


def _without_write_override() -> list[str]:
    """A command prefix under which file permissions hold: root may write anywhere, so
    it runs without the capability to override them (``setpriv``); else nothing."""
    if not hasattr(os, "geteuid"):
        pytest.skip("POSIX permissions")
    if os.geteuid() != 0:
        return []
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
    if shutil.which("setpriv") is None or subprocess.run([*prefix, "true"]).returncode != 0:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    return prefix


@pytest.mark.parametrize("what", ["file", "folder"])
@pytest.mark.parametrize("start", ["command", "window"])
def test_a_read_only_file_or_folder(tmp_path: Path, what: str, start: str) -> None:
    prefix = _without_write_override()
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "medbetjening.sqlite"
    shutil.copyfile(FIXTURES / "0005_level_certainty.sqlite", path)  # at head: the fast start
    (path if what == "file" else folder).chmod(0o555 if what == "folder" else 0o444)
    before = path.read_bytes()
    argv = ["db", "upgrade"] if start == "command" else ["--exit-after-startup"]
    try:
        result = subprocess.run(
            [*prefix, sys.executable, "-m", "medbetjening", "--db", f"sqlite:///{path}", *argv],
            cwd=ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)
    assert result.returncode == 1, result.stderr
    assert f"Databasefilen {path} er skrivebeskyttet" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before


def test_a_folder_that_cannot_be_reached(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "ikke-en-mappe"
    blocker.write_text("x")
    path = blocker / "medbetjening.sqlite"
    code, output = _run(["--db", f"sqlite:///{path}", "db", "upgrade"], capsys)
    assert code == 1 and f"Mappen til databasefilen {path} kan ikke oprettes" in output


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("/data/medbetjening.sqlite", "er ikke en databaseadresse"),
        ("mysql+nodriver://bruger:hemmelig@server/db", "kan ikke bruges"),
        ("ikke en adresse://", "kan ikke bruges"),
    ],
)
def test_a_bad_db_value(
    value: str, expected: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    commands = [["db", "upgrade"], ["db", "check"]]
    if "://" not in value:
        commands.append(["db", "backup", "--out", str(tmp_path / "x")])
    for command in commands:
        code, output = _run(["--db", value, *command], capsys)
        assert code == 1 and expected in output and "hemmelig" not in output
    assert not (tmp_path / "data").exists()


def test_an_unreachable_postgresql_server(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql+psycopg://bruger:hemmelig@127.0.0.1:1/medbetjening"
    for command in (["db", "upgrade"], ["db", "check"]):
        code, output = _run(["--db", url, *command], capsys)
        assert code == 1
        assert "Databaseserveren PostgreSQL: 127.0.0.1/medbetjening kan ikke nås" in output
        assert "hemmelig" not in output


def test_db_check_of_a_mistyped_path_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "stavefejl" / "mappe" / "medbetjening.sqlite"
    code, output = _run(["--db", f"sqlite:///{path}", "db", "check"], capsys)
    assert code == 1 and f"SQLite: {path} findes ikke" in output
    assert not (tmp_path / "stavefejl").exists()


def test_db_check_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gammel.sqlite"
    shutil.copyfile(FIXTURES / "0001.sqlite", path)  # an older schema, journal_mode DELETE
    before = path.read_bytes()
    code, output = _run(["--db", f"sqlite:///{path}", "db", "check"], capsys)
    assert code == 1 and "db upgrade" in output
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gammel.sqlite", "home"]


def test_a_foreign_sqlite_file_is_refused_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "andet.sqlite"
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("CREATE TABLE noter (id INTEGER PRIMARY KEY, tekst TEXT)")
        raw.commit()
    before = path.read_bytes()
    for command in (["db", "upgrade"], ["db", "check"]):
        code, output = _run(["--db", f"sqlite:///{path}", *command], capsys)
        assert code == 1 and f"Databasen {path} indeholder tabeller" in output
    assert path.read_bytes() == before  # not switched to WAL
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


_GUI_START = ["-m", "medbetjening", "--exit-after-startup", "--db"]


@pytest.mark.parametrize("kind", ["text", "bad-value"])
def test_the_window_start_shows_the_message_not_a_traceback(tmp_path: Path, kind: str) -> None:
    path = _text_file(tmp_path / "medbetjening.sqlite")
    value = f"sqlite:///{path}" if kind == "text" else str(path)
    result = subprocess.run(
        [sys.executable, *_GUI_START, value],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    expected = "er ikke en database" if kind == "text" else "er ikke en databaseadresse"
    assert "Fejl: " in result.stderr and expected in result.stderr and str(path) in result.stderr


@pytest.mark.parametrize("start", ["window", "command"])
def test_a_missing_database_is_named_and_nothing_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], start: str
) -> None:
    """A share or USB drive that is not mounted: the counter must not start blank."""
    path = tmp_path / "no" / "such" / "folder" / "x.sqlite"
    argv = ["--exit-after-startup"] if start == "window" else ["appointments", "today"]
    code, output = _run(["--db", f"sqlite:///{path}", *argv], capsys)
    assert code == 1 and f"Databasefilen {path} findes ikke" in output and "--create" in output
    assert not (tmp_path / "no").exists()


def test_with_create_a_new_database_is_made_on_purpose(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ny" / "medbetjening.sqlite"
    code, output = _run(["--db", f"sqlite:///{path}", "--create", "appointments", "today"], capsys)
    assert path.exists()  # made, at head; the command then wants a staff profile
    assert code == 1 and "ingen medarbejderprofiler" in output


def test_the_first_start_in_the_default_data_folder_creates_it(
    isolated_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from medbetjening.cli import _missing_database, build_parser
    from medbetjening.locations import default_db_url

    args = build_parser(with_commands=False).parse_args([])
    args.db = default_db_url()
    assert _missing_database(args) is None  # the first-run dialog makes it there
    args.db = f"sqlite:///{isolated_home / 'andet' / 'x.sqlite'}"
    assert "findes ikke" in (_missing_database(args) or "")

"""Open only what is whole: random bytes written into a database that the program closed
whole are found before anything is written to it, on the window's start path (the fast
sqlite3 one included) and the command line; the file's bytes stay as they were."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from medbetjening.domain.vocabulary import Role, SiteKind
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.database import open_database
from medbetjening.storage.files import DamagedDatabaseError
from medbetjening.storage.integrity import known_whole, marker_path

ROOT = Path(__file__).resolve().parents[2]
DAMAGE = 8 * 1024  # as in the report: 8 KB of random bytes
SHARES = (0.15, 0.3, 0.45, 0.6, 0.75, 0.9)  # where in the file, as a share of its size


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database at head with a few hundred visits (many pages), closed whole."""
    path = tmp_path_factory.mktemp("pristine") / "medbetjening.sqlite"
    database = open_database(f"sqlite:///{path}")
    services = Services(database)
    site = services.setup.create_site("Rådhuset", SiteKind.TOWN_HALL)
    staff = services.setup.create_staff("Kenni", site.id, Role.STAFF)
    actor = ActorContext(staff.id, site.id, Role.STAFF, staff.name)
    for _ in range(400):
        services.visits.start_visit(actor)
    database.dispose()
    return path


def _closed_whole_then_damaged(pristine: Path, folder: Path, share: float, seed: int) -> Path:
    path = folder / "medbetjening.sqlite"
    shutil.copyfile(pristine, path)
    open_database(f"sqlite:///{path}").dispose()  # the program used it and closed it whole
    assert known_whole(path)
    size = path.stat().st_size
    offset = min(int(size * share), size - DAMAGE)
    with path.open("r+b") as file:  # someone else's bytes, in place
        file.seek(offset)
        file.write(random.Random(seed).randbytes(DAMAGE))
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("share", SHARES)
def test_the_start_path_refuses_a_damaged_file_and_writes_nothing(
    pristine: Path, tmp_path: Path, share: float
) -> None:
    path = _closed_whole_then_damaged(pristine, tmp_path, share, seed=int(share * 100))
    before = _digest(path)
    with pytest.raises(DamagedDatabaseError) as refused:
        Services.open(f"sqlite:///{path}")  # what the window calls first
    message = str(refused.value)
    assert f"Databasefilen {path} er skadet" in message and "db restore" in message
    with pytest.raises(DamagedDatabaseError):
        open_database(f"sqlite:///{path}")  # the normal path and every command
    assert _digest(path) == before
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    assert not known_whole(path)


def test_the_window_says_so_and_exits(pristine: Path, tmp_path: Path) -> None:
    path = _closed_whole_then_damaged(pristine, tmp_path, 0.5, seed=7)
    before = _digest(path)
    result = subprocess.run(
        [sys.executable, "-m", "medbetjening", "--exit-after-startup", "--db", f"sqlite:///{path}"],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert f"Databasefilen {path} er skadet" in result.stderr and "Traceback" not in result.stderr
    assert _digest(path) == before


def test_a_file_closed_whole_is_not_read_in_full_again(pristine: Path, tmp_path: Path) -> None:
    """The check's cost is paid only when the file changed outside the program."""
    path = tmp_path / "medbetjening.sqlite"
    shutil.copyfile(pristine, path)
    assert not known_whole(path)  # a copy: not known
    open_database(f"sqlite:///{path}").dispose()
    assert known_whole(path) and marker_path(path).exists()
    database = open_database(f"sqlite:///{path}")
    Services(database).setup.create_site("Biblioteket", SiteKind.LIBRARY)  # a write
    assert not known_whole(path)  # changed since: the next start checks it in full
    database.dispose()
    assert known_whole(path)

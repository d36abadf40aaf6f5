"""SQLite done right: pragmas, and no database file on a network share."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from medbetjening.storage.engine import NetworkShareError, is_network_path, make_engine


def test_sqlite_pragmas_are_set(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
        assert connection.execute(text("PRAGMA cache_size")).scalar() == -8192  # 8 MiB
    engine.dispose()


@pytest.mark.parametrize(
    "path", [r"\\server\share\medbetjening.sqlite", "//server/share/db.sqlite"]
)
def test_unc_paths_are_network_paths(path: str) -> None:
    assert is_network_path(Path(path), mount_type="ext4")


@pytest.mark.parametrize("fs", ["nfs", "nfs4", "cifs", "smb3", "fuse.sshfs"])
def test_network_mounts_are_detected(fs: str, tmp_path: Path) -> None:
    assert is_network_path(tmp_path / "db.sqlite", mount_type=fs)


def test_local_disk_is_not_a_network_path(tmp_path: Path) -> None:
    assert not is_network_path(tmp_path / "db.sqlite", mount_type="ext4")


def test_engine_refuses_a_network_share_with_a_pointer_to_postgresql() -> None:
    with pytest.raises(NetworkShareError, match="PostgreSQL"):
        make_engine("sqlite:////" + "/server/share/medbetjening.sqlite")

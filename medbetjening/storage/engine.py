"""Engine factory: SQLite pragmas, refusal of network shares, PostgreSQL by URL."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

SQLITE_BUSY_TIMEOUT_MS = 10_000
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "afs", "9p"}


class StorageError(Exception):
    """A problem with the database that the user must be told about in plain words."""


class NetworkShareError(StorageError):
    pass


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:":
        return None
    return Path(database)


def _mount_type(path: Path) -> str | None:
    """The file-system type of the mount holding ``path`` (Linux; None elsewhere)."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    resolved = str(path.resolve())
    best, best_type = "", None
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, best_type = mount_point, parts[2]
    return best_type


def _windows_drive_is_remote(path: Path) -> bool:
    if sys.platform != "win32":
        return False
    import ctypes  # pragma: no cover - Windows only

    drive = os.path.splitdrive(str(path.resolve()))[0] + "\\"
    return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE


def is_network_path(path: Path, mount_type: str | None = None) -> bool:
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return True  # UNC path
    kind = mount_type if mount_type is not None else _mount_type(path.parent)
    if kind and kind.lower() in NETWORK_FILESYSTEMS:
        return True
    return _windows_drive_is_remote(path)


def refuse_network_share(path: Path) -> None:
    if is_network_path(path):
        raise NetworkShareError(
            f"Databasefilen {path} ligger på et netværksdrev. SQLite kan miste data på et delt "
            "drev. Brug en lokal fil, eller en fælles PostgreSQL-database for flere pc'er "
            "(--db postgresql+psycopg://bruger@server/medbetjening)."
        )


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine; SQLite files get the pragmas and the network-share check."""
    path = sqlite_path(url)
    if path is not None:
        refuse_network_share(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            echo=echo,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    if make_url(url).get_backend_name() == "sqlite":  # in-memory
        engine = create_engine(url, echo=echo)
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


def describe(url: str) -> str:
    """A short, password-free description of the database for the status bar."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite: {parsed.database or ':memory:'}"
    return f"PostgreSQL: {parsed.host or 'localhost'}/{parsed.database}"

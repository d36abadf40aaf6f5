"""SQLite files without SQLAlchemy: the URL's file, and refusal of network shares.

Stdlib only, so the fast start (``storage/sqlite_reader.py``) can use it before
SQLAlchemy is imported; ``storage/engine.py`` re-exports the names.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

SQLITE_BUSY_TIMEOUT_MS = 10_000
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "afs", "9p"}
_PLAIN_SQLITE_URL = re.compile(r"^sqlite(\+pysqlite)?:///(?P<database>[^?%]+)$")


class StorageError(Exception):
    """A problem with the database that the user must be told about in plain words."""


class NetworkShareError(StorageError):
    pass


def plain_sqlite_file(url: str) -> Path | None:
    """The file of a plain ``sqlite:///path`` URL; None for anything else (PostgreSQL,
    in-memory, URLs with options or escapes: those take the SQLAlchemy path)."""
    match = _PLAIN_SQLITE_URL.match(url)
    if match is None or match["database"] == ":memory:":
        return None
    return Path(match["database"])


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

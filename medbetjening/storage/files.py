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
    """A problem with the database that the user must be told about in plain words
    (written in Danish, read in the interface's language like a service error)."""

    def __str__(self) -> str:
        from medbetjening.message_catalogue import translate_message  # stdlib only too

        return translate_message(super().__str__())


class NetworkShareError(StorageError):
    pass


class DamagedDatabaseError(StorageError):
    """The file is not a SQLite database, or a damaged one."""


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


# SQLite's primary result codes (the low byte of an extended code), for the messages below
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_AUTH, _SQLITE_NOTADB = 23, 26
_KIND_BY_CODE = {
    _SQLITE_NOTADB: "notadb",
    _SQLITE_CORRUPT: "corrupt",
    _SQLITE_BUSY: "locked",
    _SQLITE_LOCKED: "locked",
    _SQLITE_READONLY: "readonly",
    _SQLITE_CANTOPEN: "cantopen",
    _SQLITE_IOERR: "ioerr",
    _SQLITE_FULL: "full",
    _SQLITE_PERM: "denied",
    _SQLITE_AUTH: "denied",
}
_KIND_BY_TEXT = (  # when the driver gives no code (older Python, wrapped errors)
    ("file is not a database", "notadb"),
    ("malformed", "corrupt"),
    ("database is locked", "locked"),
    ("readonly database", "readonly"),
    ("unable to open database file", "cantopen"),
    ("disk i/o error", "ioerr"),
    ("database or disk is full", "full"),
)


def sqlite_error_kind(error: BaseException) -> str | None:
    """What went wrong with a SQLite file, from a ``sqlite3`` error (or SQLAlchemy's
    wrapper of one): notadb, corrupt, locked, readonly, cantopen, ioerr, full, denied."""
    error = getattr(error, "orig", None) or error
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _KIND_BY_CODE:
        return _KIND_BY_CODE[code & 0xFF]
    text = str(error).lower()
    return next((kind for needle, kind in _KIND_BY_TEXT if needle in text), None)


def sqlite_file_problem(path: Path, error: BaseException) -> str:
    """A Danish sentence naming the file and the likely cause of a SQLite error."""
    kind = sqlite_error_kind(error)
    if kind == "notadb":
        return (
            f"Filen {path} er ikke en database (eller den er så skadet, at den ikke kan "
            "læses). Vælg den rigtige databasefil, eller genskab en sikkerhedskopi med "
            "'medbetjening db restore FIL'."
        )
    if kind == "corrupt":
        return (
            f"Databasefilen {path} er skadet. Genskab den seneste sikkerhedskopi med "
            "'medbetjening db restore FIL' (den skadede fil gemmes ved siden af)."
        )
    if kind == "locked":
        return (
            f"Databasefilen {path} er låst af et andet program (fx Medbetjening i et andet "
            "vindue eller et sikkerhedskopiprogram). Luk det, og prøv igen."
        )
    if kind == "readonly":
        return _read_only_problem(path)
    if kind in ("cantopen", "denied"):
        return (
            f"Databasefilen {path} kan ikke åbnes: mappen kan ikke nås, eller du har ikke "
            "adgang til filen eller mappen."
        )
    if kind == "ioerr":
        return (
            f"Databasefilen {path} kan ikke læses eller skrives (diskfejl, eller drevet kan "
            "ikke nås)."
        )
    if kind == "full":
        return f"Der er ikke plads på drevet til databasefilen {path}."
    return f"Databasefilen {path} kan ikke bruges ({getattr(error, 'orig', None) or error})."


def _read_only_problem(path: Path) -> str:
    return (
        f"Databasefilen {path} er skrivebeskyttet. Medbetjening skal kunne skrive i filen "
        f"og i mappen {path.parent}."
    )


def refuse_read_only(path: Path) -> None:
    """A SQLite file (or its folder) that cannot be written opens fine and fails at the
    first save, and SQLite does not tell before (BEGIN IMMEDIATE succeeds on a read-only
    WAL file): say so when it is opened. Two access() calls, no file is read."""
    for target in (path, path.parent) if path.exists() else (path.parent,):
        if target.exists() and not os.access(target, os.W_OK):
            raise StorageError(_read_only_problem(path))


def sqlite_storage_error(path: Path, error: BaseException, suffix: str = "") -> StorageError:
    """The StorageError for a SQLite error on ``path`` (DamagedDatabaseError if damaged)."""
    damaged = sqlite_error_kind(error) in ("notadb", "corrupt")
    message = f"{sqlite_file_problem(path, error)}{suffix}"
    return DamagedDatabaseError(message) if damaged else StorageError(message)


def sqlite_os_problem(path: Path, error: OSError) -> str:
    """A Danish sentence for a file-system error around a database file."""
    if isinstance(error, PermissionError):
        return f"Du har ikke adgang til {path} eller mappen {path.parent}."
    return f"{path} kan ikke nås ({error.strerror or error})."

"""Copies of a SQLite file: checked backups.

Stdlib only (``sqlite3``), like ``storage/files.py``.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from contextlib import closing
from pathlib import Path

from medbetjening.storage.files import (
    SQLITE_BUSY_TIMEOUT_MS,
    DamagedDatabaseError,
    StorageError,
    sqlite_error_kind,
    sqlite_file_problem,
    sqlite_os_problem,
    sqlite_storage_error,
)


def timestamped_backup_path(db_file: Path, label: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return db_file.with_name(f"{db_file.stem}.{label}-{stamp}{db_file.suffix or '.sqlite'}")


def connect_existing(path: Path, *, read_only: bool = False, timeout: float | None = None):  # type: ignore[no-untyped-def]
    """A ``sqlite3`` connection to a file that must exist (a plain connect would create an
    empty database at a mistyped path)."""
    mode = "ro" if read_only else "rw"
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?mode={mode}",
        uri=True,
        timeout=SQLITE_BUSY_TIMEOUT_MS / 1000 if timeout is None else timeout,
    )


def quick_check(connection: sqlite3.Connection) -> bool:
    """``PRAGMA quick_check``: True when the file's structure is intact."""
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        if sqlite_error_kind(error) in ("notadb", "corrupt"):
            return False
        raise
    return rows == [("ok",)]


def damaged_message(path: Path) -> str:
    return sqlite_file_problem(path, sqlite3.DatabaseError("database disk image is malformed"))


def backup_sqlite(source: Path | sqlite3.Connection, target: Path) -> Path:
    """Copy a live SQLite database consistently (online backup API) to ``target``.

    The copy is written to ``<target>.part``, checked (quick_check) and only then renamed:
    a failed backup leaves nothing at ``target`` (a retry is not refused as "already
    there", and a half-written file is never mistaken for a backup). The copy is one
    self-contained file (journal_mode DELETE, no -wal beside it). ``source`` is a file or
    an open connection (a restore backs up the live file through the connection holding
    its lock).
    """
    part = target.with_name(target.name + ".part")
    source_path = source if isinstance(source, Path) else _connection_file(source)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        part.unlink(missing_ok=True)  # left over from an interrupted attempt
        src = connect_existing(source) if isinstance(source, Path) else source
        try:
            with closing(sqlite3.connect(part)) as copy:
                src.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")
                if not quick_check(copy):  # the backup API copies damaged pages as they are
                    raise DamagedDatabaseError(
                        f"{damaged_message(source_path)} Der er ikke gemt en sikkerhedskopi."
                    )
        finally:
            if src is not source:
                src.close()
        os.replace(part, target)
    except BaseException as error:
        part.unlink(missing_ok=True)
        if isinstance(error, sqlite3.Error):
            raise _backup_failed(source_path, target, error) from error
        if isinstance(error, OSError):
            raise StorageError(
                f"Sikkerhedskopien kunne ikke gemmes: {sqlite_os_problem(target, error)}"
            ) from error
        raise
    return target


def _connection_file(connection: sqlite3.Connection) -> Path:
    row = connection.execute("PRAGMA database_list").fetchone()
    return Path(row[2])


def _backup_failed(source: Path, target: Path, error: sqlite3.Error) -> StorageError:
    kind = sqlite_error_kind(error)
    if kind in ("full", "readonly", "cantopen", "denied"):  # most likely the target's folder
        return StorageError(
            f"Sikkerhedskopien {target} kunne ikke skrives: {sqlite_file_problem(target, error)}"
        )
    return sqlite_storage_error(source, error, " Der er ikke gemt en sikkerhedskopi.")

"""Copies of a SQLite file: checked backups, and putting a backup back into a live file.

Stdlib only (``sqlite3``), like ``storage/files.py``.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
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

# How long a restore waits for the live file before it says another program uses it
RESTORE_LOCK_TIMEOUT_S = 0.5


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
        if sqlite_error_kind(error) == "corrupt":
            return False
        raise  # not a database at all, locked, …: the caller names it
    except UnicodeDecodeError:  # the report quotes damaged bytes: not "ok", so damaged
        return False
    return rows == [("ok",)]


def damaged_message(path: Path) -> str:
    """What ``db check`` and the start say about a damaged file, with the way out: the
    backups the program kept beside it (before upgrades and restores), newest first."""
    text = sqlite_file_problem(path, sqlite3.DatabaseError("database disk image is malformed"))
    suffix = path.suffix or ".sqlite"
    kept = sorted(path.parent.glob(f"{path.stem}.*-????????-??????{suffix}"), reverse=True)
    if kept:
        text += " Gemte sikkerhedskopier: " + ", ".join(str(p) for p in kept[:3]) + "."
    else:
        text += f" Der ligger ingen gemte sikkerhedskopier i {path.parent}."
    return text + " Intet er skrevet i filen."


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


@contextmanager
def exclusive_lock(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection holding the only lock on the live SQLite file ``path``.

    In WAL mode every connection that has read the file holds a shared lock on it while
    it stays open, so an exclusive lock is refused while another program (Medbetjening
    in another window, say) has the database open — even idle. The lock is kept
    (locking_mode EXCLUSIVE) until the connection closes, so nobody opens it meanwhile.
    """
    try:
        connection = connect_existing(path, timeout=RESTORE_LOCK_TIMEOUT_S)
    except sqlite3.Error as error:
        raise sqlite_storage_error(path, error) from error
    with closing(connection):
        connection.isolation_level = None  # BEGIN/COMMIT below are ours
        try:
            connection.execute("PRAGMA locking_mode=EXCLUSIVE")
            connection.execute("BEGIN EXCLUSIVE")
            connection.execute("COMMIT")  # the lock stays: locking_mode EXCLUSIVE
        except sqlite3.Error as error:
            if sqlite_error_kind(error) == "locked":
                raise StorageError(
                    f"Databasefilen {path} er i brug af et andet program (fx Medbetjening i "
                    "et andet vindue eller på en anden konto). Luk det, og prøv igen. Intet "
                    "er ændret."
                ) from error
            raise sqlite_storage_error(path, error) from error
        yield connection


def copy_into(source: Path, live: sqlite3.Connection) -> None:
    """Replace the content of the locked live database with ``source`` (backup API).

    Written through the connection holding the lock, into the same file, so a -wal
    beside it can never be paired with the wrong file. The live file is switched out of
    WAL first: the backup API cannot write a WAL database of another page size.
    """
    live_path = _connection_file(live)
    try:
        live.execute("PRAGMA journal_mode=DELETE")
        with closing(connect_existing(source, read_only=True)) as src:
            src.backup(live)  # one write transaction on the live file: all of it or nothing
    except sqlite3.Error as error:
        raise sqlite_storage_error(live_path, error, " Intet er ændret.") from error


def keep_raw_copy(path: Path, target: Path) -> Path:
    """Copy a damaged database file as it is (with its -wal, under the matching name),
    when the backup API cannot read it: it is still kept, never just replaced."""
    try:
        shutil.copyfile(path, target)
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size:
            shutil.copyfile(wal, Path(f"{target}-wal"))
    except OSError as error:
        raise StorageError(
            f"Den skadede database kunne ikke gemmes: {sqlite_os_problem(target, error)} "
            "Intet er ændret."
        ) from error
    return target

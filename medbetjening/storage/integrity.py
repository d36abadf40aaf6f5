"""Open only what is whole: a SQLite file is checked before the program first writes to it.

``PRAGMA quick_check`` reads the whole file: about 17 s for a 1.7 GB file on a busy
2-core machine (README, Performance), far too slow for every start. So the program
remembers when it last left the file whole: at a clean close it writes the file's
identity (size, modification time, inode) to ``<file>.whole`` beside it. At the next
start, if the file still has exactly that identity and no unfinished ``-wal``, nobody
has written to it since (a stat, microseconds); otherwise (a crash, a copy, a restore,
someone else's bytes) the full ``quick_check`` runs first, on a read-only connection,
and a damaged file is refused before anything is written to it (a file found whole is
marked at once, so the full stack's open after the first paint does not read it again).

Stdlib only (``sqlite3``, ``json``): the window's fast start path uses it too. The
marker is JSON, compared as text first: a start need not import ``json`` to find its
file unchanged (≈ 2 ms of CPU to the first paint).
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

from medbetjening.storage.backups import connect_existing, damaged_message, quick_check
from medbetjening.storage.files import DamagedDatabaseError, sqlite_storage_error

MARKER_SUFFIX = ".whole"


def marker_path(path: Path) -> Path:
    return path.with_name(path.name + MARKER_SUFFIX)


def _identity(path: Path) -> dict[str, int] | None:
    """What changes whenever anything writes to the file; None if it has an unfinished
    write-ahead log (changes not yet in the file itself)."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None
    stat = path.stat()
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "inode": stat.st_ino}


def _marker_text(identity: dict[str, int]) -> str:
    """The marker's JSON text, as ``json.dumps`` writes it (keys in this order)."""
    return f'{{"size": {identity["size"]}, "mtime_ns": {identity["mtime_ns"]}, "inode": {identity["inode"]}}}'


def known_whole(path: Path) -> bool:
    """Is the file unchanged since the program last closed it whole?"""
    try:
        identity = _identity(path)
        text = marker_path(path).read_text(encoding="utf-8")
    except OSError:
        return False
    if identity is None:
        return False
    if text == _marker_text(identity):
        return True
    import json  # a marker written otherwise (spacing, key order): compare its values

    try:
        return json.loads(text) == identity
    except ValueError:
        return False


def mark_whole(path: Path) -> None:
    """At a clean close (all connections closed): the file is whole as it is now. A
    marker that cannot be written only costs a full check at the next start."""
    try:
        identity = _identity(path)
        if identity is None:
            return
        marker = marker_path(path)
        part = marker.with_name(marker.name + ".part")
        part.write_text(_marker_text(identity), encoding="utf-8")
        os.replace(part, marker)
    except OSError:
        pass


def require_whole(path: Path) -> None:
    """Refuse a damaged file (DamagedDatabaseError, the message ``db check`` gives) before
    anything writes to it; a missing file is left to the caller (nothing to check)."""
    if not path.exists() or known_whole(path):
        return
    try:
        with closing(connect_existing(path, read_only=True)) as connection:
            whole = quick_check(connection)
    except sqlite3.Error as error:
        raise sqlite_storage_error(path, error) from error
    if not whole:
        raise DamagedDatabaseError(damaged_message(path))
    mark_whole(path)  # whole as it is now: the full stack's open need not read it again

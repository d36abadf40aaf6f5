"""The schema revisions this program knows, read from the migration files (no Alembic,
no SQLAlchemy: the start-up check and the fast start use it)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from medbetjening.storage.files import StorageError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision, written down so that a start does not read and search every
# migration file to find it (≈ 3 ms of CPU to the first paint). A new migration
# changes it; tests/storage/test_revision_head.py compares it with the files.
HEAD_REVISION = "0015_errand_events"
_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)


@cache
def revision_graph() -> tuple[str, frozenset[str]]:
    """(head, all known revisions) from the ``revision``/``down_revision`` lines of the files."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        for name, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8")):
            ids = set(re.findall(r"[\"']([^\"']+)[\"']", value))
            (revisions if name == "revision" else parents).update(ids)
    heads = revisions - parents
    if len(heads) != 1:
        raise StorageError(f"Migrationerne har {len(heads)} hoveder: {sorted(heads)}")
    return heads.pop(), frozenset(revisions)


def head_revision() -> str:
    """The head the fast start compares a file's revision with (Alembic's path, in
    ``storage/migrate.py``, reads the files themselves)."""
    return HEAD_REVISION

"""The schema revisions this program knows, read from the migration files (no Alembic,
no SQLAlchemy: the start-up check and the fast start use it)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from medbetjening.storage.files import StorageError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
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
    return revision_graph()[0]

"""The head revision written in storage/revisions.py is the migration files' own head
(the fast start compares a file's revision with it, without reading the files)."""

from __future__ import annotations

from medbetjening.storage import revisions


def test_the_written_head_is_the_head_of_the_migration_files() -> None:
    head, _known = revisions.revision_graph()
    assert revisions.head_revision() == head, (
        f"a new migration: set HEAD_REVISION = {head!r} in medbetjening/storage/revisions.py"
    )

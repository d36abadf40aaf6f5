"""The start-up schema check reads revisions without Alembic, and agrees with Alembic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from medbetjening.services.database import open_database
from medbetjening.storage import migrate

ROOT = Path(__file__).resolve().parents[2]


def test_revisions_read_from_the_files_match_alembic() -> None:
    script = migrate.ScriptDirectory.from_config(migrate.alembic_config())
    head, known = migrate._revision_graph()
    assert head == script.get_current_head()
    assert known == {rev.revision for rev in script.walk_revisions()}


def test_opening_a_database_at_head_does_not_import_alembic(sqlite_url: str) -> None:
    open_database(sqlite_url).dispose()  # created at head (this one needs Alembic)
    probe = (
        "import sys\n"
        "from medbetjening.services.database import open_database\n"
        f"db = open_database({sqlite_url!r})\n"
        "assert db.upgrade_report.before == db.upgrade_report.after\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"

"""A plain start imports only what the main window needs (start-up time, issue 8).

Not a timing: a structural check, like the layer rules. Each module named here costs
tens of milliseconds at every start (benchmark: ``python -m tests.benchmarks --only
startup``) and is needed only by a later action. Import it where it is used instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOT_AT_STARTUP = (
    "alembic", "openpyxl", "icalendar", "yaml", "pydantic", "keyring", "sqlalchemy", "psycopg",
)  # fmt: skip

# The app's own modules a later action needs, not the first paint (each builds Qt
# classes and enums it does not show).
LATER_MODULES = (
    "medbetjening.ui.visit.visit_screen", "medbetjening.ui.visit.citizen_screen",
    "medbetjening.ui.shell.sign_in", "medbetjening.ui.shell.main_actions",
    "medbetjening.domain.vocabulary_terms",
)  # fmt: skip

PROBE = (
    f"LATER_MODULES = {LATER_MODULES!r}\n"
    + """
import sys
from medbetjening.cli import build_parser, wants_command
argv = ["--db", sys.argv[1], "--exit-after-startup"]
args = build_parser(wants_command(argv)).parse_args(argv)
from PySide6.QtWidgets import QApplication
app = QApplication([])
from medbetjening.services.container import Services
from medbetjening.settings import Settings
from medbetjening.ui.shell.main_window import MainWindow
from medbetjening.ui.shell.profiles import preselected_actor
services = Services.open(args.db)  # at head: SQLAlchemy only after the first paint
settings = Settings()
window = MainWindow(services, preselected_actor(services, settings), settings, menus_after_paint=True)
window.show()
app.processEvents()
assert window.today.model.rowCount() == 1
import PySide6.QtCore
# PySide builds all ≈ 100 enums of its Qt namespace at the first read of it (≈ 40 ms);
# the first paint needs none of them (ui/common/roles.py)
assert "Qt" not in PySide6.QtCore.__dict__, "the first paint built PySide's Qt enums"
# nor QIcon's (151 theme icons): the window icon is set after the paint (app.py), and
# actions are made as QAction(parent) (QAction(text, parent) rules a QIcon overload out)
import PySide6.QtGui
assert "QIcon" not in PySide6.QtGui.__dict__, "the first paint built QIcon's enums"
later = {m for m in sys.modules if m in LATER_MODULES}
assert not later, f"loaded before the first paint: {sorted(later)}"
print(" ".join(sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[2:]))))
window.finish_menus()  # the menus and their actions, right after the paint
assert window.new_visit_action.shortcuts()
services.warm_up()  # then the full stack, off the GUI thread
services.ready()
assert services.loaded and "sqlalchemy" in sys.modules
window.refresh_today()
assert window.today.model.rowCount() == 1
"""
)


@pytest.fixture
def database(any_db_url: str):  # type: ignore[no-untyped-def]
    """A SQLite file and a PostgreSQL server alike (storage/pg_reader.py)."""
    from medbetjening.services.database import open_database

    db = open_database(any_db_url)
    yield db
    db.dispose()


def test_a_plain_start_does_not_import_later_features(services, actor, settings) -> None:  # type: ignore[no-untyped-def]
    services.visits.start_visit(actor)
    from medbetjening.settings import LAST_STAFF_ID

    settings.set(LAST_STAFF_ID, actor.staff_id)
    services.database.dispose()
    done = subprocess.run(
        [sys.executable, "-c", PROBE, services.database.url, *NOT_AT_STARTUP],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "", f"imported at start-up: {done.stdout.strip()}"


def test_the_app_reports_the_window_then_loads_the_full_stack(services, actor, settings) -> None:  # type: ignore[no-untyped-def]
    """``--exit-after-startup``: the time to the window, then the warm-up's end."""
    services.visits.start_visit(actor)
    from medbetjening.settings import LAST_STAFF_ID

    settings.set(LAST_STAFF_ID, actor.staff_id)
    services.database.dispose()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "medbetjening",
            "--exit-after-startup",
            "--db",
            services.database.url,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = dict(line.split("=") for line in done.stdout.split())
    assert 0 < float(lines["startup_seconds"]) <= float(lines["full_stack_seconds"])

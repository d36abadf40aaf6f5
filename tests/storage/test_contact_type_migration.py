"""0004 derives every visit's contact type from its flows and marks the statistics."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from medbetjening.services.database import open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def test_upgrade_derives_types_from_flows_and_marks_days(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURES / "0003_statistics.sqlite", path)
    with closing(sqlite3.connect(path)) as raw:
        # visit 1: boligstøtte + Digital Post; 2: only Digital Post; 3: no flow;
        # 4: a municipality's own flow this revision cannot know (keeps its type).
        raw.execute(
            "INSERT INTO visit (id, site_id, staff_id, channel, contact_type, status, "
            "started_at, version) VALUES (4, 1, 1, 'counter', 'interaction', 'closed', "
            "'2026-01-09 10:00:00', 1)"
        )
        runs = [(1, "boligstoette"), (1, "digital-post"), (2, "digital-post"), (4, "egen-flow")]
        for number, (visit_id, flow_id) in enumerate(runs, start=10):
            raw.execute(
                "INSERT INTO flow_run (id, visit_id, flow_id, flow_title, status, current_step, "
                "started_at) VALUES (?, ?, ?, ?, 'completed', 0, '2026-01-05 10:00:00')",
                (number, visit_id, flow_id, flow_id),
            )
        raw.execute("UPDATE visit SET contact_type = 'information' WHERE id = 1")
        raw.commit()

    open_database(f"sqlite:///{path}").dispose()

    with closing(sqlite3.connect(path)) as raw:
        types = dict(raw.execute("SELECT id, contact_type FROM visit ORDER BY id"))
        dirty = {row[0] for row in raw.execute("SELECT day FROM stat_dirty_day")}
    assert types == {1: "transaction", 2: "interaction", 3: "information", 4: "interaction"}
    # visits 1, 2 and 3 changed (the fixture stored "transaction" for all three)
    assert dirty == {"2026-01-05", "2026-01-06", "2026-01-07"}

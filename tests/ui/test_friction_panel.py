"""The dashboard's friction list and the report saved from the window, in the background."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from medbetjening.ui.lead.dashboard import DashboardWindow
from tests.services.test_friction_service import DAY, history  # noqa: F401 (fixture)


@pytest.mark.usefixtures("history")
def test_the_list_shows_the_worst_steps_and_the_report_is_saved_off_the_gui_thread(
    qtbot, services, lead, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = DashboardWindow(services, lead)
    qtbot.addWidget(window)
    window.set_period(DAY.date().replace(day=1), DAY.date().replace(day=28))
    qtbot.mouseClick(window.refresh_button, Qt.MouseButton.LeftButton)
    panel = window.friction
    qtbot.waitUntil(lambda: panel.table.rowCount() == 3, timeout=20000)
    assert panel.table.item(0, 0).text().startswith("Digital Post")
    assert panel.table.item(0, 1).text().startswith("2. ")
    assert [panel.table.item(0, c).text() for c in (2, 3, 4)] == ["4", "2", "50\u00a0%"]
    assert panel.table.accessibleName() and panel.export_button.accessibleName()

    out = tmp_path / "friktion.csv"
    panel.write(out)
    assert not panel.progress.isHidden()  # shown (the window is not) while the task runs
    assert not panel.export_button.isEnabled()
    qtbot.waitUntil(lambda: panel.export_button.isEnabled(), timeout=20000)
    assert out.exists() and panel.progress.isHidden()
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][0].startswith("Friktion i selvbetjeningerne 01.03.2026–28.03.2026")
    assert {cell for row in rows[3:] for cell in row[8:] if row} <= {"<5", ""}
    assert "friktion.csv" in panel.note.text()

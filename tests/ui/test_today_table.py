"""Today's list measures one cell per column and two per row, and they are as big as
Qt's own measure of every cell (issue 22: a cheaper first paint; issue 13: 200 % text)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QTableView

from medbetjening.ui.common.appearance import apply_appearance
from medbetjening.ui.desk.today_screen import FLOWS_COLUMN, TodayScreen


@pytest.mark.parametrize("scale", [100, 200])
def test_widths_and_heights_cover_every_cell(qtbot, services, actor, scale) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    app = QApplication.instance()
    apply_appearance(app, scale, False)
    try:
        busy = services.visits.start_visit(actor)
        for flow in ("digital-post-fritagelse", "mitid-glemt-adgangskode", "flytning"):
            services.flows.start_run(actor, busy, flow)
        for _ in range(3):
            services.visits.start_visit(actor)
        at = dt.datetime.combine(dt.date.today(), dt.time(23, 30))
        services.appointments.add(actor, at, None, "Pas")  # its status is in italics
        screen = TodayScreen()
        qtbot.addWidget(screen)
        screen.resize(560, 600)  # narrow: the three flows wrap
        screen.set_rows(
            services.visits.todays_visits(actor), services.appointments.todays_appointments(actor)
        )
        screen.show()
        qtbot.waitExposed(screen)
        qtbot.wait(20)
        table = screen.table
        rows = screen.model.rowCount()
        assert rows == 5
        for column in range(screen.model.columnCount()):
            if column == FLOWS_COLUMN:
                continue
            ours = table.sizeHintForColumn(column)
            assert ours >= QTableView.sizeHintForColumn(table, column), column
            assert table.columnWidth(column) >= ours
        for row in range(rows):
            ours = table.sizeHintForRow(row)
            assert ours == QTableView.sizeHintForRow(table, row), row  # Qt measures all 6
            assert table.rowHeight(row) >= ours
        model = screen.model
        busy_row = [model.data(model.index(r, 0), model.VisitIdRole) for r in range(rows)].index(
            busy
        )
        plain = next(r for r in range(1, rows) if r != busy_row)  # a visit with no flow
        assert table.rowHeight(busy_row) > table.rowHeight(plain)  # its flows wrap
    finally:
        apply_appearance(app, 100, False)

"""A column of today's list grows when a longer text arrives: measured at its current,
narrow width with word wrap on, "Kode RXK-6UZ" came back as narrow as "Anonym" and the
list showed "Kode …" (and "Amira …" for a staff name) until the program restarted."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QTableView

from medbetjening.ui.common.appearance import apply_appearance
from medbetjening.ui.desk.today_screen import FLOWS_COLUMN, TodayScreen


def _rows(services, actor):  # type: ignore[no-untyped-def]
    return services.visits.todays_visits(actor), services.appointments.todays_appointments(actor)


@pytest.mark.parametrize("scale", [100, 200])
def test_a_longer_citizen_text_widens_its_column(qtbot, services, actor, scale) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    apply_appearance(app, scale, False)
    try:
        services.visits.start_visit(actor)  # "Anonym"
        screen = TodayScreen()
        qtbot.addWidget(screen)
        screen.resize(1100, 600)
        screen.set_rows(*_rows(services, actor))
        screen.show()
        qtbot.waitExposed(screen)
        qtbot.wait(20)
        visit = services.visits.start_visit(actor)
        citizen = services.citizens.create(actor)
        services.citizens.link_visit(actor, visit, citizen.id)
        screen.set_rows(*_rows(services, actor))
        qtbot.wait(20)
        table = screen.table
        for column in range(screen.model.columnCount()):
            if column == FLOWS_COLUMN:
                continue
            qt_measure = QTableView.sizeHintForColumn(table, column)
            assert table.columnWidth(column) >= qt_measure, column
    finally:
        apply_appearance(app, 100, False)

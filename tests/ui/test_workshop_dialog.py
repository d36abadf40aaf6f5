"""The workshop dialog (Besøg › Workshop …, Ctrl+Shift+W): recorded in the window, a
refused form keeps what was typed, a coded participant's tasks show the practice."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from medbetjening.services.statistics import StatisticsFilter
from medbetjening.ui.desk.history_screen import HistoryScreen
from medbetjening.ui.desk.workshop_dialog import WorkshopDialog
from medbetjening.ui.shell.main_window import MainWindow


def _check(dialog: WorkshopDialog, checklist, value) -> None:  # type: ignore[no-untyped-def]
    for row in range(checklist.count()):
        item = checklist.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == value:
            item.setCheckState(Qt.CheckState.Checked)


def test_the_window_records_a_workshop_by_keyboard(
    qtbot, main_window: MainWindow, services, actor, lead
) -> None:  # type: ignore[no-untyped-def]
    codes = [services.citizens.create(actor).citizen_code for _ in range(3)]
    qtbot.keyClick(
        main_window,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = main_window.counting_actions.workshop_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.counts["67-79"].setValue(4)
    dialog.counts["unknown"].setValue(1)
    dialog.codes.setPlainText(", ".join(codes))
    dialog.save_button.click()  # no topic yet: refused, nothing lost
    assert "Emner" in dialog.status.text()
    assert dialog.codes.toPlainText() == ", ".join(codes)

    _check(dialog, dialog.topics, "topic:email")
    dialog.save_button.click()
    assert "8 deltagere, heraf 3 med borgerkode" in dialog.status.text()
    assert dialog.codes.toPlainText() == "" and dialog.counts["67-79"].value() == 0

    today = dt.date.today()
    totals = services.statistics.dashboard(lead, StatisticsFilter(today, today)).workshops
    assert (totals.workshops, totals.participants) == (1, 8)

    citizen = services.citizens.find(actor, codes[0]).citizen
    screen = HistoryScreen(services, actor, citizen.id)
    qtbot.addWidget(screen)
    model = screen.tasks_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    cells = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    row = dict(zip(headers, cells, strict=True))
    assert row["Opgave"] == "E-mail" and row["Øvet i gruppe"] == "1 gang"
    assert row["Besøg"] == "0" and row["Status"] == "Lærer det"

"""Today's list shows booked appointments; Enter starts the visit; add and import from the window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QMessageBox

from medbetjening.ui.desk.appointment_dialog import AppointmentDialog, choose_and_import
from medbetjening.ui.desk.today_model import TodayVisitsModel

TODAY = dt.date.today()


def _at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(TODAY, dt.time(hour, minute))


def test_model_mixes_booked_appointments_and_visits(qtmodeltester, services, actor) -> None:  # type: ignore[no-untyped-def]
    late = services.appointments.add(actor, _at(13), None, "MitID")
    early = services.appointments.add(actor, _at(9, 30), _at(9, 45), "Pas")
    started = services.appointments.add(actor, _at(8), None, "Flytning")
    visit_id = services.appointments.start_visit(actor, started.id)
    model = TodayVisitsModel()
    model.set_rows(
        services.visits.todays_visits(actor), services.appointments.todays_appointments(actor)
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 3  # the started appointment shows as its visit
    cells = [[model.index(r, c).data() for c in range(4)] for r in range(3)]
    assert cells[0] == ["09.30–09.45", "Booket", "–", "Pas"]  # Danish times: 09.30
    assert cells[1][1:] == ["Booket", "–", "MitID"]
    assert cells[2][1] == "Åben"
    assert cells[2][0].endswith("(booket 08.00)")  # a booked visit, not a walk-in
    assert cells[2][3] == "Flytning"  # the booking's errand until a flow is started
    assert model.index(0, 0).data(TodayVisitsModel.AppointmentIdRole) == early.id
    assert model.index(1, 0).data(TodayVisitsModel.AppointmentIdRole) == late.id
    assert model.index(0, 0).data(TodayVisitsModel.VisitIdRole) is None
    assert model.index(2, 0).data(TodayVisitsModel.VisitIdRole) == visit_id
    walk_in = services.visits.start_visit(actor)
    model.set_rows(
        services.visits.todays_visits(actor), services.appointments.todays_appointments(actor)
    )
    qtmodeltester.check(model)
    walk_in_row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(TodayVisitsModel.VisitIdRole) == walk_in
    )
    assert "booket" not in model.index(walk_in_row, 0).data()


def test_enter_on_a_booked_time_starts_a_visit_linked_to_it(
    qtbot, main_window, services, actor
) -> None:  # type: ignore[no-untyped-def]
    booked = services.appointments.add(actor, _at(10), None, "Sundhedskort")
    main_window.show_today()
    table = main_window.today.table
    assert table.model().index(0, 1).data() == "Booket"
    qtbot.keyClick(table, Qt.Key.Key_Return)
    screen = main_window.visit_screen
    assert screen is not None and main_window.stack.currentWidget() is screen
    assert services.appointments.todays_appointments(actor)[0].id == booked.id
    assert services.appointments.todays_appointments(actor)[0].visit_id == screen.visit_id
    main_window.show_today()
    assert main_window.today.model.rowCount() == 1  # the booking became the visit
    assert main_window.today.model.index(0, 0).data(TodayVisitsModel.VisitIdRole) == screen.visit_id
    assert main_window.today.model.index(0, 1).data() == "Åben"


def test_add_appointment_dialog_saves_and_refuses_cpr(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    dialog = AppointmentDialog(services, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.time.setTime(QTime(14, 15))
    dialog.label.setText("fru Hansen 211062-5629")
    dialog._save()
    assert dialog.created is None and "CPR-nummer" in dialog.message.text()
    dialog.label.clear()
    qtbot.keyClicks(dialog.label, "Boligstøtte")
    qtbot.keyClick(dialog.label, Qt.Key.Key_Return)  # the default button saves
    assert dialog.created is not None
    rows = services.appointments.todays_appointments(actor)
    assert [(r.starts_at.time(), r.ends_at.time(), r.label) for r in rows] == [
        (dt.time(14, 15), dt.time(14, 30), "Boligstøtte")
    ]


def test_import_from_the_window_runs_off_thread_and_refreshes(
    qtbot, main_window, services, actor, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, title, text: shown.append((title, text))
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append((title, text)))
    path = tmp_path / "booking.csv"
    path.write_text(f"id;dato;tid;emne\n7;{TODAY:%d-%m-%Y};11:00;Pas\n", encoding="utf-8")
    task = choose_and_import(
        main_window, services, actor, lambda _r: main_window.refresh_today(), path
    )
    qtbot.waitUntil(lambda: not task.running)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[-1][0] == "Aftaler importeret" and "1 nye" in shown[-1][1]
    assert main_window.today.model.index(0, 3).data() == "Pas"

    broken = tmp_path / "broken.csv"
    broken.write_text("id;start\n1;forkert\n", encoding="utf-8")
    task = choose_and_import(main_window, services, actor, lambda _r: None, broken)
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert shown[-1][0] == "Filen blev ikke importeret" and "linje 2" in shown[-1][1]
    assert len(services.appointments.todays_appointments(actor)) == 1

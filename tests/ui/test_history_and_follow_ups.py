"""History and follow-up screens against a seeded database; their models pass qtmodeltester."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select

from medbetjening.storage.models import AuditEvent, FollowUp
from medbetjening.ui.desk.follow_up_screen import FollowUpDialog, FollowUpScreen
from medbetjening.ui.desk.history_screen import HistoryDialog, HistoryScreen
from medbetjening.ui.shell.main_window import MainWindow
from tests.tracking_seed import add_citizen, add_follow_up, add_visit, seed_history


def _cells(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_history_screen_shows_tasks_levels_and_visits(
    qtbot, qtmodeltester, services, actor
) -> None:  # type: ignore[no-untyped-def]
    citizen_id = seed_history(services, actor)
    dialog = HistoryDialog(services, actor, citizen_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    screen = dialog.screen_widget
    assert "Kode K7Q2" in screen.heading.text()
    assert "3 besøg" in screen.summary.text() and "1 af 2 opgaver" in screen.summary.text()
    assert "stigende" in screen.summary.text()
    assert _cells(screen.tasks_model, 0) == ["Digital post", "Mitid app pas"]
    assert _cells(screen.tasks_model, 1) == ["Selvhjulpen", "Lærer det"]
    assert _cells(screen.tasks_model, 2) == ["06.04.2026", "16.03.2026"]
    assert [point.level for point in screen.chart.points] == [0, 1, 2]
    assert "2 Selvhjulpen" in screen.chart.accessibleDescription()
    assert _cells(screen.visits_model, 0)[0] == "06.04.2026 10.00"  # newest first
    assert _cells(screen.visits_model, 5) == ["Gennemført", "Delvist gennemført", "Gennemført"]
    assert _cells(screen.visits_model, 7) == ["100\u00a0%", "75\u00a0%", "–"]
    assert screen.tasks_table.hasFocus()
    qtmodeltester.check(screen.tasks_model)
    qtmodeltester.check(screen.visits_model)
    with services.database.uow_factory() as uow:
        actions = list(uow.session.scalars(select(AuditEvent.action)))
    assert actions == ["citizen.history.read"]
    dialog.grab().save("/tmp/shots/issue5-history.png")


def test_ambassador_sees_task_status_only(qtbot, services, actor, ambassador) -> None:  # type: ignore[no-untyped-def]
    citizen_id = seed_history(services, actor)
    screen = HistoryScreen(services, ambassador, citizen_id)
    qtbot.addWidget(screen)
    screen.show()
    assert _cells(screen.tasks_model, 1) == ["Selvhjulpen", "Lærer det"]
    assert not screen.visits_table.isVisible() and not screen.chart.isVisible()
    assert screen.visits_model.rowCount() == 0
    assert "kun status pr. opgave" in screen.summary.text()
    assert "Kode K7Q2" in screen.heading.text() and "Borger nr." not in screen.heading.text()


def test_follow_up_list_marks_done_from_the_keyboard(qtbot, qtmodeltester, services, actor) -> None:  # type: ignore[no-untyped-def]
    citizen_id = add_citizen(services)
    visit_id = add_visit(
        services,
        actor,
        citizen_id=citizen_id,
        started_at=dt.datetime.now() - dt.timedelta(days=20),
        runs=[("flytning", "completed", ["staff", "citizen_guided"])],
    )
    today = dt.date.today()
    first = add_follow_up(services, visit_id, today - dt.timedelta(days=2))
    second = add_follow_up(services, visit_id, today, kind="call")
    add_follow_up(services, visit_id, today + dt.timedelta(days=3))
    dialog = FollowUpDialog(services, actor)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    screen = dialog.screen_widget
    qtmodeltester.check(screen.model)
    assert _cells(screen.model, 1) == ["Overskredet", "I dag"]
    assert _cells(screen.model, 5) == ["Flytning", "Flytning"]
    dialog.grab().save("/tmp/shots/issue5-follow-ups.png")
    assert services.tracking.task_statuses(actor, citizen_id)[0].status == "learning"

    qtbot.keyClick(screen.table, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Klarede det selv
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)  # a mnemonic clicks after a moment
    assert screen.model.row_at(0).id == second
    assert "Klarede det selv derhjemme" in screen.message.text()
    assert services.tracking.task_statuses(actor, citizen_id)[0].status == "self_sufficient"

    qtbot.keyClick(screen.table, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Ikke truffet
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0)
    assert screen.empty_label.isVisible()
    assert not screen.result_buttons[next(iter(screen.result_buttons))].isEnabled()
    for scope in ("week", "later"):  # in three days: this week or the next
        screen.filters.when.setCurrentIndex(screen.filters.when.findData(scope))
        if screen.model.rowCount():
            break
    assert _cells(screen.model, 1) == ["Kommende"]
    with services.database.uow_factory() as uow:
        results = dict(uow.session.execute(select(FollowUp.id, FollowUp.result)).all())
    assert results[first] == "managed_alone" and results[second] == "not_reached"


def test_main_window_ctrl_h_and_ctrl_u_open_history_and_follow_ups(
    qtbot, main_window: MainWindow, services, actor
) -> None:  # type: ignore[no-untyped-def]
    anonymous = add_visit(services, actor, started_at=dt.datetime.now())
    main_window.open_visit(anonymous)
    qtbot.keyClick(main_window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert "ikke knyttet til en borger" in main_window.statusBar().currentMessage()

    citizen_id = seed_history(services, actor)
    linked = add_visit(services, actor, citizen_id=citizen_id, started_at=dt.datetime.now())
    main_window.open_visit(linked)
    qtbot.keyClick(main_window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = main_window.history_dialog
    assert dialog.isVisible()
    assert dialog.screen_widget.citizen_id == citizen_id
    dialog.close()

    qtbot.keyClick(main_window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    follow_ups = main_window.follow_up_dialog
    assert follow_ups.isVisible()
    assert isinstance(follow_ups.screen_widget, FollowUpScreen)
    assert follow_ups.screen_widget.model.rowCount() == 1  # the seeded one is long overdue
    follow_ups.screen_widget.history_button.click()
    assert main_window.history_dialog.screen_widget.citizen_id == citizen_id
    menu_texts = [a.text() for a in main_window.visit_menu.actions()]
    assert {"Borgerens &historik …", "&Opfølgning …"} <= set(menu_texts)


def test_ambassadors_have_no_follow_up_list(qtbot, services, ambassador, settings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(services, ambassador, settings)
    qtbot.addWidget(window)
    assert not window.follow_ups_action.isEnabled()

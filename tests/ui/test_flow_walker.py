"""The flow walker driven by keys: marks land in the database at once; resume after a crash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from medbetjening.storage.models import FlowRun, StepRecord
from medbetjening.ui.visit.flow_walker import FlowWalker


def _records(services) -> list[tuple[str, int, str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    with services.database.uow_factory() as uow:
        rows = uow.session.execute(
            select(
                FlowRun.flow_id,
                StepRecord.step_index,
                StepRecord.step_id,
                StepRecord.actor,
                StepRecord.obstacle,
            )
            .join(FlowRun, FlowRun.id == StepRecord.flow_run_id)
            .order_by(FlowRun.id, StepRecord.step_index)
        ).all()
        return [tuple(row) for row in rows]


def _walker(qtbot, services, actor, visit_id: int) -> FlowWalker:  # type: ignore[no-untyped-def]
    walker = FlowWalker(services, actor, visit_id)
    qtbot.addWidget(walker)
    walker.resize(1200, 760)
    walker.show()
    qtbot.waitExposed(walker)
    return walker


def _start_by_typing(qtbot, walker: FlowWalker, text: str) -> None:  # type: ignore[no-untyped-def]
    walker.search.setFocus()
    qtbot.keyClicks(walker.search, text)
    qtbot.keyClick(walker.search, Qt.Key.Key_Return)


def test_type_enter_and_mark_steps_with_keys(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    walker = _walker(qtbot, services, actor, visit_id)
    _start_by_typing(qtbot, walker, "flytte")
    assert walker.run is not None and walker.run.flow_id == "flytning"
    assert walker.focusWidget() is walker.steps_list
    assert walker.step_heading.text() == "Trin 1 af 8"

    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_0, Qt.Key.Key_S):
        qtbot.keyClick(walker.steps_list, key)
    assert _records(services) == [
        ("flytning", 0, "aabn-borger-dk", "citizen_alone", None),
        ("flytning", 1, "log-ind", "citizen_guided", None),
        ("flytning", 2, "ny-adresse", "staff", None),
        ("flytning", 3, "dato", "skipped", None),
        ("flytning", 4, "hvem-flytter-med", "skipped", None),
    ]
    assert walker.step_heading.text() == "Trin 6 af 8"
    assert "Gemt: trin 5" in walker.feedback.text()


def test_digits_typed_in_the_search_box_are_text_not_marks(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    walker = _walker(qtbot, services, actor, visit_id)
    _start_by_typing(qtbot, walker, "pas")
    walker.search.setFocus()
    walker.search.clear()
    qtbot.keyClicks(walker.search, "1 2")
    assert walker.search.text() == "1 2"
    assert _records(services) == []


def test_obstacle_chooser_by_keyboard_then_pause(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    walker = _walker(qtbot, services, actor, visit_id)
    _start_by_typing(qtbot, walker, "nemid pas")
    assert walker.run is not None and walker.run.flow_id == "mitid-app-pas"
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_O)
    dialog = walker.obstacle_dialog
    assert dialog.isVisible() and dialog.focusWidget() is dialog.list
    qtbot.keyClick(dialog.list, Qt.Key.Key_2)  # missing document
    qtbot.keyClicks(dialog.note, "Pas udløbet")
    dialog.then.setCurrentIndex(1)  # pause
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert _records(services) == [
        ("mitid-app-pas", 0, "tjek-telefon-og-pas", None, "missing_document")
    ]
    run = services.flows.get_run(actor, walker.run.id)
    assert run.status.value == "paused" and run.marks[0].obstacle_note == "Pas udløbet"
    assert "Forhindring: Mangler et dokument (Pas udløbet)" in walker.mark_label.text()
    assert walker.current_citizen_line() == ""  # the citizen screen is cleared on pause


def test_several_flows_in_one_visit_and_resume_after_a_crash(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    walker = _walker(qtbot, services, actor, visit_id)
    _start_by_typing(qtbot, walker, "flyt")
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_1)
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_1)
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert walker.focusWidget() is walker.search
    walker.search.clear()
    _start_by_typing(qtbot, walker, "boligst")
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_3)
    assert walker.runs_list.count() == 2
    walker.close()
    walker.deleteLater()  # the "crash": nothing else was saved by hand

    again = _walker(qtbot, services, actor, visit_id)
    assert again.run is not None and again.run.flow_id == "boligstoette"
    assert again.step_heading.text() == "Trin 2 af 7"
    # open the paused flytning run from the visit's list and carry on where it was
    again.runs_list.setFocus()
    again.runs_list.setCurrentRow(0)
    qtbot.keyClick(again.runs_list, Qt.Key.Key_Return)
    assert again.run.flow_id == "flytning" and again.step_heading.text() == "Trin 3 af 8"
    qtbot.keyClick(again.steps_list, Qt.Key.Key_2)
    assert [r[:4] for r in _records(services)] == [
        ("flytning", 0, "aabn-borger-dk", "citizen_alone"),
        ("flytning", 1, "log-ind", "citizen_alone"),
        ("flytning", 2, "ny-adresse", "citizen_guided"),
        ("boligstoette", 0, "flytning-meldt", "staff"),
    ]


def test_choosing_an_earlier_step_re_marks_it_and_end_stops_the_run(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    walker = _walker(qtbot, services, actor, visit_id)
    _start_by_typing(qtbot, walker, "sundhedskort")
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_3)
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_Up)
    assert walker.step_heading.text() == "Trin 1 af 5"
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_1)
    assert _records(services) == [("sundhedskort", 0, "aabn-side", "citizen_alone", None)]
    assert walker.step_heading.text() == "Trin 2 af 5"
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    walker.end_confirm.button(walker.end_confirm.StandardButton.Yes).click()  # it asks first
    assert services.flows.get_run(actor, walker.run.id).status.value == "ended"
    assert not walker.actor_buttons["staff"].isEnabled()
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_1)  # nothing more is recorded
    assert len(_records(services)) == 1


def test_completing_a_flow(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    walker = _walker(qtbot, services, actor, visit_id)
    _start_by_typing(qtbot, walker, "pas ansøg")
    for _ in range(5):
        qtbot.keyClick(walker.steps_list, Qt.Key.Key_1)
    assert walker.run.status.value == "completed"
    assert "Forløbet er gennemført." in walker.feedback.text()
    assert walker.current_citizen_line() == "Færdig. Godt klaret!"


def test_escape_in_the_obstacle_chooser_saves_nothing(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    walker = _walker(qtbot, services, actor, visit_id)
    _start_by_typing(qtbot, walker, "digital post")
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_O)
    dialog = walker.obstacle_dialog
    qtbot.keyClick(dialog.list, Qt.Key.Key_3)
    assert dialog.obstacle.value == "system_down"
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert _records(services) == []
    assert walker.run is not None and walker.run.status.value == "active"

"""Issue 15 in the flow walker, through the real widgets: undo, a stop that asks and can be
taken back, the MitID guard, the citizen screen during MitID, and the route that drives
the visit (the recommended flow is one Enter away; a stopped flow offers its alternatives)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from medbetjening.domain.vocabulary import StaffBasis
from medbetjening.ui.visit.flow_walker import FlowWalker
from tests.ui.test_flow_walker import _records, _start_by_typing, _walker


def _varmetillaeg_at_login(qtbot, walker: FlowWalker) -> None:  # type: ignore[no-untyped-def]
    _start_by_typing(qtbot, walker, "varmetillæg")
    assert walker.run is not None and walker.run.flow_id == "varmetillaeg"
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_1)
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_1)
    assert walker.flow.steps[walker.step_index].id == "log-ind"  # type: ignore[union-attr]


def test_ctrl_z_undoes_the_last_mark_also_after_the_last_step(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    walker = _walker(qtbot, services, actor, visit_id)
    assert "↑/↓" in walker.correct_hint.text() and "Ctrl+Z" in walker.correct_hint.text()
    _start_by_typing(qtbot, walker, "sundhedskort")
    for _ in range(5):
        qtbot.keyClick(walker.steps_list, Qt.Key.Key_1)
    assert walker.run.status.value == "completed"
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert walker.run.status.value == "active"
    assert walker.step_heading.text() == "Trin 5 af 5"
    assert len(_records(services)) == 4
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_2)  # the right key this time
    assert _records(services)[-1][3] == "citizen_guided"
    assert walker.run.status.value == "completed"


def test_ctrl_e_asks_first_and_an_ended_flow_can_be_resumed(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    walker = _walker(qtbot, services, actor, visit_id)
    _start_by_typing(qtbot, walker, "sundhedskort")
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_1)
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    box = walker.end_confirm
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.No).click()
    assert services.flows.get_run(actor, walker.run.id).status.value == "active"

    qtbot.keyClick(walker.steps_list, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    walker.end_confirm.button(QMessageBox.StandardButton.Yes).click()
    assert services.flows.get_run(actor, walker.run.id).status.value == "ended"

    walker.runs_list.setFocus()
    walker.runs_list.setCurrentRow(0)
    qtbot.keyClick(walker.runs_list, Qt.Key.Key_Return)  # taken up again
    assert walker.run.status.value == "active" and walker.step_heading.text() == "Trin 2 af 5"
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_1)
    assert len(_records(services)) == 2


def test_staff_key_on_a_mitid_step_asks_the_basis(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    walker = _walker(qtbot, services, actor, visit_id)
    _varmetillaeg_at_login(qtbot, walker)

    qtbot.keyClick(walker.steps_list, Qt.Key.Key_3)
    dialog = walker.basis_dialog
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)  # no basis: nothing recorded
    assert len(_records(services)) == 2

    qtbot.keyClick(walker.steps_list, Qt.Key.Key_3)
    dialog = walker.basis_dialog
    dialog.list.setCurrentRow(2)
    assert dialog.basis == StaffBasis.CITIZEN_TYPED
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert _records(services)[-1][2:4] == ("log-ind", "staff")
    mark = walker.run.mark_for("log-ind")
    assert mark is not None and mark.staff_basis == StaffBasis.CITIZEN_TYPED


def test_the_recommended_route_is_one_enter_away(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    for item, value in {
        "mitid_login": 0,
        "stand_in": "yes",
        "wish": "maybe",
    }.items():
        services.assessment.record_answer(actor, visit_id, item, value)
    assert services.assessment.current(actor, visit_id).route == "power_of_attorney"
    walker = _walker(qtbot, services, actor, visit_id)
    assert walker.results.currentItem().data(Qt.ItemDataRole.UserRole) == "digital-fuldmagt"
    assert "Anbefalet" in walker.feedback.text()
    walker.search.setFocus()
    qtbot.keyClick(walker.search, Qt.Key.Key_Return)
    assert walker.run is not None and walker.run.flow_id == "digital-fuldmagt"


def test_a_stopped_flow_offers_its_alternative(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    walker = _walker(qtbot, services, actor, visit_id)
    _varmetillaeg_at_login(qtbot, walker)  # fru Hansen has no MitID: stop here
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    walker.end_confirm.button(QMessageBox.StandardButton.Yes).click()
    assert walker.results.currentItem().data(Qt.ItemDataRole.UserRole) == "digital-fuldmagt"
    assert "Alternativ" in walker.feedback.text()
    assert walker.focusWidget() is walker.results
    qtbot.keyClick(walker.results, Qt.Key.Key_Return)
    assert walker.run.flow_id == "digital-fuldmagt"


def test_the_basis_dialog_leaves_out_citizen_typed_when_the_citizen_has_no_mitid(
    qtbot, services, actor
) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    services.assessment.record_answer(actor, visit_id, "mitid", "none")
    walker = _walker(qtbot, services, actor, visit_id)
    _varmetillaeg_at_login(qtbot, walker)
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_3)
    dialog = walker.basis_dialog
    offered = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert offered == ["Digital fuldmagt til medarbejderen", "Værge"]
    assert not dialog.why_not_typed.isHidden()
    assert "ikke har MitID" in dialog.why_not_typed.text()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)


def test_the_basis_dialog_offers_citizen_typed_when_mitid_is_unknown(
    qtbot, services, actor
) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    services.assessment.record_answer(actor, visit_id, "mitid", "unknown")
    walker = _walker(qtbot, services, actor, visit_id)
    _varmetillaeg_at_login(qtbot, walker)
    qtbot.keyClick(walker.steps_list, Qt.Key.Key_3)
    dialog = walker.basis_dialog
    assert dialog.list.count() == 3 and dialog.why_not_typed.isHidden()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)

"""Two PCs on one visit: a change made from a screen that is behind is refused with the
Danish message, and the screen reads the visit again (no silent last-writer-wins)."""

from __future__ import annotations

from medbetjening.domain.vocabulary import StepActor
from medbetjening.services.concurrency import CONCURRENT_EDIT_MESSAGE
from medbetjening.ui.visit.assessment_panel import AssessmentPanel
from medbetjening.ui.visit.flow_walker import FlowWalker
from medbetjening.ui.visit.visit_screen import VisitScreen
from tests.ui.visit_tabs import select_panel


def _screen(qtbot, services, actor, visit_id: int) -> VisitScreen:  # type: ignore[no-untyped-def]
    screen = VisitScreen(services, actor, services.visits.get_visit(actor, visit_id))
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    return screen


def test_a_step_marked_on_another_pc_refuses_ours_and_reloads(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    services.flows.start_run(actor, visit_id, "pas")
    ours_screen = _screen(qtbot, services, actor, visit_id)  # kept: owns the panel
    ours = select_panel(ours_screen, FlowWalker)
    theirs_screen = _screen(qtbot, services, actor, visit_id)  # kept: owns the panel
    theirs = select_panel(theirs_screen, FlowWalker)
    assert ours.run is not None and theirs.run is not None

    theirs.mark(StepActor.CITIZEN_ALONE)  # the other PC saves first
    # (guided, not "staff did it": these are MitID and payment steps, which ask a basis)
    ours.mark(StepActor.CITIZEN_GUIDED)  # ours was loaded before that
    assert CONCURRENT_EDIT_MESSAGE in ours.feedback.text()
    [run] = services.flows.runs(actor, visit_id)
    assert [m.actor for m in run.marks] == [StepActor.CITIZEN_ALONE]  # theirs kept
    assert ours.run is not None and ours.run.marks == run.marks  # ours shows it now

    ours.mark(StepActor.CITIZEN_GUIDED)  # after the reload our change goes through
    [run] = services.flows.runs(actor, visit_id)
    assert [m.actor for m in run.marks] == [StepActor.CITIZEN_ALONE, StepActor.CITIZEN_GUIDED]


def test_an_answer_given_on_another_pc_refuses_ours_and_reloads(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    ours_screen = _screen(qtbot, services, actor, visit_id)  # kept: owns the panel
    ours = select_panel(ours_screen, AssessmentPanel)
    theirs_screen = _screen(qtbot, services, actor, visit_id)  # kept: owns the panel
    theirs = select_panel(theirs_screen, AssessmentPanel)
    item = services.assessment.instrument.item("devices")

    assert theirs.controller.record(item.id, "both")
    assert not ours.controller.record(item.id, "none")
    assert CONCURRENT_EDIT_MESSAGE in ours.message.text()
    assert services.assessment.current(actor, visit_id).answers == {item.id: "both"}
    assert ours.controller.answer(item.id) == "both"  # reloaded: shows what is saved
    assert ours.controller.record(item.id, "none")  # and now ours is saved
    assert services.assessment.current(actor, visit_id).answers == {item.id: "none"}


def test_closing_after_a_colleagues_step_mark_is_refused_and_the_form_reloads(
    qtbot, services, actor
) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.ui.visit.outcome_panel import OutcomePanel

    visit_id = services.visits.start_visit(actor)
    services.flows.start_run(actor, visit_id, "pas")
    ours_screen = _screen(qtbot, services, actor, visit_id)  # kept: owns the panel
    ours = select_panel(ours_screen, OutcomePanel)
    theirs_screen = _screen(qtbot, services, actor, visit_id)  # kept: owns the panel
    theirs = select_panel(theirs_screen, FlowWalker)
    loaded = ours._defaults.version

    ours.completion.setCurrentIndex(ours.completion.findData("completed"))
    theirs.mark(StepActor.CITIZEN_ALONE)  # after our close form was loaded
    ours.close_visit()
    assert CONCURRENT_EDIT_MESSAGE in ours.error_label.text()
    assert services.visits.get_visit(actor, visit_id).status == "open"
    assert ours._defaults.version > loaded  # the form read the visit again
    ours.close_visit()  # and now closes it, with the colleague's mark in its suggestion
    assert services.visits.get_visit(actor, visit_id).status == "closed"

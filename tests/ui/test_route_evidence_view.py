"""The evidence beside the route on the assessment tab, through the real widgets."""

from __future__ import annotations

from medbetjening.ui.visit.assessment_panel import AssessmentPanel
from tests.evidence_seed import seed_known_history
from tests.services.test_assessment_service import LEVEL_1, answer_all


def _panel(qtbot, services, actor) -> AssessmentPanel:  # type: ignore[no-untyped-def]
    with services.database.uow_factory() as uow:
        seed_known_history(uow.session, actor.site_id, actor.staff_id)
        uow.commit()
    services.statistics.rebuild(None)
    visit_id = services.visits.start_visit(actor)
    answer_all(services, actor, visit_id, LEVEL_1)
    panel = AssessmentPanel(services, actor, visit_id)
    qtbot.addWidget(panel)
    panel.resize(1200, 820)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _choose(panel: AssessmentPanel, flow_id: str) -> str:
    box = panel.evidence
    box.errand.setCurrentIndex(box.errand.findData(flow_id))
    return box.text.text()


def test_the_figure_beside_the_route_with_its_interval(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, services, actor)
    state = panel.controller.state
    assert state.level == 1 and state.route == "medbetjening"
    assert "Vælg ærindet" in panel.evidence.text.text()
    text = _choose(panel, "boligstoette")
    assert (
        "Af 25 borgere på niveau 1 med vejen »Medbetjening – borgeren ved tastaturet« til "
        "Boligstøtte – søg klarede 72\u00a0% den selv næste gang (inden for 12 måneder) – "
        "sandsynligvis mellem 52\u00a0% og 86\u00a0%." in text
    )
    assert "De, der nåede dertil, brugte i snit 1,2 besøg med ærindet." in text
    assert "5 uden nyt inden for 12 måneder er ikke talt med." in text
    # the alternative route's figure is hidden below the minimum count
    assert "»Medarbejderen betjener«: for få tilfælde (10 borgere på niveau 1" in text
    assert "ikke at vejen var årsagen" in text
    assert "sjældent" in text  # boligstøtte comes rarely: said on screen


def test_a_once_in_a_lifetime_errand_is_not_taught(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot, services, actor)
    text = _choose(panel, "folkepension")
    assert "én gang i livet" in text
    assert "<b>Vej for dette ærinde:</b> Medarbejderen betjener." in text
    assert "sjældent umagen værd" in text
    # no one like this citizen yet: too few cases, no share
    assert "for få tilfælde (0 borgere på niveau 1" in text
    assert panel.evidence.errand.accessibleName() == "Ærinde"

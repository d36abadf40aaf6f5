"""Issue 15 at the close form, through the real widgets: asked (not forced) to rate the
observed items the errand showed, filled from the step marks; a visit that recorded
nothing can be cancelled and is out of the statistics."""

from __future__ import annotations

from sqlalchemy import select

from medbetjening.domain.vocabulary import StepActor
from medbetjening.storage.models import AuditEvent, Visit
from medbetjening.ui.visit.outcome_panel import OutcomePanel

KENNI_ASKED = {
    "devices": "both",
    "mitid": "app",
    "reads_danish": "good",
    "equipped": 2,
    "install_app": 2,
    "phishing": 2,
    "when_stuck": 1,
    "wish": "yes",
    "stand_in": "no",
}


def _panel(qtbot, services, actor, visit_id: int) -> OutcomePanel:  # type: ignore[no-untyped-def]
    panel = OutcomePanel(services, actor, visit_id, None)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_kenni_is_asked_to_rate_what_the_errand_showed_and_can_fill_it(
    qtbot, services, actor
) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    for item, value in KENNI_ASKED.items():
        services.assessment.record_answer(actor, visit_id, item, value)
    run = services.flows.start_run(actor, visit_id, "boligstoette")
    while run.status.value != "completed":  # every step alone, the MitID log-on too
        run = services.flows.mark_step(actor, run.id, StepActor.CITIZEN_ALONE)
    assert services.assessment.current(actor, visit_id).level is None  # not settled yet

    panel = _panel(qtbot, services, actor, visit_id)
    checks = panel.checks
    assert checks.isVisible() and "Før du lukker" in checks.observed.text()
    assert "Logger på med MitID" in checks.observed.text()
    assert checks.fill.isVisible() and not checks.cancel.isVisible()
    checks.fill.click()
    state = services.assessment.current(actor, visit_id)
    assert {k: state.answers[k] for k in ("mitid_login", "self_service")} == {
        "mitid_login": 2,
        "self_service": 2,
    }
    # Digital Post was not part of the errand: still open, still only asked about
    assert "digital_post" not in state.answers
    assert "Finder og forstår et brev i Digital Post" in checks.observed.text()
    assert state.level is None  # not forced: the clerk may close with the range


def test_an_empty_visit_offers_cancel_and_is_kept_out_of_the_statistics(
    qtbot, services, actor
) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    panel = _panel(qtbot, services, actor, visit_id)
    assert panel.checks.cancel.isVisible()
    panel.close_visit()  # the defaults say "completed": refused for an empty visit
    assert "ikke registreret noget" in panel.error_label.text()
    panel.checks.cancel.click()
    assert "annulleret" in panel.done_label.text()
    with services.database.uow_factory() as uow:
        assert uow.session.get(Visit, visit_id).status == "cancelled"
        assert uow.session.scalars(
            select(AuditEvent.action).where(AuditEvent.action == "visit.cancelled")
        ).all() == ["visit.cancelled"]
    assert visit_id not in [v.id for v in services.visits.open_visits(actor)]

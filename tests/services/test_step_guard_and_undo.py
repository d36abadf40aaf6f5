"""Issue 15: the MitID guard, undo of the last step mark, and resuming an ended flow."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from medbetjening.domain.vocabulary import FlowRunStatus, Role, StaffBasis, StepActor
from medbetjening.reports.export_jobs import case_note_text
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.database import open_database
from medbetjening.services.errors import InvalidInput
from medbetjening.storage.models import AuditEvent, StepRecord
from tests.seed import add_site, add_staff


@pytest.fixture
def svc(any_db_url):  # type: ignore[no-untyped-def]
    db = open_database(any_db_url)
    services = Services(db)
    site = add_site(services, "Borgerservice")
    staff = add_staff(services, "Sanne", site.id)
    yield services, ActorContext(staff.id, site.id, Role.STAFF, "Sanne")
    db.dispose()


def _audits(services, action: str) -> list[str]:  # type: ignore[no-untyped-def]
    with services.database.uow_factory() as uow:
        return [
            e.detail or ""
            for e in uow.session.scalars(select(AuditEvent).where(AuditEvent.action == action))
        ]


def test_staff_did_it_on_a_mitid_step_without_a_basis_is_refused_and_audited(svc) -> None:  # type: ignore[no-untyped-def]
    services, actor = svc
    visit_id = services.visits.start_visit(actor)
    run = services.flows.start_run(actor, visit_id, "pas")  # step 1 is MitID, step 2 payment
    with pytest.raises(InvalidInput, match="Trin 1 er et MitID- eller betalingstrin"):
        services.flows.mark_step(actor, run.id, StepActor.STAFF, expected_version=run.visit_version)
    after = services.flows.get_run(actor, run.id)
    assert after.mark_for("ansoeg-online") is None
    assert after.visit_version == run.visit_version  # refused: the screen's version still holds
    assert _audits(services, "step.staff_refused") == ["pas/ansoeg-online: mitid uden grundlag"]
    services.flows.mark_step(actor, run.id, StepActor.CITIZEN_ALONE)
    with pytest.raises(InvalidInput, match="Trin 2"):
        services.flows.mark_step(actor, run.id, StepActor.STAFF)  # the payment step too
    # a step that is neither MitID nor payment needs no basis
    services.flows.mark_step(actor, run.id, StepActor.STAFF, step_index=2)


def test_with_a_basis_it_is_stored_and_shown_in_the_case_note(svc) -> None:  # type: ignore[no-untyped-def]
    services, actor = svc
    visit_id = services.visits.start_visit(actor)
    run = services.flows.start_run(actor, visit_id, "pas")
    run = services.flows.mark_step(
        actor, run.id, StepActor.STAFF, basis=StaffBasis.DIGITAL_POWER_OF_ATTORNEY
    )
    mark = run.mark_for("ansoeg-online")
    assert mark is not None and mark.staff_basis == StaffBasis.DIGITAL_POWER_OF_ATTORNEY
    # a citizen mark carries no basis, even if one is passed by mistake
    run = services.flows.mark_step(
        actor, run.id, StepActor.CITIZEN_ALONE, basis=StaffBasis.GUARDIAN
    )
    assert run.mark_for("betal").staff_basis is None  # type: ignore[union-attr]
    note = case_note_text(services.exports, actor, visit_id)
    assert "MitID/betaling udført af medarbejderen (Pas" in note
    assert "trin ansoeg-online): digital fuldmagt" in note


def test_ctrl_z_undoes_the_last_mark_also_after_the_last_step(svc) -> None:  # type: ignore[no-untyped-def]
    services, actor = svc
    visit_id = services.visits.start_visit(actor)
    run = services.flows.start_run(actor, visit_id, "flytning")
    with pytest.raises(InvalidInput, match="intet trin at fortryde"):
        services.flows.undo_last_mark(actor, run.id)
    for _ in range(run.step_count):
        run = services.flows.mark_step(actor, run.id, StepActor.CITIZEN_ALONE)
    assert run.status == FlowRunStatus.COMPLETED
    last_step = run.marks[-1].step_id
    run = services.flows.undo_last_mark(actor, run.id)
    assert run.status == FlowRunStatus.ACTIVE and run.ended_at is None
    assert run.current_step == run.step_count - 1 and run.mark_for(last_step) is None
    run = services.flows.mark_step(actor, run.id, StepActor.CITIZEN_GUIDED)
    assert run.status == FlowRunStatus.COMPLETED
    assert run.mark_for(last_step).actor == StepActor.CITIZEN_GUIDED  # type: ignore[union-attr]
    with services.database.uow_factory() as uow:
        assert len(uow.session.scalars(select(StepRecord)).all()) == run.step_count

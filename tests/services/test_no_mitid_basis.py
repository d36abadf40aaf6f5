"""A citizen the assessment says has no MitID cannot have typed their MitID: the service
refuses that basis on a MitID step (audited) and does not offer it; "Ved ikke" keeps it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from medbetjening.domain.vocabulary import StaffBasis, StepActor
from medbetjening.services.errors import InvalidInput
from medbetjening.storage.models import AuditEvent


def _pas_run(services, actor, mitid: str | None):  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    if mitid is not None:
        services.assessment.record_answer(actor, visit_id, "mitid", mitid)
    return services.flows.start_run(actor, visit_id, "pas")  # step 1 MitID, step 2 payment


def test_citizen_typed_is_refused_on_a_mitid_step_for_a_citizen_without_mitid(world) -> None:  # type: ignore[no-untyped-def]
    services, actor = world
    run = _pas_run(services, actor, "none")
    with pytest.raises(InvalidInput, match="Trin 1 er et MitID-trin.*ikke har MitID"):
        services.flows.mark_step(actor, run.id, StepActor.STAFF, basis=StaffBasis.CITIZEN_TYPED)
    after = services.flows.get_run(actor, run.id)
    assert after.mark_for("ansoeg-online") is None
    assert after.visit_version == run.visit_version
    with services.database.uow_factory() as uow:
        details = list(
            uow.session.scalars(
                select(AuditEvent.detail).where(AuditEvent.action == "step.staff_refused")
            )
        )
    assert details == ["pas/ansoeg-online: borgeren tastede, men intet MitID"]
    assert services.flows.staff_bases(actor, run.id, 0) == (
        StaffBasis.DIGITAL_POWER_OF_ATTORNEY,
        StaffBasis.GUARDIAN,
    )
    # another basis is still recorded
    run = services.flows.mark_step(actor, run.id, StepActor.STAFF, basis=StaffBasis.GUARDIAN)
    # a payment step is the citizen's card, not MitID: typing it stays possible
    assert StaffBasis.CITIZEN_TYPED in services.flows.staff_bases(actor, run.id, 1)
    run = services.flows.mark_step(actor, run.id, StepActor.STAFF, basis=StaffBasis.CITIZEN_TYPED)
    assert run.mark_for("betal").staff_basis == StaffBasis.CITIZEN_TYPED  # type: ignore[union-attr]


@pytest.mark.parametrize("mitid", [None, "unknown", "app", "not_working"])
def test_unknown_or_a_mitid_keeps_the_choice(world, mitid) -> None:  # type: ignore[no-untyped-def]
    services, actor = world
    run = _pas_run(services, actor, mitid)
    assert StaffBasis.CITIZEN_TYPED in services.flows.staff_bases(actor, run.id, 0)
    run = services.flows.mark_step(actor, run.id, StepActor.STAFF, basis=StaffBasis.CITIZEN_TYPED)
    assert run.mark_for("ansoeg-online").staff_basis == StaffBasis.CITIZEN_TYPED  # type: ignore[union-attr]


def test_in_the_mitid_errand_the_citizen_types_the_new_mitid(world) -> None:  # type: ignore[no-untyped-def]
    services, actor = world
    visit_id = services.visits.start_visit(actor)
    services.assessment.record_answer(actor, visit_id, "mitid", "none")
    run = services.flows.start_run(actor, visit_id, "mitid-borgerservice")
    index = next(
        i
        for i, s in enumerate(services.flows.get_flow(run.flow_id).steps)
        if s.kind.value == "mitid"
    )
    assert StaffBasis.CITIZEN_TYPED in services.flows.staff_bases(actor, run.id, index)
    services.flows.mark_step(
        actor, run.id, StepActor.STAFF, step_index=index, basis=StaffBasis.CITIZEN_TYPED
    )

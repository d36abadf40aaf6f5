"""Issue 15: the close form tells the truth. Autonomy follows completion too; a visit with
nothing recorded cannot close as completed and can be cancelled; an alternative route
is 'another route chosen' in the citizen's tasks, not 'learning'."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from medbetjening.domain.self_sufficiency import ALTERNATIVE_ROUTE_FLOWS
from medbetjening.domain.vocabulary import (
    Autonomy,
    Completion,
    FlowRunStatus,
    Role,
    StepActor,
    VisitStatus,
)
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.database import open_database
from medbetjening.services.errors import InvalidInput
from medbetjening.services.outcome import CloseRequest
from medbetjening.storage.models import AuditEvent, Visit
from tests.seed import add_site, add_staff
from tests.services.test_assessment_service import new_citizen


@pytest.fixture
def svc(any_db_url):  # type: ignore[no-untyped-def]
    db = open_database(any_db_url)
    services = Services(db)
    site = add_site(services, "Borgerservice")
    staff = add_staff(services, "Sanne", site.id)
    yield services, ActorContext(staff.id, site.id, Role.STAFF, "Sanne")
    db.dispose()


def _close(services, actor, visit_id, completion=Completion.COMPLETED, note=""):  # type: ignore[no-untyped-def]
    defaults = services.outcome.defaults(actor, visit_id)
    return services.outcome.close_visit(
        actor,
        visit_id,
        CloseRequest(
            completion=completion,
            autonomy=defaults.autonomy,
            duration_minutes=10,
            expected_version=defaults.version,
            note=note,
        ),
    )


def test_one_step_alone_and_a_stopped_flow_is_not_suggested_as_alone(svc) -> None:  # type: ignore[no-untyped-def]
    services, actor = svc
    visit_id = services.visits.start_visit(actor)
    run = services.flows.start_run(actor, visit_id, "flytning")
    services.flows.mark_step(actor, run.id, StepActor.CITIZEN_ALONE)
    services.flows.end(actor, run.id)
    defaults = services.outcome.defaults(actor, visit_id)
    assert defaults.completion == Completion.PARTLY
    assert defaults.derived_autonomy == Autonomy.AUTONOMOUS_WITH_HELP  # not "Helt selv"


def test_a_completed_flow_done_alone_is_suggested_as_alone(svc) -> None:  # type: ignore[no-untyped-def]
    services, actor = svc
    visit_id = services.visits.start_visit(actor)
    run = services.flows.start_run(actor, visit_id, "flytning")
    for _ in range(run.step_count):
        services.flows.mark_step(actor, run.id, StepActor.CITIZEN_ALONE)
    assert services.outcome.defaults(actor, visit_id).derived_autonomy == Autonomy.AUTONOMOUS


def test_nothing_recorded_cannot_close_as_completed_but_can_be_cancelled(svc) -> None:  # type: ignore[no-untyped-def]
    services, actor = svc
    visit_id = services.visits.start_visit(actor)
    with pytest.raises(InvalidInput, match="ikke registreret noget"):
        _close(services, actor, visit_id)
    services.visit_cancel.cancel(actor, visit_id, "Startet ved en fejl")
    with services.database.uow_factory() as uow:
        assert uow.session.get(Visit, visit_id).status == VisitStatus.CANCELLED.value
        events = uow.session.scalars(
            select(AuditEvent).where(AuditEvent.action == "visit.cancelled")
        ).all()
    assert [(e.target_id, e.detail) for e in events] == [(visit_id, "Startet ved en fejl")]
    with pytest.raises(InvalidInput, match="ikke åbent"):
        services.visit_cancel.cancel(actor, visit_id)
    with pytest.raises(InvalidInput):
        _close(services, actor, visit_id, note="for sent")
    assert visit_id not in [row.id for row in services.visits.open_visits(actor)]


def test_a_conversation_with_a_note_may_close_as_completed(svc) -> None:  # type: ignore[no-untyped-def]
    services, actor = svc
    visit_id = services.visits.start_visit(actor)
    _close(services, actor, visit_id, note="Talte om fritagelse; borgeren tænker over det")


def test_a_visit_with_a_flow_cannot_be_cancelled(svc) -> None:  # type: ignore[no-untyped-def]
    services, actor = svc
    visit_id = services.visits.start_visit(actor)
    services.flows.start_run(actor, visit_id, "flytning")
    with pytest.raises(InvalidInput, match="kan ikke annulleres"):
        services.visit_cancel.cancel(actor, visit_id)


def test_an_exemption_is_another_route_chosen_not_learning(svc) -> None:  # type: ignore[no-untyped-def]
    services, actor = svc
    citizen = new_citizen(services)
    visit_id = services.visits.start_visit(actor)
    with services.database.uow_factory() as uow:
        uow.session.get(Visit, visit_id).citizen_id = citizen
        uow.commit()
    run = services.flows.start_run(actor, visit_id, "digital-post-fritagelse")
    while run.status != FlowRunStatus.COMPLETED:
        run = services.flows.mark_step(actor, run.id, StepActor.CITIZEN_GUIDED)
    statuses = {t.flow_id: t.status for t in services.tracking.task_statuses(actor, citizen)}
    assert statuses == {"digital-post-fritagelse": "another_route"}


def test_the_alternative_flows_are_the_instruments_alternative_routes(svc) -> None:  # type: ignore[no-untyped-def]
    services, _ = svc
    instrument = services.assessment.instrument
    flows = {r.flow for r in instrument.routes if r.kind.value == "alternative" and r.flow}
    assert flows == ALTERNATIVE_ROUTE_FLOWS

"""FlowService on SQLite and PostgreSQL: runs, marks saved at once, obstacles, pause/end."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from medbetjening.content.flows import builtin_flows_dir
from medbetjening.domain.vocabulary import FlowRunStatus, Obstacle, Role, StaffBasis, StepActor
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.database import open_database
from medbetjening.services.errors import InvalidInput, NotFound, PermissionDenied
from medbetjening.storage.models import FlowRun, StepRecord, Visit
from tests.seed import add_site, add_staff


@pytest.fixture
def svc(any_db_url):  # type: ignore[no-untyped-def]
    db = open_database(any_db_url)
    services = Services(db)
    site = add_site(services, "Borgerservice")
    staff = add_staff(services, "Sanne", site.id)
    actor = ActorContext(staff.id, site.id, Role.STAFF, "Sanne")
    yield services, actor
    db.dispose()


def _records(services):  # type: ignore[no-untyped-def]
    with services.database.uow_factory() as uow:
        return [
            (r.step_index, r.step_id, r.actor, r.obstacle)
            for r in uow.session.scalars(select(StepRecord).order_by(StepRecord.step_index))
        ]


def test_list_and_search_flows(svc) -> None:  # type: ignore[no-untyped-def]
    services, _ = svc
    assert len(services.flows.flows()) == len(list(builtin_flows_dir().glob("*.yaml")))
    assert services.flows.problems == []
    assert services.flows.search("flytte")[0].id == "flytning"
    assert services.flows.search("NemID")[0].id.startswith("mitid")
    with pytest.raises(NotFound):
        services.flows.get_flow("findes-ikke")


def test_marks_are_saved_at_once_and_the_current_step_moves_on(svc) -> None:  # type: ignore[no-untyped-def]
    services, actor = svc
    visit_id = services.visits.start_visit(actor)
    run = services.flows.start_run(actor, visit_id, "sundhedskort")
    assert (run.status, run.current_step, run.step_count) == (FlowRunStatus.ACTIVE, 0, 5)
    run = services.flows.mark_step(actor, run.id, StepActor.CITIZEN_ALONE)
    assert run.current_step == 1
    assert _records(services) == [(0, "aabn-side", "citizen_alone", None)]
    services.flows.mark_step(actor, run.id, StepActor.CITIZEN_GUIDED)
    run = services.flows.mark_step(actor, run.id, StepActor.STAFF)
    assert run.current_step == 3
    # a fresh service (a restart) sees the same run at the same step
    again = Services(services.database).flows.runs(actor, visit_id)
    assert [(r.flow_id, r.current_step, len(r.marks)) for r in again] == [("sundhedskort", 3, 3)]
    services.flows.mark_step(actor, run.id, StepActor.SKIPPED)
    run = services.flows.mark_step(actor, run.id, StepActor.CITIZEN_ALONE)
    assert run.status == FlowRunStatus.COMPLETED and run.ended_at is not None
    assert [m.actor for m in run.marks] == [
        StepActor.CITIZEN_ALONE,
        StepActor.CITIZEN_GUIDED,
        StepActor.STAFF,
        StepActor.SKIPPED,
        StepActor.CITIZEN_ALONE,
    ]


def test_re_marking_an_earlier_step_updates_it_and_returns_to_the_first_open_step(svc) -> None:  # type: ignore[no-untyped-def]
    services, actor = svc
    visit_id = services.visits.start_visit(actor)
    run = services.flows.start_run(actor, visit_id, "pas")  # MitID, then payment: a basis
    services.flows.mark_step(actor, run.id, StepActor.STAFF, basis=StaffBasis.GUARDIAN)
    services.flows.mark_step(actor, run.id, StepActor.STAFF, basis=StaffBasis.GUARDIAN)
    run = services.flows.mark_step(actor, run.id, StepActor.CITIZEN_ALONE, step_index=0)
    assert run.current_step == 2
    assert [(m.step_index, m.actor) for m in run.marks] == [
        (0, StepActor.CITIZEN_ALONE),
        (1, StepActor.STAFF),
    ]


def test_obstacle_with_note_then_pause_resume_and_end(svc) -> None:  # type: ignore[no-untyped-def]
    services, actor = svc
    visit_id = services.visits.start_visit(actor)
    run = services.flows.start_run(actor, visit_id, "flytning")
    services.flows.mark_step(actor, run.id, StepActor.CITIZEN_GUIDED)
    run = services.flows.mark_obstacle(actor, run.id, Obstacle.NO_MITID, "  Glemt kode  ")
    assert run.current_step == 1
    mark = run.mark_for("log-ind")
    assert mark is not None and (mark.actor, mark.obstacle, mark.obstacle_note) == (
        None,
        Obstacle.NO_MITID,
        "Glemt kode",
    )
    assert services.flows.pause(actor, run.id).status == FlowRunStatus.PAUSED
    assert services.flows.resume(actor, run.id).status == FlowRunStatus.ACTIVE
    ended = services.flows.end(actor, run.id)
    assert ended.status == FlowRunStatus.ENDED and ended.ended_at is not None
    with pytest.raises(InvalidInput):
        services.flows.pause(actor, run.id)
    resumed = services.flows.resume(actor, run.id)  # ended by mistake: taken up again
    assert resumed.status == FlowRunStatus.ACTIVE and resumed.ended_at is None
    cleared = services.flows.clear_obstacle(actor, run.id, 1)
    assert cleared.mark_for("log-ind") is None


def test_note_that_looks_like_a_cpr_number_is_refused(svc) -> None:  # type: ignore[no-untyped-def]
    services, actor = svc
    visit_id = services.visits.start_visit(actor)
    run = services.flows.start_run(actor, visit_id, "flytning")
    with pytest.raises(InvalidInput, match="CPR"):
        services.flows.mark_obstacle(actor, run.id, Obstacle.OTHER, "cpr 010203-1234")
    assert _records(services) == []


def test_several_flows_in_one_visit_only_one_active(svc) -> None:  # type: ignore[no-untyped-def]
    services, actor = svc
    visit_id = services.visits.start_visit(actor)
    first = services.flows.start_run(actor, visit_id, "flytning")
    second = services.flows.start_run(actor, visit_id, "boligstoette")
    runs = services.flows.runs(actor, visit_id)
    assert [(r.flow_id, r.status) for r in runs] == [
        ("flytning", FlowRunStatus.PAUSED),
        ("boligstoette", FlowRunStatus.ACTIVE),
    ]
    # starting the same flow again resumes the unfinished run instead of a duplicate
    again = services.flows.start_run(actor, visit_id, "flytning")
    assert again.id == first.id and again.status == FlowRunStatus.ACTIVE
    assert services.flows.get_run(actor, second.id).status == FlowRunStatus.PAUSED
    assert (
        services.visits.get_visit(actor, visit_id).flows
        == "Flytning – anmeld ny adresse, Boligstøtte – søg"
    )


def test_closed_visit_and_other_peoples_visits_are_refused(svc) -> None:  # type: ignore[no-untyped-def]
    services, actor = svc
    visit_id = services.visits.start_visit(actor)
    run = services.flows.start_run(actor, visit_id, "pas")
    volunteer_staff = add_staff(services, "Frivillig", actor.site_id, Role.AMBASSADOR)
    volunteer = ActorContext(volunteer_staff.id, actor.site_id, Role.AMBASSADOR)
    with pytest.raises(PermissionDenied):
        services.flows.mark_step(volunteer, run.id, StepActor.STAFF)
    other_site = add_site(services, "Biblioteket")
    stranger = ActorContext(actor.staff_id, other_site.id, Role.STAFF)
    with pytest.raises(PermissionDenied):
        services.flows.runs(stranger, visit_id)
    with services.database.uow_factory() as uow:
        uow.session.get(Visit, visit_id).status = "closed"
        uow.commit()
    with pytest.raises(InvalidInput):
        services.flows.mark_step(actor, run.id, StepActor.STAFF)
    with pytest.raises(InvalidInput):
        services.flows.start_run(actor, visit_id, "flytning")
    with pytest.raises(NotFound):
        services.flows.get_run(actor, 9999)
    with services.database.uow_factory() as uow:
        assert uow.session.scalar(select(FlowRun.status)) == "active"


def test_the_container_uses_the_municipality_folder_from_the_settings(database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from medbetjening.composition import service_config
    from medbetjening.settings import EXTRA_FLOWS_DIR, Settings

    text = (builtin_flows_dir() / "pas.yaml").read_text(encoding="utf-8")
    (tmp_path / "pas.yaml").write_text(text.replace("Pas – ansøg om nyt pas", "Vores pas"), "utf-8")
    Settings().set(EXTRA_FLOWS_DIR, str(tmp_path))
    assert Services(database).flows.get_flow("pas").title.da != "Vores pas"  # handed in, not read
    flows = Services(database, service_config(Settings())).flows
    assert flows.get_flow("pas").title.da == "Vores pas"
    assert len(flows.flows()) == len(list(builtin_flows_dir().glob("*.yaml")))

"""PostgreSQL under load (issue 22 item 5): the slowest saves of a visit, counted.

Under load each statement is a round trip that waits for a core, so the saves with the
most statements make the p99. The gate claims the visit in one statement (no SELECT
before the UPDATE … RETURNING), closing a visit with a flow does not ask whether
anything was recorded, and a new run does not read its (no) marks back. Its refusals
keep the order of every door. Counted statements, not time."""

from __future__ import annotations

import pytest

from medbetjening.domain.vocabulary import Autonomy, Completion, Role, SiteKind, StepActor
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ConcurrentEdit, InvalidInput, NotFound, PermissionDenied
from medbetjening.services.outcome import NOTHING_RECORDED, CloseRequest
from tests.seed import add_site, add_staff
from tests.services.test_keystroke_statements import statements


def test_starting_a_run_claims_once_and_reads_no_marks(services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    version = services.visits.get_visit(actor, visit_id).version
    with statements(services) as seen:
        run = services.flows.start_run(actor, visit_id, "flytning", expected_version=version)
    assert run.marks == () and run.visit_version > version
    assert seen.count("SELECT visit.id,") == 0 and "SELECT step_record.id," not in seen
    assert seen[0] == "UPDATE visit" and len(seen) == 4


def test_closing_a_visit_with_a_flow_asks_nothing_more(services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    run = services.flows.start_run(actor, visit_id, "flytning")
    run = services.flows.mark_step(
        actor, run.id, StepActor.CITIZEN_ALONE, expected_version=run.visit_version
    )
    request = CloseRequest(
        completion=Completion.COMPLETED,
        autonomy=Autonomy.AUTONOMOUS,
        duration_minutes=10,
        expected_version=run.visit_version,
    )
    with statements(services) as seen:
        closed = services.outcome.close_visit(actor, visit_id, request)
    assert closed.version > run.visit_version
    # the claim, the runs with their marks in one read, then the close written
    assert seen == [
        "UPDATE visit",
        "SELECT flow_run.id,",
        "UPDATE flow_run",
        "INSERT INTO",
        "UPDATE visit",
    ]


def test_linking_a_citizen_writes_the_visit_once(services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    version = services.visits.get_visit(actor, visit_id).version
    citizen = services.citizens.create(actor, age_band="67-79")
    with statements(services) as seen:
        services.citizens.link_visit(actor, visit_id, citizen.id, version)
    after = services.visits.get_visit(actor, visit_id)
    assert after.citizen_id == citizen.id and after.version == version + 1
    assert seen.count("UPDATE visit") == 1 and seen.count("SELECT visit.id,") == 0


def test_closing_a_visit_with_nothing_recorded_is_still_refused(services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    version = services.visits.get_visit(actor, visit_id).version
    request = CloseRequest(
        completion=Completion.COMPLETED,
        autonomy=Autonomy.AUTONOMOUS,
        duration_minutes=10,
        expected_version=version,
    )
    with pytest.raises(InvalidInput) as refused:
        services.outcome.close_visit(actor, visit_id, request)
    assert str(refused.value) == NOTHING_RECORDED
    assert services.visits.get_visit(actor, visit_id).version == version  # rolled back


def test_a_refusal_keeps_its_order_when_the_claim_finds_nothing(services, actor) -> None:  # type: ignore[no-untyped-def]
    """Not found, then not yours, then changed by someone else: as before the claim
    moved first (a stranger with an old version is told it is not theirs)."""
    away = add_site(services, "Biblioteket Syd", SiteKind.LIBRARY)
    stranger_row = add_staff(services, "Fremmed", away.id, Role.STAFF)
    stranger = ActorContext(stranger_row.id, away.id, Role.STAFF, stranger_row.name)
    visit_id = services.visits.start_visit(actor)
    old = services.visits.get_visit(actor, visit_id).version
    services.flows.start_run(actor, visit_id, "flytning", expected_version=old)
    with pytest.raises(PermissionDenied):
        services.flows.start_run(stranger, visit_id, "flytning", expected_version=old)
    with pytest.raises(ConcurrentEdit):
        services.flows.start_run(actor, visit_id, "flytning", expected_version=old)
    with pytest.raises(NotFound):
        services.flows.start_run(actor, visit_id + 1000, "flytning", expected_version=old)

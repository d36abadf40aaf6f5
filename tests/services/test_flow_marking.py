"""A step mark is written with Core statements and answered from what was written
(services/flow_marking.py): the answer must be what a fresh read of the run gives, on
SQLite and on PostgreSQL, for a new mark, a correction, the last step and a paused run."""

from __future__ import annotations

import pytest

from medbetjening.domain.vocabulary import FlowRunStatus, StepActor
from medbetjening.services.errors import ConcurrentEdit, InvalidInput, NotFound
from medbetjening.services.flow_run_info import FlowRunInfo


def _read(services, actor, run: FlowRunInfo) -> FlowRunInfo:  # type: ignore[no-untyped-def]
    return services.flows.get_run(actor, run.id)


def _same(answer: FlowRunInfo, read: FlowRunInfo) -> None:
    assert answer.status == read.status and answer.current_step == read.current_step
    assert answer.ended_at == read.ended_at and answer.visit_version == read.visit_version
    assert answer.marks == read.marks


def test_the_answer_is_what_is_stored(world) -> None:  # type: ignore[no-untyped-def]
    services, actor = world
    flows = services.flows
    visit_id = services.visits.start_visit(actor)
    run = flows.start_run(actor, visit_id, "flytning")
    steps = run.step_count
    run = flows.mark_step(
        actor, run.id, StepActor.CITIZEN_ALONE, expected_version=run.visit_version
    )
    _same(run, _read(services, actor, run))
    # a correction of step 1 keeps one record for it and moves on to the first unmarked
    run = flows.mark_step(actor, run.id, StepActor.SKIPPED, 0, expected_version=run.visit_version)
    assert [m.actor for m in run.marks] == [StepActor.SKIPPED] and run.current_step == 1
    _same(run, _read(services, actor, run))
    for _ in range(steps - 1):
        run = flows.mark_step(
            actor, run.id, StepActor.CITIZEN_GUIDED, expected_version=run.visit_version
        )
    assert run.status == FlowRunStatus.COMPLETED and run.ended_at is not None
    assert run.current_step == steps and len(run.marks) == steps
    _same(run, _read(services, actor, run))


def test_marking_a_paused_run_pauses_the_active_one(world) -> None:  # type: ignore[no-untyped-def]
    services, actor = world
    flows = services.flows
    visit_id = services.visits.start_visit(actor)
    first = flows.start_run(actor, visit_id, "flytning")
    second = flows.start_run(actor, visit_id, "pas", expected_version=first.visit_version)
    assert second.paused_run_ids == (first.id,)
    marked = flows.mark_step(
        actor, first.id, StepActor.CITIZEN_ALONE, expected_version=second.visit_version
    )
    assert marked.status == FlowRunStatus.ACTIVE and marked.paused_run_ids == (second.id,)
    assert _read(services, actor, second).status == FlowRunStatus.PAUSED
    _same(marked, _read(services, actor, marked))


def test_refusals_keep_their_messages_and_write_nothing(world) -> None:  # type: ignore[no-untyped-def]
    services, actor = world
    flows = services.flows
    visit_id = services.visits.start_visit(actor)
    run = flows.start_run(actor, visit_id, "flytning")
    with pytest.raises(NotFound, match="Forløb nr. 999999 findes ikke"):
        flows.mark_step(actor, 999_999, StepActor.CITIZEN_ALONE)
    with pytest.raises(ConcurrentEdit):
        flows.mark_step(
            actor, run.id, StepActor.CITIZEN_ALONE, expected_version=run.visit_version - 1
        )
    with pytest.raises(InvalidInput, match="intet trin nr. 99"):
        flows.mark_step(
            actor, run.id, StepActor.CITIZEN_ALONE, 98, expected_version=run.visit_version
        )
    _same(run, _read(services, actor, run))  # nothing written, the version unchanged

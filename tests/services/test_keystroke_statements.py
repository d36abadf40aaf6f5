"""One frame per keystroke (issue 22): what a key press costs the database, counted.

A step mark and an assessment answer each claim the visit (one UPDATE … RETURNING, no
second read of the visit), read what they change and write it: no re-read of the run
or of the visit's other runs. Counted statements, not time."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from medbetjening.domain.vocabulary import StepActor


@contextmanager
def statements(services) -> Iterator[list[str]]:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        seen.append(" ".join(statement.split()[:2]))

    engine = services.database.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_a_step_mark_is_four_statements(services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    run = services.flows.start_run(actor, visit_id, "flytning")
    run = services.flows.mark_step(
        actor, run.id, StepActor.CITIZEN_ALONE, expected_version=run.visit_version
    )
    with statements(services) as seen:
        marked = services.flows.mark_step(
            actor, run.id, StepActor.CITIZEN_GUIDED, expected_version=run.visit_version
        )
    assert marked.current_step == 2 and marked.visit_version == run.visit_version + 1
    # the claim (the gate's rules read from what it returns), the run with its marks in
    # one read, the new mark, the run's current step
    assert seen == ["UPDATE visit", "SELECT flow_run.id,", "INSERT INTO", "UPDATE flow_run"]


def test_a_corrected_mark_is_four_statements(services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    run = services.flows.start_run(actor, visit_id, "flytning")
    run = services.flows.mark_step(
        actor, run.id, StepActor.CITIZEN_ALONE, expected_version=run.visit_version
    )
    with statements(services) as seen:
        corrected = services.flows.mark_step(
            actor, run.id, StepActor.CITIZEN_GUIDED, 0, expected_version=run.visit_version
        )
    assert corrected.marks[0].actor == StepActor.CITIZEN_GUIDED and len(corrected.marks) == 1
    assert seen == ["UPDATE visit", "SELECT flow_run.id,", "UPDATE step_record", "UPDATE flow_run"]


def test_an_answer_claims_the_visit_without_reading_it(services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    instrument = services.assessment.instrument
    first, second = [item for item in instrument.items if len(item.scale.options) >= 2][:2]
    state = services.assessment.record_answer(
        actor, visit_id, first.id, first.scale.options[0].answer
    )
    with statements(services) as seen:
        after = services.assessment.record_answer(
            actor,
            visit_id,
            second.id,
            second.scale.options[1].answer,
            expected_version=state.visit_version,
        )
    assert after.answers[second.id] == second.scale.options[1].answer
    # the claim returns what the gate's rules need (no read of the visit), then the
    # assessment and its answers, the new answer and (when it changed) the result
    assert seen[:3] == [
        "UPDATE visit",
        "SELECT assessment_result.id,",
        "SELECT assessment_answer.id,",
    ]
    assert "SELECT visit.id," not in seen and seen.count("UPDATE visit") == 1
    assert len(seen) <= 5

"""An answer is saved as plain rows (services/assessment_rows.py), not through the ORM:
what each change answers must be what a fresh read gives and the stored result the one
computed from the answers, on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from sqlalchemy import select
from sqlalchemy.orm import Session

from medbetjening.services import assessment as assessment_module
from medbetjening.storage.models import AssessmentResult


def test_answers_written_as_plain_rows_read_back_the_same(world) -> None:  # type: ignore[no-untyped-def]
    """Answer, change, clear, mark not relevant, set the level: each change's answer
    equals a fresh read, and the stored result is the one computed from the answers."""
    services, actor = world
    service = services.assessment
    visit_id = services.visits.start_visit(actor)
    items = [item for item in service.instrument.items if len(item.scale.options) >= 2][:3]
    first, second, third = items
    steps = [
        lambda v: service.record_answer(
            actor, visit_id, first.id, first.scale.options[0].answer, expected_version=v
        ),  # noqa: E501
        lambda v: service.record_answer(
            actor, visit_id, second.id, second.scale.options[1].answer, expected_version=v
        ),  # noqa: E501
        lambda v: service.record_answer(
            actor, visit_id, second.id, second.scale.options[0].answer, expected_version=v
        ),  # noqa: E501
        lambda v: service.record_answer(actor, visit_id, first.id, None, expected_version=v),
        lambda v: service.mark_not_relevant(
            actor, visit_id, third.id, "Har ingen computer", expected_version=v
        ),  # noqa: E501
        lambda v: service.override_level(
            actor, visit_id, 2, "Skønnet ved skranken", expected_version=v
        ),  # noqa: E501
        lambda v: service.record_answer(
            actor, visit_id, first.id, first.scale.options[1].answer, expected_version=v
        ),  # noqa: E501
    ]
    version = service.current(actor, visit_id).visit_version
    for step in steps:
        state = step(version)
        assert state == service.current(actor, visit_id)
        version = state.visit_version
    assert state.level == 2 and state.answers[second.id] == second.scale.options[0].answer
    assert state.not_relevant == {third.id: "Har ingen computer"}
    with Session(services.database.engine) as session:
        stored = session.scalars(
            select(AssessmentResult).where(AssessmentResult.visit_id == visit_id)
        ).one()
        assert stored.level_low == (state.result.level if state.result.started else None)
        assert stored.barriers == ",".join(state.result.barriers)
        assert stored.digitally_challenged == state.result.digitally_challenged
        assert {a.item_id for a in stored.answers} == {first.id, second.id, third.id}


def test_a_change_within_the_same_second_stores_the_time_it_reports(world, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Two changes in one second: the second's time equals the stored one, so it is not a
    changed column; it must still be written, not left to the column's own clock read
    (which, a second on, made the answer differ from a fresh read now and then)."""
    services, actor = world
    service = services.assessment
    fixed = dt.datetime(2020, 1, 6, 10, 0, 0)  # far from now: the column's clock differs

    class _Clock(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> dt.datetime:  # type: ignore[override]
            return fixed

    monkeypatch.setattr(
        assessment_module, "dt", SimpleNamespace(**{**vars(dt), "datetime": _Clock})
    )
    visit_id = services.visits.start_visit(actor)
    items = [item for item in service.instrument.items if len(item.scale.options) >= 2][:3]
    version = service.current(actor, visit_id).visit_version
    stored_changes = 0
    for item in items:  # each answer moves the stored range or barriers: an UPDATE
        before = service.current(actor, visit_id).result
        answer = item.scale.options[-1].answer
        state = service.record_answer(actor, visit_id, item.id, answer, expected_version=version)
        version = state.visit_version
        stored_changes += state.result != before
        assert state.updated_at == fixed
        assert state == service.current(actor, visit_id)
    assert stored_changes >= 2  # the case itself: a result row changed within "one second"

"""An answer is saved as plain rows (services/assessment_rows.py), not through the ORM:
what each change answers must be what a fresh read gives and the stored result the one
computed from the answers, on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from medbetjening.domain.vocabulary import Role, SiteKind
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.database import open_database
from medbetjening.storage.models import AssessmentResult
from tests.seed import add_site, add_staff


@pytest.fixture
def world(any_db_url: str):  # type: ignore[no-untyped-def]
    db = open_database(any_db_url)
    services = Services(db)
    site = add_site(services, "Rådhuset", SiteKind.TOWN_HALL)
    staff = add_staff(services, "Kenni", site.id, Role.STAFF)
    yield services, ActorContext(staff.id, site.id, Role.STAFF, staff.name)
    db.dispose()


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

"""Correcting the citizen of a closed visit moves its follow-up along (or drops it)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from medbetjening.domain.vocabulary import Autonomy, Completion, FollowUpKind
from medbetjening.services.outcome import CloseRequest
from medbetjening.storage.models import FollowUp, StatDirtyDay


def test_follow_up_moves_with_a_relink_and_goes_when_made_anonymous(services, actor) -> None:  # type: ignore[no-untyped-def]
    wrong = services.citizens.create(actor, age_band="67-79", consent_follow_up=True)
    right = services.citizens.create(actor, age_band="67-79", consent_follow_up=True)
    visit_id = services.visits.start_visit(actor)
    services.citizens.link_visit(actor, visit_id, wrong.id)
    services.outcome.close_visit(
        actor,
        visit_id,
        CloseRequest(
            completion=Completion.COMPLETED,
            note="Talte om Digital Post",  # something recorded: may close as completed
            autonomy=Autonomy.AUTONOMOUS,
            duration_minutes=10,
            expected_version=services.visits.get_visit(actor, visit_id).version,
            follow_up_date=dt.date.today() + dt.timedelta(days=1),
            follow_up_kind=FollowUpKind.CALL,
        ),
    )
    services.citizens.link_visit(actor, visit_id, right.id)  # the wrong person was linked
    due = services.tracking.due_follow_ups(actor, days_ahead=5)
    assert [(row.visit_id, row.citizen_code) for row in due] == [(visit_id, right.citizen_code)]
    with services.database.uow_factory() as uow:
        assert uow.session.scalar(select(StatDirtyDay.day)) is not None  # statistics redone
    services.citizens.make_anonymous(actor, visit_id)
    assert services.tracking.due_follow_ups(actor, days_ahead=5) == []
    with services.database.uow_factory() as uow:
        assert uow.session.scalar(select(FollowUp.id)) is None

"""Two staff members record the same follow-up: the first result stays, the second is told."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from medbetjening.domain.self_sufficiency import FollowUpResult
from medbetjening.domain.vocabulary import Autonomy, Completion, FollowUpKind
from medbetjening.services.errors import InvalidInput
from medbetjening.services.outcome import CloseRequest
from medbetjening.services.tracking import TrackingService
from medbetjening.storage.models import FollowUp


def test_a_colleagues_result_recorded_meanwhile_is_kept(services, actor) -> None:  # type: ignore[no-untyped-def]
    citizen = services.citizens.create(actor, age_band="67-79", consent_follow_up=True)
    visit_id = services.visits.start_visit(actor)
    services.citizens.link_visit(actor, visit_id, citizen.id)
    version = services.visits.get_visit(actor, visit_id).version
    closed = services.outcome.close_visit(
        actor,
        visit_id,
        CloseRequest(
            completion=Completion.COMPLETED,
            note="Talte om Digital Post",  # something recorded: may close as completed
            autonomy=Autonomy.AUTONOMOUS,
            duration_minutes=10,
            expected_version=version,
            follow_up_date=dt.date.today(),
            follow_up_kind=FollowUpKind.CALL,
        ),
    )
    first_pc = TrackingService(services.database.uow_factory)
    recorded: list[bool] = []

    def clock() -> dt.datetime:
        if not recorded:  # this PC has checked "still due"; the other one records now
            recorded.append(True)
            first_pc.mark_follow_up_done(actor, closed.follow_up_id, FollowUpResult.MANAGED_ALONE)
        return dt.datetime.now().replace(microsecond=0)

    second_pc = TrackingService(services.database.uow_factory, clock=clock)
    with pytest.raises(InvalidInput, match="allerede afsluttet"):
        second_pc.mark_follow_up_done(actor, closed.follow_up_id, FollowUpResult.NOT_REACHED)
    with services.database.uow_factory() as uow:
        assert uow.session.scalar(select(FollowUp.result)) == FollowUpResult.MANAGED_ALONE.value

"""Test data for the issue-7 tests: citizens and visits with children, written directly."""

from __future__ import annotations

import datetime as dt

from medbetjening.storage.models import (
    AssessmentAnswer,
    AssessmentResult,
    Citizen,
    FlowRun,
    FollowUp,
    Outcome,
    StepRecord,
    Visit,
)


def add_citizen(services, code: str | None = "K7Q2", created: dt.datetime | None = None) -> int:  # type: ignore[no-untyped-def]
    with services.database.uow_factory() as uow:
        citizen = Citizen(
            citizen_code=code,
            age_band="67-79",
            created_at=created or dt.datetime(2025, 1, 2, 9, 0),
        )
        uow.session.add(citizen)
        uow.commit()
        return citizen.id


def add_visit(  # type: ignore[no-untyped-def]
    services,
    actor,
    started: dt.datetime,
    citizen_id: int | None = None,
    note: str | None = "Glemte sin MitID-app",
    completion: str = "completed",
    follow_up: bool = False,
) -> int:
    """A closed visit with an assessment, a flow run with two steps and an outcome."""
    with services.database.uow_factory() as uow:
        session = uow.session
        visit = Visit(
            site_id=actor.site_id,
            staff_id=actor.staff_id,
            citizen_id=citizen_id,
            channel="counter",
            contact_type="transaction",
            status="closed",
            started_at=started,
            ended_at=started + dt.timedelta(minutes=20),
        )
        session.add(visit)
        session.flush()
        assessment = AssessmentResult(visit_id=visit.id, instrument_id="basis", level=2)
        assessment.answers.append(AssessmentAnswer(item_id="mitid", score=1))
        session.add(assessment)
        run = FlowRun(visit_id=visit.id, flow_id="digital-post", flow_title="Digital Post")
        run.steps.append(StepRecord(step_index=0, step_id="login", actor="citizen_alone"))
        run.steps.append(
            StepRecord(step_index=1, step_id="laes", actor="staff", obstacle_note=note)
        )
        session.add(run)
        session.add(
            Outcome(visit_id=visit.id, completion=completion, autonomy="autonomous", note=note)
        )
        if follow_up:
            session.add(
                FollowUp(
                    visit_id=visit.id,
                    citizen_id=citizen_id,
                    site_id=actor.site_id,
                    due_date=started.date() + dt.timedelta(days=14),
                )
            )
        uow.commit()
        return visit.id

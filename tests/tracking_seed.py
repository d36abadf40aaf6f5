"""Seed citizens, visits, flow runs, step marks and outcomes directly with storage models.

Used by the outcome/tracking service tests and the history/follow-up screen tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from medbetjening.storage.models import (
    AssessmentResult,
    Citizen,
    FlowRun,
    FollowUp,
    Outcome,
    StepRecord,
    Visit,
)


def add_citizen(services, code: str | None = "K7Q2", consent: bool = True) -> int:  # type: ignore[no-untyped-def]
    with services.database.uow_factory() as uow:
        citizen = Citizen(citizen_code=code, age_band="67-79", consent_follow_up=consent)
        uow.session.add(citizen)
        uow.commit()
        return citizen.id


def add_visit(  # type: ignore[no-untyped-def]
    services,
    actor,
    *,
    citizen_id: int | None = None,
    started_at: dt.datetime,
    runs: Sequence[tuple[str, str, Sequence[str | None]]] = (),
    level: int | None = None,
    outcome: dict | None = None,  # type: ignore[type-arg]
    obstacles: Sequence[str | None] = (),
) -> int:
    """A visit with flow runs given as (flow_id, run status, step marks)."""
    with services.database.uow_factory() as uow:
        session = uow.session
        closed = outcome is not None
        visit = Visit(
            site_id=actor.site_id,
            staff_id=actor.staff_id,
            citizen_id=citizen_id,
            started_at=started_at,
            status="closed" if closed else "open",
            ended_at=started_at + dt.timedelta(minutes=20) if closed else None,
            duration_minutes=20 if closed else None,
        )
        session.add(visit)
        session.flush()
        for flow_id, status, marks in runs:
            run = FlowRun(
                visit_id=visit.id,
                flow_id=flow_id,
                flow_title=flow_id.replace("-", " ").capitalize(),
                status=status,
                started_at=started_at,
            )
            session.add(run)
            session.flush()
            for index, mark in enumerate(marks):
                session.add(
                    StepRecord(
                        flow_run_id=run.id,
                        step_index=index,
                        step_id=f"s{index}",
                        actor=mark,
                        obstacle=obstacles[index] if index < len(obstacles) else None,
                        recorded_at=started_at + dt.timedelta(minutes=index),
                    )
                )
        if level is not None:
            session.add(
                AssessmentResult(
                    visit_id=visit.id,
                    instrument_id="kompetence",
                    computed_level=level,
                    level=level,
                    level_low=level,
                    level_high=level,
                    level_final=True,
                )
            )
        if outcome is not None:
            session.add(Outcome(visit_id=visit.id, **outcome))
        uow.commit()
        return visit.id


def add_follow_up(  # type: ignore[no-untyped-def]
    services,
    visit_id: int,
    due: dt.date,
    *,
    kind: str = "check_alone",
    status: str = "due",
    result: str | None = None,
    done_at: dt.datetime | None = None,
) -> int:
    with services.database.uow_factory() as uow:
        visit = uow.session.get(Visit, visit_id)
        follow_up = FollowUp(
            visit_id=visit_id,
            citizen_id=visit.citizen_id,
            site_id=visit.site_id,
            due_date=due,
            kind=kind,
            status=status,
            result=result,
            done_at=done_at,
        )
        uow.session.add(follow_up)
        uow.commit()
        return follow_up.id


def seed_history(services, actor) -> int:  # type: ignore[no-untyped-def]
    """A returning citizen: three visits for Digital Post, one for MitID; a due follow-up."""
    citizen_id = add_citizen(services)
    base = dt.datetime(2026, 3, 2, 10, 0)
    add_visit(
        services,
        actor,
        citizen_id=citizen_id,
        started_at=base,
        runs=[("digital-post", "completed", ["staff", "staff", "citizen_guided"])],
        level=0,
        outcome={"completion": "completed", "autonomy": "with_guidance", "note": "Første gang"},
    )
    add_visit(
        services,
        actor,
        citizen_id=citizen_id,
        started_at=base + dt.timedelta(days=14),
        runs=[
            ("digital-post", "completed", ["citizen_guided", "citizen_alone", "citizen_alone"]),
            ("mitid-app-pas", "ended", ["staff"]),
        ],
        level=1,
        outcome={
            "completion": "partly",
            "reason": "no_mitid",
            "autonomy": "with_guidance",
            "citizen_share": 0.75,
        },
    )
    last = add_visit(
        services,
        actor,
        citizen_id=citizen_id,
        started_at=base + dt.timedelta(days=35),
        runs=[("digital-post", "completed", ["citizen_alone", "citizen_alone", "skipped"])],
        level=2,
        outcome={"completion": "completed", "autonomy": "autonomous", "citizen_share": 1.0},
    )
    add_follow_up(services, last, base.date() + dt.timedelta(days=49))
    return citizen_id

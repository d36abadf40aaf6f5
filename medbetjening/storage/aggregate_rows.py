"""Rows of the wide statistics tables for visits, flow runs and follow-ups."""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, distinct, func, select
from sqlalchemy.orm import Session

from medbetjening.domain.vocabulary import FlowRunStatus, StepActor
from medbetjening.storage.aggregate_range import AggregateRange, named_row, steps_marked, sum_if
from medbetjening.storage.models import (
    AssessmentResult,
    FlowRun,
    FollowUp,
    Outcome,
    StepRecord,
    Visit,
)


def _step_sums(in_range: list[Any]) -> Any:
    """Per visit: number of flow runs and step marks by who did them."""
    return (
        select(
            FlowRun.visit_id.label("visit_id"),
            func.count(distinct(FlowRun.id)).label("flows"),
            sum_if(steps_marked()).label("steps_total"),
            sum_if(StepRecord.actor == StepActor.CITIZEN_ALONE.value).label("steps_alone"),
            sum_if(StepRecord.actor == StepActor.CITIZEN_GUIDED.value).label("steps_guided"),
            sum_if(StepRecord.actor == StepActor.STAFF.value).label("steps_staff"),
        )
        .join(Visit, Visit.id == FlowRun.visit_id)
        .outerjoin(StepRecord, StepRecord.flow_run_id == FlowRun.id)
        .where(*in_range)
        .group_by(FlowRun.visit_id)
        .subquery()
    )


def visit_rows(session: Session, rng: AggregateRange) -> list[dict[str, Any]]:
    in_range, day = rng.in_range, rng.day
    steps = _step_sums(in_range)
    completion = func.coalesce(Outcome.completion, "")
    autonomy = func.coalesce(Outcome.autonomy, "")
    reason = func.coalesce(Outcome.reason, "")
    referral = func.coalesce(Outcome.referral, "")
    route = func.coalesce(AssessmentResult.route, "")
    proposed = case(
        (AssessmentResult.route_override_reason.is_(None), ""),
        (AssessmentResult.proposed_route.is_(None), "?"),  # overridden before 0007
        else_=AssessmentResult.proposed_route,
    )
    keys = (day, Visit.site_id, Visit.staff_id, Visit.channel, Visit.contact_type)
    query = (
        select(
            *keys,
            completion,
            autonomy,
            reason,
            referral,
            route,
            proposed,
            func.count(),
            sum_if(Visit.citizen_id.is_not(None)),
            sum_if(func.coalesce(steps.c.flows, 0) == 0),
            func.coalesce(func.sum(Visit.duration_minutes), 0),
            func.coalesce(func.sum(steps.c.steps_total), 0),
            func.coalesce(func.sum(steps.c.steps_alone), 0),
            func.coalesce(func.sum(steps.c.steps_guided), 0),
            func.coalesce(func.sum(steps.c.steps_staff), 0),
        )
        .outerjoin(Outcome, Outcome.visit_id == Visit.id)
        .outerjoin(steps, steps.c.visit_id == Visit.id)
        .outerjoin(AssessmentResult, AssessmentResult.visit_id == Visit.id)
        .where(*in_range)
        .group_by(*keys, completion, autonomy, reason, referral, route, proposed)
    )
    names = [
        "day",
        "site_id",
        "staff_id",
        "channel",
        "contact_type",
        "completion",
        "autonomy",
        "reason",
        "referral",
        "route",
        "route_proposed",
        "visits",
        "visits_with_citizen",
        "visits_without_flow",
        "minutes",
        "steps_total",
        "steps_alone",
        "steps_guided",
        "steps_staff",
    ]
    return [named_row(names, values) for values in session.execute(query)]


def flow_rows(session: Session, rng: AggregateRange) -> list[dict[str, Any]]:
    in_range, day = rng.in_range, rng.day
    keys = (day, Visit.site_id, Visit.staff_id, Visit.channel, Visit.contact_type, FlowRun.flow_id)
    query = (
        select(
            *keys,
            func.count(distinct(Visit.id)),
            func.count(distinct(FlowRun.id)),
            func.count(
                distinct(case((FlowRun.status == FlowRunStatus.COMPLETED.value, FlowRun.id)))
            ),
            sum_if(steps_marked()),
            sum_if(StepRecord.actor == StepActor.CITIZEN_ALONE.value),
            sum_if(StepRecord.actor == StepActor.CITIZEN_GUIDED.value),
            sum_if(StepRecord.actor == StepActor.STAFF.value),
        )
        .join(FlowRun, FlowRun.visit_id == Visit.id)
        .outerjoin(StepRecord, StepRecord.flow_run_id == FlowRun.id)
        .where(*in_range)
        .group_by(*keys)
    )
    names = [
        "day",
        "site_id",
        "staff_id",
        "channel",
        "contact_type",
        "flow_id",
        "visits",
        "runs",
        "runs_completed",
        "steps_total",
        "steps_alone",
        "steps_guided",
        "steps_staff",
    ]
    return [named_row(names, values) for values in session.execute(query)]


def follow_up_rows(session: Session, rng: AggregateRange) -> list[dict[str, Any]]:
    in_range, day = rng.in_range, rng.day
    keys = (day, Visit.site_id, Visit.staff_id, FollowUp.kind, FollowUp.status)
    query = (
        select(*keys, func.count())
        .join(FollowUp, FollowUp.visit_id == Visit.id)
        .where(*in_range)
        .group_by(*keys)
    )
    names = ["day", "site_id", "staff_id", "kind", "status", "follow_ups"]
    return [named_row(names, values) for values in session.execute(query)]

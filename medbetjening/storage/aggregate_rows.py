"""Rows of the wide statistics tables for visits, flow runs and follow-ups.

Each builder returns its SELECT (columns named as the table's): the caller inserts
from it, so the rows stay in the database engine.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, case, distinct, func, select
from sqlalchemy.orm import Session

from medbetjening.domain.vocabulary import FlowRunStatus
from medbetjening.storage.aggregate_range import AggregateRange, sum_if
from medbetjening.storage.aggregate_runs import RANGE_RUNS
from medbetjening.storage.models import AssessmentResult, FollowUp, Outcome, Visit


def _visit_runs() -> Any:
    """Per visit of the range: its number of flow runs and their step marks."""
    r = RANGE_RUNS.c
    return (
        select(
            r.visit_id,
            func.count().label("flows"),
            func.sum(r.steps_total).label("steps_total"),
            func.sum(r.steps_alone).label("steps_alone"),
            func.sum(r.steps_guided).label("steps_guided"),
            func.sum(r.steps_staff).label("steps_staff"),
        )
        .group_by(r.visit_id)
        .subquery()
    )


def visit_rows(session: Session, rng: AggregateRange) -> Select[Any]:
    in_range, day = rng.in_range, rng.day
    steps = _visit_runs()
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
    return (
        select(
            *keys,
            completion.label("completion"),
            autonomy.label("autonomy"),
            reason.label("reason"),
            referral.label("referral"),
            route.label("route"),
            proposed.label("route_proposed"),
            func.count().label("visits"),
            sum_if(Visit.citizen_id.is_not(None)).label("visits_with_citizen"),
            sum_if(func.coalesce(steps.c.flows, 0) == 0).label("visits_without_flow"),
            func.coalesce(func.sum(Visit.duration_minutes), 0).label("minutes"),
            *(
                func.coalesce(func.sum(steps.c[name]), 0).label(name)
                for name in ("steps_total", "steps_alone", "steps_guided", "steps_staff")
            ),
        )
        .outerjoin(Outcome, Outcome.visit_id == Visit.id)
        .outerjoin(steps, steps.c.visit_id == Visit.id)
        .outerjoin(AssessmentResult, AssessmentResult.visit_id == Visit.id)
        .where(*in_range)
        .group_by(*keys, completion, autonomy, reason, referral, route, proposed)
    )


def flow_rows(session: Session, rng: AggregateRange) -> Select[Any]:
    """From the range's runs (``aggregate_runs``): no second pass over the step marks."""
    r = RANGE_RUNS.c
    keys = (r.day, r.site_id, r.staff_id, r.channel, r.contact_type, r.flow_id)
    return select(
        *keys,
        func.count(distinct(r.visit_id)).label("visits"),
        func.count().label("runs"),
        sum_if(r.status == FlowRunStatus.COMPLETED.value).label("runs_completed"),
        *(
            func.sum(r[name]).label(name)
            for name in ("steps_total", "steps_alone", "steps_guided", "steps_staff")
        ),
    ).group_by(*keys)


def follow_up_rows(session: Session, rng: AggregateRange) -> Select[Any]:
    in_range, day = rng.in_range, rng.day
    keys = (day, Visit.site_id, Visit.staff_id, FollowUp.kind, FollowUp.status)
    return (
        select(*keys, func.count().label("follow_ups"))
        .join(FollowUp, FollowUp.visit_id == Visit.id)
        .where(*in_range)
        .group_by(*keys)
    )

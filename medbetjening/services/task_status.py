"""Per-task status of one citizen and the flow titles of visits (tracking's queries).

Kept apart from ``tracking.py`` so each file stays small.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import Row, bindparam, select
from sqlalchemy.orm import Session

from medbetjening.domain.self_sufficiency import (
    ALTERNATIVE_ROUTE_FLOWS,
    Attempt,
    FollowUpReport,
    GroupPractice,
    TaskEvent,
    task_status,
)
from medbetjening.domain.vocabulary import (
    Completion,
    FlowRunStatus,
    FollowUpStatus,
    SelfSufficiency,
)
from medbetjening.services.tracking_dto import TaskStatusRow
from medbetjening.services.workshop_practice import group_practice
from medbetjening.storage.models import FlowRun, FollowUp, Outcome, StepRecord, Visit


def collect_titles(rows: Iterable[Row[tuple[int, str, str]]]) -> dict[int, list[str]]:
    """visit id → its distinct flow titles, in the order the runs were started."""
    titles: dict[int, list[str]] = {}
    for visit_id, title, flow_id in rows:
        names = titles.setdefault(visit_id, [])
        if (title or flow_id) not in names:
            names.append(title or flow_id)
    return titles


@dataclass
class _Merged:
    at: dt.datetime
    autonomy: str | None
    marks: list[str | None] = field(default_factory=list)
    completed: bool = False


class RunRow(NamedTuple):
    """One flow run of the citizen, with its visit's start and outcome."""

    id: int
    visit_id: int
    flow_id: str
    title: str | None
    status: str
    started_at: dt.datetime
    completion: str | None
    autonomy: str | None


# Built once: composing a select costs more CPU than SQLite answering it (the history
# opens while the citizen waits). One row per step mark, a run without marks once.
_RUN_MARKS = (
    select(
        FlowRun.id,
        FlowRun.visit_id,
        FlowRun.flow_id,
        FlowRun.flow_title,
        FlowRun.status,
        Visit.started_at,
        Outcome.completion,
        Outcome.autonomy,
        StepRecord.id,
        StepRecord.actor,
    )
    .join(Visit, Visit.id == FlowRun.visit_id)
    .outerjoin(Outcome, Outcome.visit_id == Visit.id)
    .outerjoin(StepRecord, StepRecord.flow_run_id == FlowRun.id)
    .where(Visit.citizen_id == bindparam("citizen_id"))
    .order_by(Visit.started_at, FlowRun.id, StepRecord.step_index, StepRecord.id)
)
_DONE_FOLLOW_UPS = select(FollowUp.visit_id, FollowUp.result, FollowUp.done_at).where(
    FollowUp.visit_id.in_(bindparam("visit_ids", expanding=True)),
    FollowUp.status == FollowUpStatus.DONE.value,
    FollowUp.result.is_not(None),
    FollowUp.done_at.is_not(None),
)

Marks = dict[int, list[str | None]]


def citizen_runs(session: Session, citizen_id: int) -> tuple[list[RunRow], Marks]:
    """The citizen's flow runs, oldest visit first, and each run's step marks (in step
    order): one statement."""
    runs: list[RunRow] = []
    marks: Marks = {}
    for *run, step_id, actor in session.connection().execute(
        _RUN_MARKS, {"citizen_id": citizen_id}
    ):
        if not runs or runs[-1].id != run[0]:
            runs.append(RunRow(*run))
            marks[run[0]] = []
        if step_id is not None:
            marks[run[0]].append(actor)
    return runs, marks


def run_titles(runs: Iterable[RunRow]) -> dict[int, list[str]]:
    """visit id → flow titles from ``citizen_runs`` (per visit in run order): the
    history reads the runs once for its titles and its task statuses."""
    return collect_titles((run.visit_id, run.title, run.flow_id) for run in runs)  # type: ignore[misc]


def task_statuses(
    session: Session, citizen_id: int, runs: tuple[list[RunRow], Marks] | None = None
) -> list[TaskStatusRow]:
    """Collect each task's attempts and follow-up reports, then apply the domain rules."""
    run_rows, marks = runs if runs is not None else citizen_runs(session, citizen_id)
    practice = group_practice(session, citizen_id)
    if not run_rows and not practice:
        return []

    # One attempt per visit × task: runs of the same flow in one visit are merged.
    merged: dict[tuple[int, str], _Merged] = {}
    titles: dict[str, str] = {}
    tasks_of_visit: dict[int, set[str]] = {}
    for run_id, visit_id, flow_id, title, status, started_at, completion, autonomy in run_rows:
        entry = merged.setdefault((visit_id, flow_id), _Merged(started_at, autonomy))
        entry.marks.extend(marks.get(run_id, []))
        entry.completed = (
            entry.completed
            or status == FlowRunStatus.COMPLETED
            or (completion == Completion.COMPLETED and status != FlowRunStatus.ENDED)
        )
        titles[flow_id] = title or flow_id
        tasks_of_visit.setdefault(visit_id, set()).add(flow_id)

    events: dict[str, list[TaskEvent]] = {}
    for (_, flow_id), entry in merged.items():
        events.setdefault(flow_id, []).append(
            Attempt(
                at=entry.at,
                marks=tuple(entry.marks),
                completed=entry.completed,
                outcome_autonomy=entry.autonomy,
            )
        )
    done = (
        session.connection().execute(_DONE_FOLLOW_UPS, {"visit_ids": list(tasks_of_visit)})
        if tasks_of_visit
        else ()
    )
    for visit_id, result, done_at in done:
        for flow_id in tasks_of_visit[visit_id]:
            events[flow_id].append(FollowUpReport(at=done_at, result=result))
    for practised in practice:  # workshops: a kind of evidence of its own
        titles.setdefault(practised.task, practised.title)
        events.setdefault(practised.task, []).append(GroupPractice(at=practised.at))

    rows = []
    for flow_id, task_events in events.items():
        status = task_status(task_events)
        shown = status.status.value
        if flow_id in ALTERNATIVE_ROUTE_FLOWS and status.status != SelfSufficiency.NOT_STARTED:
            shown = SelfSufficiency.ANOTHER_ROUTE.value
        rows.append(
            TaskStatusRow(
                flow_id=flow_id,
                title=titles[flow_id],
                status=shown,
                changed_at=status.changed_at,
                attempts=status.attempts,
                last_at=max(event.at for event in task_events),
                practised_in_group=status.practised_in_group,
            )
        )
    rows.sort(key=lambda row: (row.title.casefold(), row.flow_id))
    return rows

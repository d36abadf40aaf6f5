"""What the flow service returns: a run of a flow and the marks on its steps.

A change returns the run it changed and the ids of the visit's other runs it paused
(``paused_run_ids``): all that changed, so a view refreshes only those rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from medbetjening.domain.vocabulary import FlowRunStatus, Obstacle, StaffBasis, StepActor


@dataclass(frozen=True)
class StepMark:
    step_index: int
    step_id: str
    actor: StepActor | None
    obstacle: Obstacle | None
    obstacle_note: str | None
    recorded_at: dt.datetime
    staff_basis: StaffBasis | None = None


@dataclass(frozen=True)
class FlowRunInfo:
    id: int
    visit_id: int
    flow_id: str
    flow_title: str
    status: FlowRunStatus
    current_step: int
    step_count: int  # 0 when the flow is no longer in the library
    started_at: dt.datetime
    ended_at: dt.datetime | None
    marks: tuple[StepMark, ...]
    visit_version: int  # the visit's version after this read or change: pass it to the next
    paused_run_ids: tuple[int, ...] = ()  # the visit's other runs this change paused

    @property
    def finished(self) -> bool:
        return self.status in (FlowRunStatus.COMPLETED, FlowRunStatus.ENDED)

    def mark_for(self, step_id: str) -> StepMark | None:
        for mark in self.marks:
            if mark.step_id == step_id:
                return mark
        return None


def run_info(
    run: Any, step_count: int, visit_version: int, paused_run_ids: tuple[int, ...] = ()
) -> FlowRunInfo:
    """The plain answer for a stored run (``storage.models.FlowRun``) and its records."""
    return FlowRunInfo(
        id=run.id,
        visit_id=run.visit_id,
        flow_id=run.flow_id,
        flow_title=run.flow_title,
        status=FlowRunStatus(run.status),
        current_step=run.current_step,
        step_count=step_count,
        started_at=run.started_at,
        ended_at=run.ended_at,
        marks=tuple(
            StepMark(
                step_index=r.step_index,
                step_id=r.step_id,
                actor=StepActor(r.actor) if r.actor else None,
                obstacle=Obstacle(r.obstacle) if r.obstacle else None,
                obstacle_note=r.obstacle_note,
                recorded_at=r.recorded_at,
                staff_basis=StaffBasis(r.staff_basis) if r.staff_basis else None,
            )
            for r in sorted(run.steps, key=lambda r: r.step_index)
        ),
        visit_version=visit_version,
        paused_run_ids=paused_run_ids,
    )

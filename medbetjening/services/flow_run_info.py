"""What the flow service returns: a run of a flow and the marks on its steps."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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

    @property
    def finished(self) -> bool:
        return self.status in (FlowRunStatus.COMPLETED, FlowRunStatus.ENDED)

    def mark_for(self, step_id: str) -> StepMark | None:
        for mark in self.marks:
            if mark.step_id == step_id:
                return mark
        return None

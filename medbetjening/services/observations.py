"""Before closing: which observed items are still open, and what the steps showed.

The clerk is asked, not forced: ``open_items`` lists what is unrated, ``suggested``
what the step marks showed, and ``fill_from_steps`` records those suggestions for the
open items only (an answer the clerk gave is never overwritten).
"""

from __future__ import annotations

from dataclasses import dataclass

from medbetjening.domain.assessment import Mode
from medbetjening.domain.flows import StepKind
from medbetjening.domain.observations import RunMarks, observed_from_steps
from medbetjening.domain.vocabulary import FlowRunStatus
from medbetjening.services.assessment import AssessmentService, AssessmentState
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import NotFound
from medbetjening.services.flows import FlowService


@dataclass(frozen=True)
class OpenObservations:
    open_items: tuple[str, ...]  # observed items neither rated nor not applicable
    suggested: dict[str, int]  # of those, what the step marks showed


class ObservationService:
    def __init__(self, flows: FlowService, assessment: AssessmentService) -> None:
        self._flows = flows
        self._assessment = assessment

    def open_observations(self, actor: ActorContext, visit_id: int) -> OpenObservations:
        state = self._assessment.current(actor, visit_id)
        instrument = self._assessment.instrument
        open_items = tuple(
            item.id
            for item in instrument.items
            if item.mode == Mode.OBSERVED
            and item.id not in state.answers
            and item.id not in state.result.not_applicable
        )
        shown = observed_from_steps(self._run_marks(actor, visit_id))
        return OpenObservations(open_items, {k: v for k, v in shown.items() if k in open_items})

    def fill_from_steps(self, actor: ActorContext, visit_id: int) -> AssessmentState:
        """Record what the steps showed for the open observed items."""
        found = self.open_observations(actor, visit_id)
        state = self._assessment.current(actor, visit_id)
        for item_id, value in found.suggested.items():
            state = self._assessment.record_answer(actor, visit_id, item_id, value)
        return state

    def _run_marks(self, actor: ActorContext, visit_id: int) -> list[RunMarks]:
        runs = []
        for run in self._flows.runs(actor, visit_id):
            try:
                flow = self._flows.get_flow(run.flow_id)
            except NotFound:
                continue  # a flow no longer in the library shows nothing
            kinds: list[tuple[StepKind, str | None]] = []
            for step in flow.steps:
                mark = run.mark_for(step.id)
                kinds.append((step.kind, mark.actor.value if mark and mark.actor else None))
            runs.append(RunMarks(run.status == FlowRunStatus.COMPLETED, kinds))
        return runs

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
from medbetjening.domain.roles import Action
from medbetjening.domain.vocabulary import FlowRunStatus
from medbetjening.services.assessment import AssessmentService, AssessmentState
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import NotFound
from medbetjening.services.flows import FlowService
from medbetjening.services.visit_gate import visit_for_change
from medbetjening.storage.unit_of_work import UnitOfWorkFactory


@dataclass(frozen=True)
class OpenObservations:
    open_items: tuple[str, ...]  # observed items neither rated nor not applicable
    suggested: dict[str, int]  # of those, what the step marks showed


class ObservationService(RetryingService):
    def __init__(
        self, uow_factory: UnitOfWorkFactory, flows: FlowService, assessment: AssessmentService
    ) -> None:
        self._uow = uow_factory
        self._flows = flows
        self._assessment = assessment

    def open_observations(self, actor: ActorContext, visit_id: int) -> OpenObservations:
        require(actor, Action.RECORD_VISIT)
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

    def fill_from_steps(
        self, actor: ActorContext, visit_id: int, *, expected_version: int | None = None
    ) -> AssessmentState:
        """Record what the steps showed for the open observed items.

        The gate is asked first (rights, version, open) even when there is nothing to
        fill; that check is rolled back, each answer then claims the visit itself."""
        require(actor, Action.RECORD_VISIT)
        with self._uow() as uow:
            visit_for_change(uow.session, actor, visit_id, expected_version)
        found = self.open_observations(actor, visit_id)
        state = self._assessment.current(actor, visit_id)
        version = expected_version
        for item_id, value in found.suggested.items():
            state = self._assessment.record_answer(
                actor, visit_id, item_id, value, expected_version=version
            )
            version = state.visit_version
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

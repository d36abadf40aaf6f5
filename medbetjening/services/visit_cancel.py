"""Cancel a visit started by mistake: only when nothing was recorded in it.

A cancelled visit keeps its row (the audit trail names it) but is out of the
statistics (they count closed visits) and out of the citizen's progress.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from medbetjening.domain.roles import Action
from medbetjening.domain.vocabulary import VisitStatus
from medbetjening.services import audit
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput
from medbetjening.services.visit_gate import visit_for_change, visit_for_read
from medbetjening.storage.models import AssessmentAnswer, AssessmentResult, FlowRun, StepRecord
from medbetjening.storage.unit_of_work import UnitOfWorkFactory


def recorded_anything(session: Session, visit_id: int) -> bool:
    """A flow started or an assessment answer given: the visit has a record to keep."""
    runs = select(FlowRun.id).where(FlowRun.visit_id == visit_id)
    answers = (
        select(AssessmentAnswer.id)
        .join(AssessmentResult, AssessmentResult.id == AssessmentAnswer.assessment_id)
        .where(AssessmentResult.visit_id == visit_id)
    )
    marks = (
        select(StepRecord.id)
        .join(FlowRun, FlowRun.id == StepRecord.flow_run_id)
        .where(FlowRun.visit_id == visit_id)
    )
    return bool(session.scalar(select(exists(runs) | exists(answers) | exists(marks))))


@dataclass(frozen=True)
class CancelledVisit:
    visit_id: int
    visit_version: int  # the visit's version after the cancel


class VisitCancelService(RetryingService):
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def can_cancel(self, actor: ActorContext, visit_id: int) -> bool:
        """An open visit with nothing recorded (the close form offers to cancel it)."""
        require(actor, Action.RECORD_VISIT)
        with self._uow() as uow:
            visit = visit_for_read(uow.session, actor, visit_id)
            if visit.status != VisitStatus.OPEN.value:
                return False
            return not recorded_anything(uow.session, visit_id)

    def cancel(
        self,
        actor: ActorContext,
        visit_id: int,
        reason: str = "",
        *,
        expected_version: int | None = None,
    ) -> CancelledVisit:
        """Cancel an open visit with nothing recorded (audited, with the reason)."""
        require(actor, Action.RECORD_VISIT)
        with self._uow() as uow:
            try:
                visit = visit_for_change(uow.session, actor, visit_id, expected_version)
            except InvalidInput as error:  # closed: say what cannot be done
                raise InvalidInput(
                    f"Besøg nr. {visit_id} er ikke åbent og kan ikke annulleres."
                ) from error
            if recorded_anything(uow.session, visit_id):
                raise InvalidInput(
                    f"Besøg nr. {visit_id} har forløb eller en kompetenceafklaring og kan ikke "
                    "annulleres. Afslut det i stedet."
                )
            visit.status = VisitStatus.CANCELLED.value
            visit.ended_at = dt.datetime.now().replace(microsecond=0)
            audit.record(
                uow.session,
                actor,
                "visit.cancelled",
                "visit",
                visit_id,
                reason.strip()[:200] or "startet ved en fejl",
            )
            uow.commit()
            return CancelledVisit(visit_id, visit.version)

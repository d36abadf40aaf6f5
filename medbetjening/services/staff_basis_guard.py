"""The MitID guard of a step mark: "staff did it" on a MitID or payment step needs a basis,
and "the citizen typed" is refused for a citizen whose assessment says "Intet MitID".

Only the refusal is saved (audited): the visit and its version stay as they were.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from medbetjening.domain.flows import Flow
from medbetjening.domain.staff_basis import citizen_could_type
from medbetjening.domain.vocabulary import StaffBasis, StepActor
from medbetjening.services import audit
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput
from medbetjening.storage.models import AssessmentAnswer, AssessmentResult
from medbetjening.storage.unit_of_work import UnitOfWork

STAFF_REFUSED = (
    "Trin %1 er et MitID- eller betalingstrin. Medarbejderen må kun gøre det med et "
    "grundlag: digital fuldmagt, værge, eller borgeren tastede selv, mens du kiggede væk. "
    "Vælg grundlaget, eller lad borgeren gøre trinnet."
)
TYPED_REFUSED = (
    "Trin %1 er et MitID-trin, og afklaringen siger, at borgeren ikke har MitID. "
    "Borgeren kan derfor ikke have tastet sit MitID selv. Vælg digital fuldmagt eller værge, "
    "eller ret afklaringen, hvis borgeren alligevel har MitID."
)


def mitid_answer(session: Session, visit_id: int) -> str | None:
    """The visit's assessment answer to "Hvilket MitID bruger du?" (None: not asked)."""
    return session.scalar(
        select(AssessmentAnswer.choice)
        .join(AssessmentResult, AssessmentResult.id == AssessmentAnswer.assessment_id)
        .where(AssessmentResult.visit_id == visit_id, AssessmentAnswer.item_id == "mitid")
    )


def check_basis(
    uow: UnitOfWork,
    actor: ActorContext,
    visit_id: int,
    flow: Flow,
    index: int,
    who: StepActor,
    basis: StaffBasis | None,
) -> None:
    """Raise InvalidInput (and audit the refusal) when staff may not have done the step."""
    step = flow.steps[index]
    if who != StepActor.STAFF or not step.personal:
        return
    if basis is None:
        _refuse(uow, actor, visit_id, f"{flow.id}/{step.id}: {step.kind.value} uden grundlag")
        raise InvalidInput(STAFF_REFUSED.replace("%1", str(index + 1)))
    if basis == StaffBasis.CITIZEN_TYPED and not citizen_could_type(
        flow, step, mitid_answer(uow.session, visit_id)
    ):
        _refuse(uow, actor, visit_id, f"{flow.id}/{step.id}: borgeren tastede, men intet MitID")
        raise InvalidInput(TYPED_REFUSED.replace("%1", str(index + 1)))


def _refuse(uow: UnitOfWork, actor: ActorContext, visit_id: int, detail: str) -> None:
    uow.rollback()
    audit.record(uow.session, actor, "step.staff_refused", "visit", visit_id, detail)
    uow.commit()

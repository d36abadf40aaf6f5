"""Which bases a staff member may give for doing a MitID or payment step.

MitID is personal (mitid.dk). "The citizen typed while I looked away" is true only if the
citizen has a MitID to type: an assessment that says "Intet MitID" rules it out on a MitID
step. "Ved ikke" is no proof either way, a payment step is the citizen's card (not MitID),
and in a MitID errand (getting or repairing MitID) the citizen types the new MitID there.
"""

from __future__ import annotations

from medbetjening.domain.flows import Flow, FlowStep, StepKind
from medbetjening.domain.vocabulary import StaffBasis

NO_MITID = "none"  # the assessment item "mitid": "Intet MitID"
MITID_ERRAND = "MitID"  # the KOMHEN errand of the flows that give or repair MitID


def citizen_could_type(flow: Flow, step: FlowStep, mitid_answer: str | None) -> bool:
    """False when the citizen cannot have typed their own MitID on this step."""
    if step.kind != StepKind.MITID or flow.komhen == MITID_ERRAND:
        return True
    return mitid_answer != NO_MITID


def allowed_bases(flow: Flow, step: FlowStep, mitid_answer: str | None) -> tuple[StaffBasis, ...]:
    """The bases to offer, in the dialog's order."""
    return tuple(
        basis
        for basis in StaffBasis
        if basis != StaffBasis.CITIZEN_TYPED or citizen_could_type(flow, step, mitid_answer)
    )

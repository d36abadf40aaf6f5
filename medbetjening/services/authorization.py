"""The one place services check the role matrix (visits: services/visit_gate.py)."""

from __future__ import annotations

from medbetjening.domain.roles import Action, allowed
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import PermissionDenied

_DANISH = {
    "ambassador": "digitale ambassadører",
    "staff": "medarbejdere",
    "lead": "teamledere",
}


def require(actor: ActorContext, action: Action) -> None:
    """Raise PermissionDenied (with a Danish message) unless the role may do this."""
    if not allowed(actor.role, action):
        raise PermissionDenied(
            f"Det må {_DANISH.get(actor.role.value, actor.role.value)} ikke ({action.value}). "
            "Spørg en teamleder."
        )


def require_code_citizen(actor: ActorContext, citizen_code: str | None) -> None:
    """Volunteers know a returning citizen by the code on the handout only (DESIGN.md):
    one registered by CPR number alone is not theirs to look up."""
    if actor.is_ambassador and citizen_code is None:
        raise PermissionDenied(
            "Digitale ambassadører kan kun se borgere, der har en borgerkode. Spørg en medarbejder."
        )

"""The one place services check the role matrix."""

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

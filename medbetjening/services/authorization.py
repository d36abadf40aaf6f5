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


def require_visit_access(actor: ActorContext, site_id: int, staff_id: int) -> None:
    """Staff work with their own site's visits; ambassadors only with their own visits."""
    if actor.is_lead:
        return
    if site_id != actor.site_id:
        raise PermissionDenied("Besøget hører til et andet sted.")
    if actor.is_ambassador and staff_id != actor.staff_id:
        raise PermissionDenied(
            "Digitale ambassadører kan kun se deres egne besøg. Spørg en medarbejder."
        )


def volunteer_may_reach(actor: ActorContext, citizen_code: str | None, cpr_linked: bool) -> bool:
    """Volunteers know a returning citizen by the code on the handout only (DESIGN.md):
    a citizen linked to a CPR number (by its keyed hash) is never theirs to reach."""
    return not actor.is_ambassador or (citizen_code is not None and not cpr_linked)


def require_code_citizen(actor: ActorContext, citizen_code: str | None, cpr_linked: bool) -> None:
    """Raise unless ``volunteer_may_reach``: every citizen path of a volunteer goes here."""
    if not volunteer_may_reach(actor, citizen_code, cpr_linked):
        raise PermissionDenied(
            "Digitale ambassadører kan kun hjælpe borgere, der alene er kendt ved en "
            "borgerkode (ikke ved CPR-nummer). Spørg en medarbejder."
        )

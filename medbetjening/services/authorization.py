"""The one place services check the role matrix (visits: services/visit_gate.py)."""

from __future__ import annotations

from medbetjening.domain.roles import Action, allowed
from medbetjening.domain.vocabulary import Role
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import PermissionDenied

_DANISH = {
    "ambassador": "digitale ambassadører",
    "staff": "medarbejdere",
    "lead": "teamledere",
}


# What each permission lets a person do, in words (never the code "statistics.view").
_ACTION_DANISH = {
    Action.START_VISIT: "starte besøg",
    Action.RECORD_VISIT: "registrere i besøget",
    Action.ENTER_CPR: "slå borgere op med CPR-nummer",
    Action.LINK_CITIZEN_CODE: "knytte en borgerkode til besøget",
    Action.READ_HISTORY: "se borgerens historik",
    Action.READ_TASK_STATUS: "se borgerens status pr. opgave",
    Action.READ_OTHERS_NOTES: "læse kollegers noter",
    Action.MANAGE_FOLLOW_UPS: "arbejde med opfølgninger",
    Action.IMPORT_APPOINTMENTS: "indlæse og oprette aftaler",
    Action.EXPORT_HANDOUT: "lave papir til borgeren",
    Action.EXPORT_CASE_NOTE: "lave journalnotater",
    Action.VIEW_STATISTICS: "se statistik",
    Action.EXPORT_VISITS: "eksportere besøg",
    Action.MANAGE_CONTENT: "ændre forløb og indhold",
    Action.MANAGE_RETENTION: "slette gamle data",
    Action.MANAGE_STAFF: "administrere medarbejdere",
    Action.MANAGE_SITES: "administrere kommunens steder",
    Action.MANAGE_POLICIES: "ændre kommunens regler (slettefrister og delte pc'er)",
    Action.VIEW_AUDIT: "se revisionsloggen",
    Action.MANAGE_KEY: "administrere pseudonymiseringsnøglen",
    Action.CITIZEN_REQUEST: "give indsigt i eller slette en borgers data",
    Action.SET_OWN_PASSWORD: "skifte adgangskode",
    Action.RECORD_WORKSHOP: "registrere workshops",
}


def action_in_words(action: Action) -> str:
    return _ACTION_DANISH.get(action, action.value)


def require(actor: ActorContext, action: Action) -> None:
    """Raise PermissionDenied (with a Danish message naming who may) unless the role may."""
    if allowed(actor.role, action):
        return
    role = _DANISH.get(actor.role.value, actor.role.value).capitalize()
    words = action_in_words(action)
    # name who may: a volunteer refused appointments may ask a staff member, not only a lead
    may = [_DANISH[other.value] for other in Role if other != Role.LEAD and allowed(other, action)]
    if may:
        others = ", ".join(may)
        raise PermissionDenied(
            f"{role} må ikke {words}. Det må {others} og teamledere. Spørg en af dem."
        )
    raise PermissionDenied(f"{role} må ikke {words}. Det må kun teamledere. Spørg en teamleder.")


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

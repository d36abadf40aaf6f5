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
    Action.VIEW_AUDIT: "se revisionsloggen",
    Action.MANAGE_KEY: "administrere pseudonymiseringsnøglen",
    Action.CITIZEN_REQUEST: "give indsigt i eller slette en borgers data",
    Action.SET_OWN_PASSWORD: "skifte adgangskode",
}


def action_in_words(action: Action) -> str:
    return _ACTION_DANISH.get(action, action.value)


def require(actor: ActorContext, action: Action) -> None:
    """Raise PermissionDenied (with a Danish message) unless the role may do this."""
    if not allowed(actor.role, action):
        raise PermissionDenied(
            f"{_DANISH.get(actor.role.value, actor.role.value).capitalize()} må ikke "
            f"{action_in_words(action)}. Spørg en teamleder."
        )


def require_code_citizen(actor: ActorContext, citizen_code: str | None) -> None:
    """Volunteers know a returning citizen by the code on the handout only (DESIGN.md):
    one registered by CPR number alone is not theirs to look up."""
    if actor.is_ambassador and citizen_code is None:
        raise PermissionDenied(
            "Digitale ambassadører kan kun se borgere, der har en borgerkode. Spørg en medarbejder."
        )

"""Who may do what: the role matrix, enforced in services (not just hidden in the UI)."""

from __future__ import annotations

from enum import StrEnum

from medbetjening.domain.vocabulary import Role


class Action(StrEnum):
    START_VISIT = "visit.start"
    RECORD_VISIT = "visit.record"  # assessment answers, step marks, outcome of own/site visits
    ENTER_CPR = "citizen.enter_cpr"
    LINK_CITIZEN_CODE = "citizen.link_code"
    READ_HISTORY = "citizen.read_history"  # the full history of one citizen
    READ_TASK_STATUS = "citizen.read_task_status"  # per-task status only
    READ_OTHERS_NOTES = "visit.read_others_notes"
    MANAGE_FOLLOW_UPS = "follow_up.manage"
    IMPORT_APPOINTMENTS = "appointment.import"
    EXPORT_HANDOUT = "export.handout"
    EXPORT_CASE_NOTE = "export.case_note"
    VIEW_STATISTICS = "statistics.view"
    EXPORT_VISITS = "export.visits"
    MANAGE_CONTENT = "content.manage"
    MANAGE_RETENTION = "retention.manage"
    MANAGE_STAFF = "staff.manage"
    MANAGE_SITES = "site.manage"
    MANAGE_POLICIES = "policy.manage"  # retention periods, shared PC: the whole municipality
    VIEW_AUDIT = "audit.view"
    MANAGE_KEY = "key.manage"
    CITIZEN_REQUEST = "citizen.request"  # access request and erasure
    SET_OWN_PASSWORD = "staff.set_own_password"
    RECORD_WORKSHOP = "workshop.record"  # a course, IT-café or group lesson at one's own site


_STAFF = {
    Action.START_VISIT,
    Action.RECORD_VISIT,
    Action.ENTER_CPR,
    Action.LINK_CITIZEN_CODE,
    Action.READ_HISTORY,
    Action.READ_TASK_STATUS,
    Action.READ_OTHERS_NOTES,
    Action.MANAGE_FOLLOW_UPS,
    Action.IMPORT_APPOINTMENTS,
    Action.EXPORT_HANDOUT,
    Action.EXPORT_CASE_NOTE,
    Action.SET_OWN_PASSWORD,
    Action.RECORD_WORKSHOP,
}

# Volunteers: anonymous or citizen-code visits only; no CPR, no notes of others,
# no history beyond a citizen code's task status.
_AMBASSADOR = {
    Action.START_VISIT,
    Action.RECORD_VISIT,
    Action.LINK_CITIZEN_CODE,
    Action.READ_TASK_STATUS,
    Action.EXPORT_HANDOUT,
    Action.SET_OWN_PASSWORD,
    Action.RECORD_WORKSHOP,
}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.AMBASSADOR: frozenset(_AMBASSADOR),
    Role.STAFF: frozenset(_STAFF),
    Role.LEAD: frozenset(Action),
}


def allowed(role: Role, action: Action) -> bool:
    return action in PERMISSIONS[role]

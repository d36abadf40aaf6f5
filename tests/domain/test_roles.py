"""The role matrix itself: what each role may do, written out as a table."""

from __future__ import annotations

import pytest

from medbetjening.domain.roles import PERMISSIONS, Action, allowed
from medbetjening.domain.vocabulary import Role

A, S, L = Role.AMBASSADOR, Role.STAFF, Role.LEAD

# action → the roles allowed to do it
EXPECTED: dict[Action, set[Role]] = {
    Action.START_VISIT: {A, S, L},
    Action.RECORD_VISIT: {A, S, L},
    Action.ENTER_CPR: {S, L},
    Action.LINK_CITIZEN_CODE: {A, S, L},
    Action.READ_HISTORY: {S, L},
    Action.READ_TASK_STATUS: {A, S, L},
    Action.READ_OTHERS_NOTES: {S, L},
    Action.MANAGE_FOLLOW_UPS: {S, L},
    Action.IMPORT_APPOINTMENTS: {S, L},
    Action.EXPORT_HANDOUT: {A, S, L},
    Action.EXPORT_CASE_NOTE: {S, L},
    Action.VIEW_STATISTICS: {L},
    Action.EXPORT_VISITS: {L},
    Action.MANAGE_CONTENT: {L},
    Action.MANAGE_RETENTION: {L},
    Action.MANAGE_STAFF: {L},
    Action.MANAGE_SITES: {L},
    Action.MANAGE_POLICIES: {L},
    Action.VIEW_AUDIT: {L},
    Action.MANAGE_KEY: {L},
    Action.CITIZEN_REQUEST: {L},
    Action.SET_OWN_PASSWORD: {A, S, L},
    Action.RECORD_WORKSHOP: {A, S, L},
}


def test_every_action_is_in_the_table() -> None:
    assert set(EXPECTED) == set(Action)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_matrix(role: Role, action: Action) -> None:
    assert allowed(role, action) is (role in EXPECTED[action])


def test_volunteers_never_see_cpr_history_or_others_notes() -> None:
    forbidden = {Action.ENTER_CPR, Action.READ_HISTORY, Action.READ_OTHERS_NOTES}
    assert not forbidden & PERMISSIONS[Role.AMBASSADOR]


def test_roles_are_nested() -> None:
    assert PERMISSIONS[Role.AMBASSADOR] < PERMISSIONS[Role.STAFF] < PERMISSIONS[Role.LEAD]

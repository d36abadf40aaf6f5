"""A refusal names what the person may not do in words, never a permission code."""

from __future__ import annotations

import pytest

from medbetjening.domain.roles import Action
from medbetjening.domain.vocabulary import Role
from medbetjening.services.authorization import action_in_words, require
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import PermissionDenied


@pytest.mark.parametrize("action", list(Action))
def test_every_action_has_danish_words(action: Action) -> None:
    words = action_in_words(action)
    assert words != action.value
    assert action.value not in words


def test_a_staff_member_is_told_in_words_that_rules_are_for_leads() -> None:
    actor = ActorContext(staff_id=2, site_id=1, role=Role.STAFF)
    with pytest.raises(PermissionDenied) as refused:
        require(actor, Action.MANAGE_POLICIES)
    assert "policy.manage" not in str(refused.value)
    assert "kommunens regler" in str(refused.value)


def test_a_volunteer_refused_appointments_is_told_staff_may_do_it_too() -> None:
    actor = ActorContext(staff_id=3, site_id=1, role=Role.AMBASSADOR)
    with pytest.raises(PermissionDenied) as refused:
        require(actor, Action.IMPORT_APPOINTMENTS)
    assert str(refused.value) == (
        "Digitale ambassadører må ikke indlæse og oprette aftaler. "
        "Det må medarbejdere og teamledere. Spørg en af dem."
    )


def test_a_lead_only_refusal_says_only_leads_may() -> None:
    actor = ActorContext(staff_id=2, site_id=1, role=Role.STAFF)
    with pytest.raises(PermissionDenied) as refused:
        require(actor, Action.VIEW_STATISTICS)
    assert "Det må kun teamledere. Spørg en teamleder." in str(refused.value)

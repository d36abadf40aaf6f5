"""Sign-in with argon2 passwords, and the staff accounts a lead manages."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from medbetjening.domain.vocabulary import Role
from medbetjening.services.audit_log import AuditFilter
from medbetjening.services.errors import InvalidInput, PermissionDenied
from medbetjening.services.staff import PasswordNotSet, WrongPassword
from medbetjening.storage.models import Staff


def test_without_a_required_password_the_profile_signs_in(services, actor) -> None:  # type: ignore[no-untyped-def]
    signed = services.staff.authenticate(actor.staff_id, None, password_required=False)
    assert signed == actor
    assert services.setup.get_staff(actor.staff_id).has_password is False


def test_shared_pc_needs_a_first_password_then_the_right_one(services, actor, lead) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PasswordNotSet):
        services.staff.authenticate(actor.staff_id, None, password_required=True)
    with pytest.raises(InvalidInput, match="mindst 8"):
        services.staff.set_first_password(actor.staff_id, "kort")
    assert services.staff.set_first_password(actor.staff_id, "rugbrød med ost") == actor
    with pytest.raises(PermissionDenied):  # cannot be "chosen" again by someone else
        services.staff.set_first_password(actor.staff_id, "en anden kode")
    with pytest.raises(WrongPassword):
        services.staff.authenticate(actor.staff_id, "forkert kode", password_required=True)
    assert (
        services.staff.authenticate(actor.staff_id, "rugbrød med ost", password_required=True)
        == actor
    )
    with services.database.uow_factory() as uow:
        stored = uow.session.get(Staff, actor.staff_id).password_hash
    assert stored.startswith("$argon2") and "rugbrød" not in stored
    actions = [r.action for r in services.audit_log.list(lead, AuditFilter(action="staff."))]
    assert actions.count("staff.sign_in_failed") == 1 and actions.count("staff.sign_in") == 2


def test_change_own_password_needs_the_current_one(services, actor) -> None:  # type: ignore[no-untyped-def]
    services.staff.set_first_password(actor.staff_id, "første kode her")
    with pytest.raises(WrongPassword):
        services.staff.change_own_password(actor, "gæt", "anden kode her")
    services.staff.change_own_password(actor, "første kode her", "anden kode her")
    with pytest.raises(WrongPassword):
        services.staff.authenticate(actor.staff_id, "første kode her", password_required=True)
    services.staff.authenticate(actor.staff_id, "anden kode her", password_required=True)


def test_lead_creates_changes_role_and_deactivates(services, lead) -> None:  # type: ignore[no-untyped-def]
    account = services.staff.create(
        lead, "Birthe Frivillig", lead.site_id, Role.AMBASSADOR, "birthe"
    )
    assert (account.role, account.active, account.os_user) == ("ambassador", True, "birthe")
    assert services.staff.change_role(lead, account.id, Role.STAFF).role == "staff"
    services.staff.reset_password(lead, account.id, "midlertidig kode")
    assert services.staff.authenticate(account.id, "midlertidig kode", password_required=True)
    assert services.staff.set_active(lead, account.id, False).active is False
    with pytest.raises(PermissionDenied, match="deaktiveret"):
        services.staff.authenticate(account.id, "midlertidig kode", password_required=True)
    assert account.id not in [p.id for p in services.setup.staff()]  # not offered at sign-in
    listed = {a.id: a.active for a in services.staff.accounts(lead)}
    assert listed[account.id] is False and listed[lead.staff_id] is True
    assert services.staff.set_active(lead, account.id, True).active is True
    logged = [r.action for r in services.audit_log.list(lead, AuditFilter(action="staff."))]
    for action in ("staff.create", "staff.change_role", "staff.deactivate", "staff.reactivate"):
        assert action in logged


def test_the_last_lead_cannot_be_removed(services, lead) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput, match="egen profil"):
        services.staff.set_active(lead, lead.staff_id, False)
    with pytest.raises(InvalidInput, match="mindst én aktiv teamleder"):
        services.staff.change_role(lead, lead.staff_id, Role.STAFF)
    other = services.staff.create(
        lead, "Anden Leder", lead.site_id, Role.LEAD, password="anden leders kode"
    )
    services.staff.change_role(lead, lead.staff_id, Role.STAFF)
    with services.database.uow_factory() as uow:
        roles = dict(uow.session.execute(select(Staff.id, Staff.role)).all())
    assert roles[lead.staff_id] == "staff" and roles[other.id] == "lead"


def test_unknown_profile_and_bad_input(services, lead) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        services.staff.authenticate(9999, None, password_required=False)
    with pytest.raises(InvalidInput):
        services.staff.create(lead, "   ", lead.site_id, Role.STAFF)
    with pytest.raises(InvalidInput):
        services.staff.create(lead, "Navn", 9999, Role.STAFF)

"""Issue 14, sign-in policy: a profile with a password is always asked for it, a lead
always has one, the shared-PC rule lives in the database, failures are audited and
five in a row make the profile wait (doubling)."""

from __future__ import annotations

import datetime as dt

import pytest

from medbetjening.domain.vocabulary import Role
from medbetjening.services.audit_log import AuditFilter
from medbetjening.services.errors import InvalidInput, PasswordNotSet, PermissionDenied
from medbetjening.services.staff import StaffService, WrongPassword
from tests.seed import LEAD_PASSWORD


def test_a_volunteer_cannot_sign_in_as_a_lead_without_the_leads_password(
    services, ambassador, lead
) -> None:  # type: ignore[no-untyped-def]
    services.staff.set_first_password(ambassador.staff_id, "frivillig kode")
    # the caller "forgets" to require a password: the profile's own password still counts
    with pytest.raises(WrongPassword):
        services.staff.authenticate(lead.staff_id, None, password_required=False)
    with pytest.raises(WrongPassword):
        services.staff.authenticate(lead.staff_id, "frivillig kode", password_required=False)
    with pytest.raises(WrongPassword):
        services.staff.authenticate(ambassador.staff_id, None, password_required=False)
    assert services.staff.authenticate(lead.staff_id, LEAD_PASSWORD) == lead


def test_a_lead_without_a_password_cannot_exist(services, lead, actor) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput, match="mindst 8"):
        services.staff.create(lead, "Ny Leder", lead.site_id, Role.LEAD)
    with pytest.raises(InvalidInput, match="adgangskode"):
        services.staff.change_role(lead, actor.staff_id, Role.LEAD)  # actor has none
    with pytest.raises(InvalidInput, match="altid have en adgangskode"):
        services.staff.reset_password(lead, lead.staff_id, None)
    created = services.staff.create(lead, "Ny Leder", lead.site_id, Role.LEAD, password="x" * 9)
    assert created.has_password


def test_shared_pc_is_a_database_policy_a_lead_changes(services, actor, lead, ambassador) -> None:  # type: ignore[no-untyped-def]
    assert services.staff.authenticate(actor.staff_id, None) == actor
    with pytest.raises(PermissionDenied):
        services.policies.change(ambassador, shared_pc=True)
    services.policies.change(lead, shared_pc=True)
    with pytest.raises(PasswordNotSet):  # every profile needs a password now
        services.staff.authenticate(actor.staff_id, None)
    logged = services.audit_log.list(lead, AuditFilter(action="policy.change"))
    assert [r.detail for r in logged] == [
        "delt pc (alle profiler skal have adgangskode): false → true"
    ]


def test_five_failures_in_a_row_make_the_profile_wait_doubling(services, lead, actor) -> None:  # type: ignore[no-untyped-def]
    now = [dt.datetime(2026, 12, 1, 10, 0, 0)]
    staff = StaffService(services.database.uow_factory, clock=lambda: now[0])
    services.staff.set_first_password(actor.staff_id, "rigtig kode")
    for _ in range(4):
        with pytest.raises(WrongPassword, match="Prøv igen"):
            staff.authenticate(actor.staff_id, "forkert")
    with pytest.raises(WrongPassword, match="Vent 30 sekunder"):
        staff.authenticate(actor.staff_id, "forkert")
    with pytest.raises(PermissionDenied, match="Vent til kl. 10:00:30"):
        staff.authenticate(actor.staff_id, "rigtig kode")  # even the right one waits
    now[0] += dt.timedelta(seconds=30)
    with pytest.raises(WrongPassword, match="Vent 60 sekunder"):
        staff.authenticate(actor.staff_id, "forkert")
    now[0] += dt.timedelta(seconds=60)
    assert staff.authenticate(actor.staff_id, "rigtig kode") == actor
    failed = services.audit_log.list(lead, AuditFilter(action="staff.sign_in_failed"))
    assert len(failed) == 6 and any("venter 60 s" in (r.detail or "") for r in failed)
    with pytest.raises(WrongPassword, match="Prøv igen"):  # the count starts over
        staff.authenticate(actor.staff_id, "forkert")

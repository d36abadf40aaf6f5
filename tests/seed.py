"""Sites and staff profiles for tests, written directly (the services allow only a lead,
or the first start, to create them). Leads get ``LEAD_PASSWORD``: a lead without a
password cannot exist."""

from __future__ import annotations

from argon2 import PasswordHasher

from medbetjening.domain.vocabulary import Role, SiteKind
from medbetjening.services.dto import SiteInfo, StaffInfo
from medbetjening.services.setup import _site_info, _staff_info  # the services' own view
from medbetjening.storage.models import Site, Staff

LEAD_PASSWORD = "teamleder-kode"
_FAST = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)  # tests only


def add_site(services, name: str, kind: SiteKind = SiteKind.TOWN_HALL) -> SiteInfo:  # type: ignore[no-untyped-def]
    with services.database.uow_factory() as uow:
        site = Site(name=name, kind=SiteKind(kind).value)
        uow.session.add(site)
        uow.commit()
        return _site_info(site)


def add_staff(  # type: ignore[no-untyped-def]
    services,
    name: str,
    site_id: int,
    role: Role = Role.STAFF,
    os_user: str | None = None,
    password: str | None = None,
) -> StaffInfo:
    role = Role(role)
    if password is None and role == Role.LEAD:
        password = LEAD_PASSWORD
    with services.database.uow_factory() as uow:
        staff = Staff(
            name=name,
            site_id=site_id,
            role=role.value,
            os_user=os_user,
            password_hash=_FAST.hash(password) if password else None,
        )
        uow.session.add(staff)
        uow.commit()
        return _staff_info(staff)

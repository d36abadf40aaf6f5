"""Sites and staff profiles: what the first-run dialog and sign-in need."""

from __future__ import annotations

from sqlalchemy import func, select

from medbetjening.domain.vocabulary import Role, SiteKind
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.dto import SiteInfo, StaffInfo
from medbetjening.services.errors import InvalidInput
from medbetjening.storage.models import Site, Staff
from medbetjening.storage.unit_of_work import UnitOfWorkFactory


def _site_info(site: Site) -> SiteInfo:
    return SiteInfo(id=site.id, name=site.name, kind=site.kind)


def _staff_info(staff: Staff) -> StaffInfo:
    return StaffInfo(
        id=staff.id,
        name=staff.name,
        role=staff.role,
        site_id=staff.site_id,
        os_user=staff.os_user,
        has_password=staff.password_hash is not None,
    )


class SetupService(RetryingService):
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def is_empty(self) -> bool:
        with self._uow() as uow:
            return not uow.session.scalar(select(func.count()).select_from(Staff))

    def sites(self) -> list[SiteInfo]:
        with self._uow() as uow:
            return [_site_info(s) for s in uow.session.scalars(select(Site).order_by(Site.name))]

    def staff(self, site_id: int | None = None) -> list[StaffInfo]:
        with self._uow() as uow:
            query = select(Staff).where(Staff.active.is_(True)).order_by(Staff.name)
            if site_id is not None:
                query = query.where(Staff.site_id == site_id)
            return [_staff_info(s) for s in uow.session.scalars(query)]

    def get_staff(self, staff_id: int) -> StaffInfo:
        with self._uow() as uow:
            staff = uow.session.get(Staff, staff_id)
            if staff is None:
                raise InvalidInput(f"Medarbejder nr. {staff_id} findes ikke.")
            return _staff_info(staff)

    def create_site(self, name: str, kind: SiteKind = SiteKind.TOWN_HALL) -> SiteInfo:
        name = name.strip()
        if not name:
            raise InvalidInput("Skriv stedets navn, fx 'Borgerservice Rådhuset'.")
        with self._uow() as uow:
            if uow.session.scalar(select(Site).where(Site.name == name)) is not None:
                raise InvalidInput(f"Stedet '{name}' findes allerede.")
            site = Site(name=name, kind=kind.value)
            uow.session.add(site)
            uow.commit()
            return _site_info(site)

    def create_staff(
        self,
        name: str,
        site_id: int,
        role: Role = Role.STAFF,
        os_user: str | None = None,
    ) -> StaffInfo:
        name = name.strip()
        if not name:
            raise InvalidInput("Skriv medarbejderens navn.")
        with self._uow() as uow:
            if uow.session.get(Site, site_id) is None:
                raise InvalidInput(f"Sted nr. {site_id} findes ikke.")
            staff = Staff(name=name, site_id=site_id, role=role.value, os_user=os_user)
            uow.session.add(staff)
            uow.commit()
            return _staff_info(staff)

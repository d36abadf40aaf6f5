"""Sites and staff profiles: what the first-run dialog and sign-in need."""

from __future__ import annotations

from sqlalchemy import func, select

from medbetjening.domain.vocabulary import Role, SiteKind
from medbetjening.services import audit
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.dto import SiteInfo, StaffInfo
from medbetjening.services.errors import WHERE_STAFF, InvalidInput, PermissionDenied
from medbetjening.services.free_text import clean_name
from medbetjening.services.passwords import check_new_password, hash_password
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

    def sites(self, *, open_only: bool = False) -> list[SiteInfo]:
        query = select(Site).order_by(Site.name)
        if open_only:
            query = query.where(Site.closed_at.is_(None))
        with self._uow() as uow:
            return [_site_info(s) for s in uow.session.scalars(query)]

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
                raise InvalidInput(f"Medarbejder nr. {staff_id} findes ikke ({WHERE_STAFF}).")
            return _staff_info(staff)

    def create_first(
        self,
        site_name: str,
        kind: SiteKind,
        lead_name: str,
        os_user: str | None,
        password: str,
    ) -> StaffInfo:
        """The first start: the first site and its team lead, with the lead's password
        (a lead always has one). Refused once anyone exists: from then on only a lead
        adds sites and profiles (``SiteService``, ``StaffService``)."""
        site_name = clean_name(site_name, "stedets navn, fx 'Borgerservice Rådhuset'")
        lead_name = clean_name(lead_name, "dit navn")
        os_user = clean_name(os_user, "brugernavnet på pc'en", required=False) or None
        check_new_password(password)
        with self._uow() as uow:
            if uow.session.scalar(select(func.count()).select_from(Staff)):
                raise PermissionDenied(
                    "Programmet er allerede sat op. En teamleder opretter steder og profiler "
                    "under Administration."
                )
            site = Site(name=site_name, kind=SiteKind(kind).value)
            uow.session.add(site)
            uow.session.flush()
            staff = Staff(
                name=lead_name,
                site_id=site.id,
                role=Role.LEAD.value,
                os_user=os_user,
                password_hash=hash_password(password),
            )
            uow.session.add(staff)
            uow.session.flush()
            actor = ActorContext(staff.id, site.id, Role.LEAD, staff.name)
            audit.record(uow.session, actor, "site.create", "site", site.id, site.kind)
            audit.record(uow.session, actor, "staff.create", "staff", staff.id, "rolle=lead")
            uow.commit()
            return _staff_info(staff)

"""Administration → Steder: a team lead adds, renames and closes sites (audited).

A closed site keeps its visits for the statistics and the history; nobody can be
placed there, and it is not offered for new profiles.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from medbetjening.domain.roles import Action
from medbetjening.domain.vocabulary import SiteKind
from medbetjening.services import audit
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import WHERE_SITES, InvalidInput, NotFound
from medbetjening.services.free_text import clean_name
from medbetjening.storage.models import Site, Staff
from medbetjening.storage.unit_of_work import UnitOfWorkFactory


@dataclass(frozen=True)
class SiteAccount:
    id: int
    name: str
    kind: str
    active_staff: int
    closed_at: dt.datetime | None

    @property
    def closed(self) -> bool:
        return self.closed_at is not None


def site_kind(value: str | SiteKind) -> SiteKind:
    try:
        return SiteKind(value)
    except ValueError:
        known = ", ".join(kind.value for kind in SiteKind)
        raise InvalidInput(f"Ukendt slags sted: {value}. Vælg en af: {known}.") from None


class SiteService(RetryingService):
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def accounts(self, actor: ActorContext) -> list[SiteAccount]:
        require(actor, Action.MANAGE_SITES)
        counts = (
            select(Staff.site_id, func.count())
            .where(Staff.active.is_(True))
            .group_by(Staff.site_id)
        )
        with self._uow() as uow:
            staff = {site_id: count for site_id, count in uow.session.execute(counts)}
            sites = uow.session.scalars(
                select(Site).order_by(Site.closed_at.isnot(None), Site.name)
            )
            return [self._account(site, staff.get(site.id, 0)) for site in sites]

    def add(self, actor: ActorContext, name: str, kind: str | SiteKind) -> SiteAccount:
        require(actor, Action.MANAGE_SITES)
        name = clean_name(name, "stedets navn, fx 'Bibliotek Nord'")
        chosen = site_kind(kind)
        with self._uow() as uow:
            self._unique(uow.session, name, None)
            site = Site(name=name, kind=chosen.value)
            uow.session.add(site)
            uow.session.flush()
            audit.record(uow.session, actor, "site.create", "site", site.id, chosen.value)
            uow.commit()
            return self._account(site, 0)

    def rename(
        self, actor: ActorContext, site_id: int, name: str, kind: str | SiteKind | None = None
    ) -> SiteAccount:
        require(actor, Action.MANAGE_SITES)
        name = clean_name(name, "stedets nye navn")
        with self._uow() as uow:
            site = self._get(uow.session, site_id)
            self._unique(uow.session, name, site.id)
            site.name = name
            if kind is not None:
                site.kind = site_kind(kind).value
            audit.record(uow.session, actor, "site.rename", "site", site.id, site.kind)
            uow.commit()
            return self._account(site, self._staff_count(uow.session, site.id))

    def close(self, actor: ActorContext, site_id: int) -> SiteAccount:
        require(actor, Action.MANAGE_SITES)
        with self._uow() as uow:
            site = self._get(uow.session, site_id)
            staff = self._staff_count(uow.session, site.id)
            if staff:
                raise InvalidInput(
                    f"Stedet '{site.name}' har {staff} aktive medarbejdere. Flyt eller "
                    "deaktivér dem først (medbetjening staff list)."
                )
            if site.closed_at is None:
                site.closed_at = dt.datetime.now().replace(microsecond=0)
                audit.record(uow.session, actor, "site.close", "site", site.id)
            uow.commit()
            return self._account(site, 0)

    # -- helpers ---------------------------------------------------------------------
    @staticmethod
    def _get(session, site_id: int) -> Site:  # type: ignore[no-untyped-def]
        site = session.get(Site, site_id)
        if site is None:
            raise NotFound(f"Sted nr. {site_id} findes ikke ({WHERE_SITES}).")
        return site

    @staticmethod
    def _unique(session, name: str, own_id: int | None) -> None:  # type: ignore[no-untyped-def]
        other = session.scalar(select(Site.id).where(func.lower(Site.name) == name.lower()))
        if other is not None and other != own_id:
            raise InvalidInput(f"Stedet '{name}' findes allerede (nr. {other}).")

    @staticmethod
    def _staff_count(session, site_id: int) -> int:  # type: ignore[no-untyped-def]
        return int(
            session.scalar(
                select(func.count())
                .select_from(Staff)
                .where(Staff.site_id == site_id, Staff.active.is_(True))
            )
            or 0
        )

    @staticmethod
    def _account(site: Site, active_staff: int) -> SiteAccount:
        return SiteAccount(site.id, site.name, site.kind, active_staff, site.closed_at)

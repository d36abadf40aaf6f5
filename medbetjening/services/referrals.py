"""Referrals that close the loop (issue 21): made on the close form, seen at the
receiving site ("henvist hertil"), taken up by the citizen's visit there, and shown on
the sender's follow-up screen when not taken up in time (policy ``referral_days``).

The receiving site reads the referral and the task only: never the sender's note or
the sender's visit. A volunteer sees a referred citizen's code only when the citizen is
known by the code alone (as everywhere, ``volunteer_may_reach``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import or_, select, true, update
from sqlalchemy.orm import Session, aliased

from medbetjening.domain.referrals import ReferralStatus, due_date
from medbetjening.domain.roles import Action
from medbetjening.domain.vocabulary import VisitStatus
from medbetjening.services import audit
from medbetjening.services.authorization import require, volunteer_may_reach
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput, NotFound, PermissionDenied
from medbetjening.services.export_data import HandoutReferral
from medbetjening.services.policies import read_policies
from medbetjening.services.referral_stats import RouteCount, route_counts
from medbetjening.storage.models import (
    Citizen,
    HelpPoint,
    ReferralRecord,
    Site,
    Staff,
    Visit,
)
from medbetjening.storage.unit_of_work import UnitOfWorkFactory

if TYPE_CHECKING:
    from medbetjening.services.statistics import StatisticsFilter


@dataclass(frozen=True)
class ReferralTarget:
    """Where the close form sends the citizen: exactly one of a site or a help point."""

    site_id: int | None = None
    help_point_id: int | None = None
    flow_id: str | None = None  # the task (a flow id); None: not named


@dataclass(frozen=True)
class Destination:
    site_id: int | None
    help_point_id: int | None
    name: str


@dataclass(frozen=True)
class ReferredHereRow:
    """What the receiving site sees: who (code), which task, from where, since when."""

    id: int
    citizen_id: int | None
    citizen_code: str | None  # None: no code, or a volunteer may not see it
    task: str
    from_site: str
    made_on: dt.date


@dataclass(frozen=True)
class OverdueReferralRow:
    id: int
    citizen_id: int | None
    citizen_code: str | None
    destination: str
    outside: bool  # a help point: only the citizen can tell whether they went
    task: str
    made_on: dt.date
    due_date: dt.date
    staff_name: str


NO_TASK = "ikke angivet"


def make_referral(
    session: Session, visit: Visit, target: ReferralTarget, now: dt.datetime
) -> ReferralRecord:
    """The referral of a visit being closed, in the caller's transaction."""
    if (target.site_id is None) == (target.help_point_id is None):
        raise InvalidInput(
            "En henvisning skal gå til ét sted: et af kommunens steder eller et hjælpested."
        )
    if target.site_id is not None:
        site = session.get(Site, target.site_id)
        if site is None or site.closed_at is not None:
            raise InvalidInput(
                f"Stedet nr. {target.site_id} findes ikke eller er lukket; vælg et andet."
            )
        if site.id == visit.site_id:
            raise InvalidInput(
                "Borgeren er allerede her: henvis til et andet af kommunens steder eller et hjælpested."
            )
    else:
        point = session.get(HelpPoint, target.help_point_id)
        if point is None or not point.active:
            raise InvalidInput(
                f"Hjælpested nr. {target.help_point_id} findes ikke længere; vælg et andet."
            )
    days = read_policies(session).referral_days
    row = ReferralRecord(
        visit_id=visit.id,
        citizen_id=visit.citizen_id,
        from_site_id=visit.site_id,
        to_site_id=target.site_id,
        help_point_id=target.help_point_id,
        flow_id=target.flow_id,
        made_at=now,
        due_date=due_date(now, days),
        status=ReferralStatus.OPEN.value,
    )
    session.add(row)
    return row


def take_up_referrals(session: Session, visit: Visit, now: dt.datetime) -> int:
    """A closed visit of a referred citizen at the receiving site takes the referral up."""
    if visit.citizen_id is None:
        return 0
    result = session.execute(
        update(ReferralRecord)
        .where(
            ReferralRecord.citizen_id == visit.citizen_id,
            ReferralRecord.to_site_id == visit.site_id,
            ReferralRecord.status == ReferralStatus.OPEN.value,
            ReferralRecord.visit_id != visit.id,
            ReferralRecord.made_at <= now,
        )
        .values(
            status=ReferralStatus.TAKEN_UP.value,
            taken_up_visit_id=visit.id,
            closed_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    return result.rowcount or 0


def referrals_follow(session: Session, visit: Visit, citizen_id: int | None) -> None:
    """A visit linked to another citizen (or made anonymous): its referrals follow, one it
    took up for someone else is open again, and a closed visit takes up the new citizen's."""
    session.execute(
        update(ReferralRecord)
        .where(ReferralRecord.visit_id == visit.id)
        .values(citizen_id=citizen_id)
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(ReferralRecord)
        .where(
            ReferralRecord.taken_up_visit_id == visit.id,
            or_(ReferralRecord.citizen_id.is_(None), ReferralRecord.citizen_id != citizen_id)
            if citizen_id is not None
            else true(),
        )
        .values(status=ReferralStatus.OPEN.value, taken_up_visit_id=None, closed_at=None)
        .execution_options(synchronize_session=False)
    )
    if visit.status == VisitStatus.CLOSED.value and visit.ended_at is not None:
        take_up_referrals(session, visit, visit.ended_at)


class ReferralService(RetryingService):
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        titles: Callable[[], dict[str, str]],
        clock: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._uow = uow_factory
        self._titles = titles  # flow id -> title, for the task
        self._today = clock

    def destinations(self, actor: ActorContext) -> list[Destination]:
        """The other open sites of the municipality, then the active help points."""
        require(actor, Action.RECORD_VISIT)
        with self._uow() as uow:
            sites = uow.session.execute(
                select(Site.id, Site.name)
                .where(Site.closed_at.is_(None), Site.id != actor.site_id)
                .order_by(Site.name)
            ).all()
            points = uow.session.execute(
                select(HelpPoint.id, HelpPoint.name)
                .where(HelpPoint.active.is_(True))
                .order_by(HelpPoint.name)
            ).all()
        return [Destination(site_id, None, name) for site_id, name in sites] + [
            Destination(None, point_id, name) for point_id, name in points
        ]

    def referred_here(self, actor: ActorContext) -> list[ReferredHereRow]:
        """Open referrals to the actor's site ("henvist hertil"), oldest first."""
        require(actor, Action.START_VISIT)
        sender = aliased(Site)
        with self._uow() as uow:
            rows = uow.session.execute(
                select(
                    ReferralRecord.id,
                    ReferralRecord.citizen_id,
                    Citizen.citizen_code,
                    Citizen.cpr_hash,
                    ReferralRecord.flow_id,
                    sender.name,
                    ReferralRecord.made_at,
                )
                .join(sender, sender.id == ReferralRecord.from_site_id)
                .outerjoin(Citizen, Citizen.id == ReferralRecord.citizen_id)
                .where(
                    ReferralRecord.to_site_id == actor.site_id,
                    ReferralRecord.status == ReferralStatus.OPEN.value,
                    ReferralRecord.citizen_id.isnot(None),
                )
                .order_by(ReferralRecord.made_at, ReferralRecord.id)
            ).all()
        titles = self._titles()
        shown = []
        for ref_id, citizen_id, code, cpr_hash, flow_id, from_site, made_at in rows:
            reachable = volunteer_may_reach(actor, code, cpr_hash is not None)
            shown.append(
                ReferredHereRow(
                    id=ref_id,
                    citizen_id=citizen_id if reachable else None,
                    citizen_code=code if reachable else None,
                    task=_task(titles, flow_id),
                    from_site=from_site,
                    made_on=made_at.date(),
                )
            )
        return shown

    def overdue_referrals(
        self, actor: ActorContext, site_id: int | None = None
    ) -> list[OverdueReferralRow]:
        """The sender's referrals still open after their time (follow-up screen)."""
        require(actor, Action.MANAGE_FOLLOW_UPS)
        site = actor.site_id if site_id is None else site_id
        if site != actor.site_id and not actor.is_lead:
            raise PermissionDenied("Kun en teamleder kan se et andet steds henvisninger.")
        receiver = aliased(Site)
        with self._uow() as uow:
            rows = uow.session.execute(
                select(
                    ReferralRecord.id,
                    ReferralRecord.citizen_id,
                    Citizen.citizen_code,
                    receiver.name,
                    HelpPoint.name,
                    ReferralRecord.flow_id,
                    ReferralRecord.made_at,
                    ReferralRecord.due_date,
                    Staff.name,
                )
                .join(Visit, Visit.id == ReferralRecord.visit_id)
                .join(Staff, Staff.id == Visit.staff_id)
                .outerjoin(receiver, receiver.id == ReferralRecord.to_site_id)
                .outerjoin(HelpPoint, HelpPoint.id == ReferralRecord.help_point_id)
                .outerjoin(Citizen, Citizen.id == ReferralRecord.citizen_id)
                .where(
                    ReferralRecord.from_site_id == site,
                    ReferralRecord.status == ReferralStatus.OPEN.value,
                    ReferralRecord.due_date < self._today(),
                )
                .order_by(ReferralRecord.due_date, ReferralRecord.id)
            ).all()
        titles = self._titles()
        return [
            OverdueReferralRow(
                id=ref_id,
                citizen_id=citizen_id,
                citizen_code=code,
                destination=site_name or point_name or "",
                outside=point_name is not None,
                task=_task(titles, flow_id),
                made_on=made_at.date(),
                due_date=due,
                staff_name=staff_name,
            )
            for ref_id, citizen_id, code, site_name, point_name, flow_id, made_at, due, staff_name in rows
        ]

    def route_statistics(
        self, actor: ActorContext, flt: StatisticsFilter
    ) -> tuple[RouteCount, ...]:
        """Per route: made, taken up and the share (the statistics export)."""
        require(actor, Action.VIEW_STATISTICS)
        with self._uow() as uow:
            return route_counts(uow.session, flt)

    def record_result(self, actor: ActorContext, referral_id: int, taken_up: bool) -> None:
        """The sender heard from the citizen: went (help points only) or did not go."""
        require(actor, Action.MANAGE_FOLLOW_UPS)
        with self._uow() as uow:
            row = uow.session.get(ReferralRecord, referral_id)
            if row is None:
                raise NotFound(f"Henvisning nr. {referral_id} findes ikke.")
            if row.from_site_id != actor.site_id and not actor.is_lead:
                raise PermissionDenied("Kun stedet, der henviste, kan registrere udfaldet.")
            if row.status != ReferralStatus.OPEN.value:
                raise InvalidInput(f"Henvisning nr. {referral_id} er allerede afsluttet.")
            if taken_up and row.to_site_id is not None:
                raise InvalidInput(
                    "En henvisning til et af kommunens steder tages op af borgerens besøg dér, "
                    "ikke af en registrering her."
                )
            status = ReferralStatus.TAKEN_UP if taken_up else ReferralStatus.NOT_TAKEN_UP
            row.status = status.value
            row.closed_at = dt.datetime.now().replace(microsecond=0)
            row.closed_by = actor.staff_id
            audit.record(uow.session, actor, "referral.result", "referral", row.id, status.value)
            uow.commit()


def handout_referral(
    session: Session, visit_id: int, titles: dict[str, str]
) -> HandoutReferral | None:
    """The referral made at this visit, as the citizen's handout prints it."""
    row = session.scalar(
        select(ReferralRecord)
        .where(ReferralRecord.visit_id == visit_id)
        .order_by(ReferralRecord.id)
    )
    if row is None:
        return None
    task = titles.get(row.flow_id, row.flow_id) if row.flow_id else None
    if row.to_site_id is not None:
        site = session.get(Site, row.to_site_id)
        return HandoutReferral(place=site.name if site else "", task=task)
    point = session.get(HelpPoint, row.help_point_id)
    if point is None:
        return None
    return HandoutReferral(
        place=point.name,
        task=task,
        address=point.address,
        opening_hours=point.opening_hours,
        phone=point.phone,
    )


def _task(titles: dict[str, str], flow_id: str | None) -> str:
    if flow_id is None:
        return NO_TASK
    return titles.get(flow_id, flow_id)

"""Starting, resuming and listing visits."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, and_, or_, select

from medbetjening.domain.contact import default_channel
from medbetjening.domain.roles import Action
from medbetjening.domain.vocabulary import Channel, ContactType, VisitStatus
from medbetjening.services import audit
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.dto import VisitRow, visit_row
from medbetjening.services.errors import WHERE_SITES, NotFound
from medbetjening.services.visit_gate import check_read
from medbetjening.storage.models import Citizen, FlowRun, Site, Staff, Visit
from medbetjening.storage.unit_of_work import UnitOfWorkFactory


def _day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time.min)
    return start, start + dt.timedelta(days=1)


class VisitService(RetryingService):
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def start_visit(
        self,
        actor: ActorContext,
        channel: Channel | None = None,
        desk_id: int | None = None,
    ) -> int:
        """Start a visit: information until a flow is run (flows.start_run raises it)."""
        require(actor, Action.START_VISIT)
        with self._uow() as uow:
            site = uow.session.get(Site, actor.site_id)
            if site is None:
                raise NotFound(f"Sted nr. {actor.site_id} findes ikke ({WHERE_SITES}).")
            if channel is None:
                channel = default_channel(site.kind)
            visit = Visit(
                site_id=actor.site_id,
                staff_id=actor.staff_id,
                desk_id=desk_id,
                channel=channel.value,
                contact_type=ContactType.INFORMATION.value,
                status=VisitStatus.OPEN.value,
            )
            uow.session.add(visit)
            uow.commit()
            return visit.id

    def site_channel(self, actor: ActorContext) -> Channel:
        """The channel a visit at the actor's site starts with (the site's kind)."""
        with self._uow() as uow:
            site = uow.session.get(Site, actor.site_id)
            return default_channel(site.kind if site else None)

    def todays_visits(
        self,
        actor: ActorContext,
        day: dt.date | None = None,
        *,
        limit: int | None = None,
        after: VisitRow | None = None,
    ) -> list[VisitRow]:
        """The day's visits at the actor's site, newest first.

        With ``limit`` a page: the next ``limit`` visits after ``after`` (the last row
        of the previous page), so a lazy list fetches a busy day a screenful at a time.
        Plain columns, not ORM objects (benchmark: tests/benchmarks, todays_visits).
        """
        start, end = _day_bounds(day or dt.date.today())
        conditions = [
            Visit.site_id == actor.site_id,
            Visit.started_at >= start,
            Visit.started_at < end,
        ]
        if actor.is_ambassador:  # volunteers see only their own visits
            conditions.append(Visit.staff_id == actor.staff_id)
        if after is not None:
            conditions.append(Visit.started_at <= after.started_at)  # bounds the index range
            conditions.append(
                or_(
                    Visit.started_at < after.started_at,
                    and_(Visit.started_at == after.started_at, Visit.id < after.id),
                )
            )
        query = (
            _list_select()
            .where(*conditions)
            .order_by(Visit.started_at.desc(), Visit.id.desc())
            .limit(limit)
        )
        with self._uow() as uow:
            rows = uow.session.execute(query).all()
            if limit is None:  # the whole day: flows by the same filter, not a long IN list
                flows_query = (
                    select(FlowRun.visit_id, FlowRun.flow_title)
                    .join(Visit, Visit.id == FlowRun.visit_id)
                    .where(*conditions)
                    .order_by(FlowRun.id)
                )
                flows: dict[int, list[str]] = {}
                for visit_id, title in uow.session.execute(flows_query):
                    flows.setdefault(visit_id, []).append(title)
            else:
                flows = self._flow_titles(uow.session, [row[0] for row in rows])
            return [visit_row(row, flows.get(row[0], [])) for row in rows]

    def open_visits(self, actor: ActorContext) -> list[VisitRow]:
        """Visits this staff member left open (a crash, or a forgotten close)."""
        # plain columns, not ORM objects: a clerk may have left a hundred open (40 µs each)
        query = (
            _list_select()
            .where(Visit.staff_id == actor.staff_id, Visit.status == VisitStatus.OPEN.value)
            .order_by(Visit.started_at.desc())
        )
        with self._uow() as uow:
            rows = uow.session.execute(query).all()
            flows = self._flow_titles(uow.session, [row[0] for row in rows])
            return [visit_row(row, flows.get(row[0], [])) for row in rows]

    def open_visit(self, actor: ActorContext, visit_id: int) -> VisitRow:
        """A person opens a visit on screen: the same read, audited ("visit.open": who,
        when, which visit), so the audit log shows who looked at a citizen's visit."""
        row = self.get_visit(actor, visit_id)
        with self._uow() as uow:
            audit.record(uow.session, actor, "visit.open", "visit", visit_id)
            uow.commit()
        return row

    def get_visit(self, actor: ActorContext, visit_id: int) -> VisitRow:
        query = (
            select(Visit, Staff.name, Citizen.citizen_code)
            .join(Staff, Staff.id == Visit.staff_id)
            .outerjoin(Citizen, Citizen.id == Visit.citizen_id)
            .where(Visit.id == visit_id)
        )
        with self._uow() as uow:
            row = uow.session.execute(query).first()
            if row is None:
                raise NotFound(f"Besøg nr. {visit_id} findes ikke.")
            visit, staff_name, code = row
            check_read(actor, visit)
            flows = self._flow_titles(uow.session, [visit.id])
            return self._row(visit, staff_name, code, flows.get(visit.id, []))

    @staticmethod
    def _flow_titles(session, visit_ids: list[int]) -> dict[int, list[str]]:  # type: ignore[no-untyped-def]
        if not visit_ids:
            return {}
        titles: dict[int, list[str]] = {}
        query = (
            select(FlowRun.visit_id, FlowRun.flow_title)
            .where(FlowRun.visit_id.in_(visit_ids))
            .order_by(FlowRun.id)
        )
        for visit_id, title in session.execute(query):
            titles.setdefault(visit_id, []).append(title)
        return titles

    @staticmethod
    def _row(visit: Visit, staff_name: str, code: str | None, flows: list[str]) -> VisitRow:
        return VisitRow(
            id=visit.id,
            started_at=visit.started_at,
            ended_at=visit.ended_at,
            status=visit.status,
            channel=visit.channel,
            contact_type=visit.contact_type,
            staff_name=staff_name,
            citizen_id=visit.citizen_id,
            citizen_code=code,
            flows=", ".join(flows),
            version=visit.version,
        )


def _list_select() -> Select[Any]:
    """The columns of a list row (today's visits, open visits), with staff and code."""
    return (
        select(
            Visit.id,
            Visit.started_at,
            Visit.ended_at,
            Visit.status,
            Visit.channel,
            Visit.contact_type,
            Staff.name,
            Visit.citizen_id,
            Citizen.citizen_code,
            Visit.version,
        )
        .join(Staff, Staff.id == Visit.staff_id)
        .outerjoin(Citizen, Citizen.id == Visit.citizen_id)
    )

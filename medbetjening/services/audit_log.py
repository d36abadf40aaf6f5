"""Reading the audit log (team leads): list, filter, and the rows of an export
(written by ``reports/exporting.py``).

The log itself is append-only: ``services/audit.record`` adds events in the caller's
transaction, and the database refuses UPDATE and DELETE on ``audit_event`` (migration
0002) except for the retention job's purge (``services/retention.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import aliased

from medbetjening.domain.roles import Action
from medbetjening.services import audit
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.storage.models import AuditEvent, Site, Staff
from medbetjening.storage.unit_of_work import UnitOfWorkFactory


@dataclass(frozen=True)
class AuditFilter:
    start: dt.date | None = None  # inclusive
    end: dt.date | None = None  # inclusive
    action: str | None = None  # exact code, or a prefix ending in "." (e.g. "citizen.")
    staff_id: int | None = None
    site_id: int | None = None
    text: str | None = None  # in the details, the staff name or the action


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    staff_id: int | None
    staff_name: str
    site_name: str
    action: str
    target_type: str | None
    target_id: int | None
    detail: str


class AuditLogService(RetryingService):
    def __init__(self, uow_factory: UnitOfWorkFactory) -> None:
        self._uow = uow_factory

    def list(
        self,
        actor: ActorContext,
        criteria: AuditFilter | None = None,
        *,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[AuditRow]:
        """Newest first."""
        require(actor, Action.VIEW_AUDIT)
        query = self._query(criteria or AuditFilter()).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self._uow() as uow:
            return [self._row(*row) for row in uow.session.execute(query)]

    def count(self, actor: ActorContext, criteria: AuditFilter | None = None) -> int:
        require(actor, Action.VIEW_AUDIT)
        query = self._query(criteria or AuditFilter()).order_by(None)
        with self._uow() as uow:
            return int(uow.session.scalar(select(func.count()).select_from(query.subquery())) or 0)

    def actions(self, actor: ActorContext) -> list[str]:
        """The action codes present in the log (for a filter list)."""
        require(actor, Action.VIEW_AUDIT)
        with self._uow() as uow:
            return list(
                uow.session.scalars(
                    select(AuditEvent.action).distinct().order_by(AuditEvent.action)
                )
            )

    @contextmanager
    def exported(
        self, actor: ActorContext, criteria: AuditFilter | None = None
    ) -> Iterator[list[AuditRow]]:
        """The filtered log to export; the export is logged when the block ends without an
        error (a cancelled or failed file is not)."""
        require(actor, Action.VIEW_AUDIT)
        criteria = criteria or AuditFilter()
        rows = self.list(actor, criteria)
        yield rows
        with self._uow() as uow:
            audit.record(
                uow.session,
                actor,
                "audit.export",
                detail=f"{len(rows)} hændelser; {_describe(criteria)}",
            )
            uow.commit()

    @staticmethod
    def _query(criteria: AuditFilter) -> Select:  # type: ignore[type-arg]
        staff = aliased(Staff)
        site = aliased(Site)
        query = (
            select(AuditEvent, staff.name, site.name)
            .outerjoin(staff, staff.id == AuditEvent.staff_id)
            .outerjoin(site, site.id == AuditEvent.site_id)
            .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        )
        if criteria.start is not None:
            query = query.where(AuditEvent.at >= dt.datetime.combine(criteria.start, dt.time.min))
        if criteria.end is not None:
            end = dt.datetime.combine(criteria.end + dt.timedelta(days=1), dt.time.min)
            query = query.where(AuditEvent.at < end)
        if criteria.action:
            if criteria.action.endswith("."):
                query = query.where(AuditEvent.action.startswith(criteria.action))
            else:
                query = query.where(AuditEvent.action == criteria.action)
        if criteria.staff_id is not None:
            query = query.where(AuditEvent.staff_id == criteria.staff_id)
        if criteria.site_id is not None:
            query = query.where(AuditEvent.site_id == criteria.site_id)
        if criteria.text and criteria.text.strip():
            pattern = f"%{criteria.text.strip().lower()}%"
            query = query.where(
                or_(
                    func.lower(AuditEvent.detail).like(pattern),
                    func.lower(AuditEvent.action).like(pattern),
                    func.lower(staff.name).like(pattern),
                )
            )
        return query

    @staticmethod
    def _row(event: AuditEvent, staff_name: str | None, site_name: str | None) -> AuditRow:
        return AuditRow(
            id=event.id,
            at=event.at,
            staff_id=event.staff_id,
            staff_name=staff_name or ("System" if event.staff_id is None else "–"),
            site_name=site_name or "",
            action=event.action,
            target_type=event.target_type,
            target_id=event.target_id,
            detail=event.detail or "",
        )


def _describe(criteria: AuditFilter) -> str:
    parts = []
    if criteria.start:
        parts.append(f"fra {criteria.start.isoformat()}")
    if criteria.end:
        parts.append(f"til {criteria.end.isoformat()}")
    if criteria.action:
        parts.append(f"handling {criteria.action}")
    if criteria.staff_id is not None:
        parts.append(f"medarbejder {criteria.staff_id}")
    if criteria.site_id is not None:
        parts.append(f"sted {criteria.site_id}")
    if criteria.text:
        parts.append(f"tekst '{criteria.text}'")
    return ", ".join(parts) or "hele loggen"

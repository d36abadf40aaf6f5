"""Tracking a citizen across visits: history, per-task status, and the follow-ups.

Every read of one citizen's history (and of their task status) is audited in the
same transaction. Ambassadors get the per-task status only, never the history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import update
from sqlalchemy.orm import Session

from medbetjening.domain.roles import Action, allowed
from medbetjening.domain.self_sufficiency import (
    FollowUpResult,
    assessment_trend,
)
from medbetjening.domain.vocabulary import FollowUpStatus
from medbetjening.services import audit
from medbetjening.services.authorization import require, require_code_citizen
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput, NotFound, PermissionDenied
from medbetjening.services.follow_up_list import (
    FollowUpFilter,
    FollowUpRow,
    FollowUpScope,
    follow_up_rows,
    scope_bounds,
)
from medbetjening.services.history_reads import citizen_visits
from medbetjening.services.task_status import (
    citizen_runs,
    collect_titles,
    run_titles,
    task_statuses,
)
from medbetjening.services.tracking_dto import (
    CitizenHistory,
    HistoryVisit,
    LevelPoint,
    TaskStatusRow,
)

# re-exported: callers import these from tracking
__all__ = [
    "CitizenHistory",
    "FollowUpRow",
    "HistoryVisit",
    "LevelPoint",
    "TaskStatusRow",
    "TrackingService",
    "collect_titles",
]
from medbetjening.storage.models import (
    Citizen,
    FollowUp,
)
from medbetjening.storage.unit_of_work import UnitOfWorkFactory

HISTORY_READ = "citizen.history.read"
TASK_STATUS_READ = "citizen.task_status.read"


def _today() -> dt.date:
    return dt.date.today()


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class TrackingService(RetryingService):
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        today: Callable[[], dt.date] = _today,
        clock: Callable[[], dt.datetime] = _now,
    ) -> None:
        self._uow = uow_factory
        self._today = today
        self._clock = clock

    # -- one citizen ----------------------------------------------------------
    def citizen_history(self, actor: ActorContext, citizen_id: int) -> CitizenHistory:
        require(actor, Action.READ_HISTORY)
        with self._uow() as uow:
            session = uow.session
            see_notes = allowed(actor.role, Action.READ_OTHERS_NOTES)
            # plain columns, not ORM objects: the history opens while the citizen waits
            code, age_band, rows = citizen_visits(session, citizen_id)
            runs = citizen_runs(session, citizen_id)
            titles = run_titles(runs[0])
            visits: list[HistoryVisit] = []
            levels: list[LevelPoint] = []
            for (
                visit_id,
                started_at,
                status,
                staff_id,
                site_id,
                site_name,
                staff_name,
                level,
                completion,
                autonomy,
                citizen_share,
                referral,
                note,
                level_low,
                level_high,
                route,
                route_reason,
            ) in rows:
                if level is not None:
                    levels.append(LevelPoint(at=started_at, level=level))
                own = staff_id == actor.staff_id
                # another site's note stays there (README, roles): its visit and outcome show
                note_visible = own or (see_notes and (actor.is_lead or site_id == actor.site_id))
                visits.append(
                    HistoryVisit(
                        visit_id=visit_id,
                        started_at=started_at,
                        status=status,
                        site_name=site_name,
                        staff_name=staff_name,
                        flows=", ".join(titles.get(visit_id, [])),
                        level=level,
                        completion=completion,
                        autonomy=autonomy,
                        citizen_share=citizen_share,
                        referral=referral,
                        note=note if note_visible else None,
                        level_low=level_low,
                        level_high=level_high,
                        route=route,
                        route_override_reason=route_reason,
                    )
                )
            tasks = task_statuses(session, citizen_id, runs)
            # written and committed before the history is returned (and so shown)
            audit.record(session, actor, HISTORY_READ, "citizen", citizen_id, at_once=True)
            uow.commit()
            return CitizenHistory(
                citizen_id=citizen_id,
                citizen_code=code,
                age_band=age_band,
                visits=visits,
                levels=levels,
                trend=assessment_trend([(point.at, point.level) for point in levels]),
                tasks=tasks,
            )

    def task_statuses(self, actor: ActorContext, citizen_id: int) -> list[TaskStatusRow]:
        """Per-task status only: what an ambassador may see of a returning citizen."""
        require(actor, Action.READ_TASK_STATUS)
        with self._uow() as uow:
            citizen = self._citizen(uow.session, citizen_id)
            require_code_citizen(actor, citizen.citizen_code, citizen.cpr_hash is not None)
            tasks = task_statuses(uow.session, citizen_id)
            audit.record(uow.session, actor, TASK_STATUS_READ, "citizen", citizen_id)
            uow.commit()
            return tasks

    # -- follow-ups -----------------------------------------------------------
    def due_follow_ups(self, actor: ActorContext, days_ahead: int = 0) -> list[FollowUpRow]:
        """This site's open follow-ups due by today (+ ``days_ahead``), oldest first."""
        require(actor, Action.MANAGE_FOLLOW_UPS)
        until = self._today() + dt.timedelta(days=max(days_ahead, 0))
        with self._uow() as uow:
            return follow_up_rows(uow.session, self._today(), actor.site_id, None, None, until)

    def follow_ups(
        self, actor: ActorContext, scope: FollowUpScope, filter: FollowUpFilter | None = None
    ) -> list[FollowUpRow]:
        """Open follow-ups due now, this week (to Sunday) or later (paged), by staff and site."""
        require(actor, Action.MANAGE_FOLLOW_UPS)
        filter = filter or FollowUpFilter()
        site_id = filter.site_id or actor.site_id
        if site_id != actor.site_id and not actor.is_lead:
            raise PermissionDenied("Kun en teamleder kan se et andet steds opfølgninger.")
        today = self._today()
        start, end = scope_bounds(scope, today)
        with self._uow() as uow:
            return follow_up_rows(
                uow.session,
                today,
                site_id,
                filter.staff_id,
                start,
                end,
                filter.limit,
                filter.offset,
            )

    def mark_follow_up_done(
        self, actor: ActorContext, follow_up_id: int, result: FollowUpResult
    ) -> None:
        """Done with a result; "managed alone" makes the visit's tasks self-sufficient."""
        require(actor, Action.MANAGE_FOLLOW_UPS)
        with self._uow() as uow:
            follow_up = uow.session.get(FollowUp, follow_up_id)
            if follow_up is None:
                raise NotFound(f"Opfølgning nr. {follow_up_id} findes ikke.")
            if follow_up.site_id != actor.site_id:
                raise PermissionDenied(f"Opfølgning nr. {follow_up_id} hører til et andet sted.")
            already_done = InvalidInput(f"Opfølgning nr. {follow_up_id} er allerede afsluttet.")
            if follow_up.status != FollowUpStatus.DUE.value:
                raise already_done
            # only while still due: a colleague's result recorded in the meantime wins
            marked = uow.session.execute(
                update(FollowUp)
                .where(FollowUp.id == follow_up_id, FollowUp.status == FollowUpStatus.DUE.value)
                .values(
                    status=FollowUpStatus.DONE.value,
                    result=FollowUpResult(result).value,
                    done_at=self._clock(),
                    done_by=actor.staff_id,
                )
                .execution_options(synchronize_session=False)
            )
            if marked.rowcount != 1:
                raise already_done
            uow.commit()

    @staticmethod
    def _citizen(session: Session, citizen_id: int) -> Citizen:
        citizen = session.get(Citizen, citizen_id)
        if citizen is None:
            raise NotFound(f"Borger nr. {citizen_id} findes ikke.")
        return citizen

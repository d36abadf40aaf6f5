"""Closing a visit: the required outcome, its suggested defaults and the follow-up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.exc import StaleDataError

from medbetjening.domain.notes import mask_cpr
from medbetjening.domain.roles import Action
from medbetjening.domain.self_sufficiency import (
    citizen_share,
    derive_autonomy,
    suggest_completion,
    suggest_reason,
)
from medbetjening.domain.vocabulary import (
    Autonomy,
    BlockReason,
    Completion,
    ContactType,
    FlowRunStatus,
    FollowUpKind,
    FollowUpStatus,
    Referral,
    VisitStatus,
)
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import CONCURRENT_EDIT_MESSAGE, RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import ConcurrentEdit, InvalidInput
from medbetjening.services.referrals import ReferralTarget, make_referral, take_up_referrals
from medbetjening.services.visit_cancel import recorded_anything
from medbetjening.services.visit_gate import visit_for_change, visit_for_read
from medbetjening.storage.models import Citizen, FlowRun, FollowUp, Outcome, Visit
from medbetjening.storage.unit_of_work import UnitOfWorkFactory

NOTE_MAX_CHARS = 500
DURATION_MAX_MINUTES = 600
DEFAULT_FOLLOW_UP_DAYS = 14


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class OutcomeDefaults:
    """What the close form starts with; each value can be changed before closing."""

    visit_id: int
    version: int
    status: str
    started_at: dt.datetime
    completion: Completion
    reason: BlockReason | None
    autonomy: Autonomy
    derived_autonomy: Autonomy | None  # None: no step marks to derive from
    duration_minutes: int
    citizen_share: float | None
    has_citizen: bool
    follow_up_date: dt.date
    contact_type: ContactType  # from the flows run (the highest wins); staff may correct it
    channel: str


@dataclass(frozen=True)
class CloseRequest:
    completion: Completion
    autonomy: Autonomy
    duration_minutes: int
    expected_version: int
    reason: BlockReason | None = None
    referral: Referral | None = None
    note: str = ""
    follow_up_date: dt.date | None = None
    follow_up_kind: FollowUpKind | None = None
    contact_type: ContactType | None = None  # None: keep the type the flows gave
    referral_to: ReferralTarget | None = None  # a site or help point the citizen is sent to


@dataclass(frozen=True)
class OutcomeInfo:
    visit_id: int
    completion: str
    reason: str | None
    autonomy: str
    derived_autonomy: str | None
    referral: str | None
    note: str | None
    citizen_share: float | None
    duration_minutes: int | None
    ended_at: dt.datetime | None
    follow_up_date: dt.date | None
    follow_up_kind: str | None
    contact_type: str = ContactType.INFORMATION.value


@dataclass(frozen=True)
class ClosedVisit:
    visit_id: int
    version: int
    masked_numbers: int  # CPR-like numbers masked in the note
    follow_up_id: int | None


class OutcomeService(RetryingService):
    def __init__(
        self, uow_factory: UnitOfWorkFactory, clock: Callable[[], dt.datetime] = _now
    ) -> None:
        self._uow = uow_factory
        self._clock = clock

    # -- reading --------------------------------------------------------------
    def defaults(self, actor: ActorContext, visit_id: int) -> OutcomeDefaults:
        require(actor, Action.RECORD_VISIT)
        with self._uow() as uow:
            visit = visit_for_read(uow.session, actor, visit_id)
            runs, marks, obstacles = self._runs_and_marks(uow.session, visit_id)
            completion = suggest_completion(
                [run.status for run in runs], any(mark is not None for mark in marks)
            )
            derived = derive_autonomy(marks, completion == Completion.COMPLETED)
            now = self._clock()
            return OutcomeDefaults(
                visit_id=visit.id,
                version=visit.version,
                status=visit.status,
                started_at=visit.started_at,
                completion=completion,
                reason=None if completion == Completion.COMPLETED else suggest_reason(obstacles),
                autonomy=derived or Autonomy.WITH_GUIDANCE,
                derived_autonomy=derived,
                duration_minutes=_minutes(visit.started_at, now),
                citizen_share=citizen_share(marks),
                has_citizen=visit.citizen_id is not None,
                follow_up_date=now.date() + dt.timedelta(days=DEFAULT_FOLLOW_UP_DAYS),
                contact_type=ContactType(visit.contact_type),
                channel=visit.channel,
            )

    def outcome(self, actor: ActorContext, visit_id: int) -> OutcomeInfo | None:
        """The stored outcome of a closed visit (None while the visit is open)."""
        require(actor, Action.RECORD_VISIT)
        with self._uow() as uow:
            visit = visit_for_read(uow.session, actor, visit_id)
            row = uow.session.scalar(select(Outcome).where(Outcome.visit_id == visit_id))
            if row is None:
                return None
            follow_up = uow.session.scalar(
                select(FollowUp).where(FollowUp.visit_id == visit_id).order_by(FollowUp.id)
            )
            return OutcomeInfo(
                visit_id=visit_id,
                completion=row.completion,
                reason=row.reason,
                autonomy=row.autonomy,
                derived_autonomy=row.derived_autonomy,
                referral=row.referral,
                note=row.note,
                citizen_share=row.citizen_share,
                duration_minutes=visit.duration_minutes,
                ended_at=visit.ended_at,
                follow_up_date=follow_up.due_date if follow_up else None,
                follow_up_kind=follow_up.kind if follow_up else None,
                contact_type=visit.contact_type,
            )

    # -- closing --------------------------------------------------------------
    def close_visit(self, actor: ActorContext, visit_id: int, request: CloseRequest) -> ClosedVisit:
        require(actor, Action.RECORD_VISIT)
        _validate(request)
        note = mask_cpr(request.note.strip())
        with self._uow() as uow:
            session = uow.session
            # The gate claims the visit first (version check and row lock), the same lock
            # order as every other change of a visit: no deadlock with a step mark.
            visit = visit_for_change(session, actor, visit_id, request.expected_version)
            follow_up_citizen = None
            if request.follow_up_date is not None:
                follow_up_citizen = self._follow_up_citizen(session, visit, request)
            runs, marks, _ = self._runs_and_marks(session, visit_id)
            if (
                request.completion == Completion.COMPLETED
                and not request.note.strip()
                and not runs  # a flow started is a record: no query needed
                and not recorded_anything(session, visit_id)
            ):
                raise InvalidInput(NOTHING_RECORDED)
            now = self._clock()
            if request.follow_up_date is not None and request.follow_up_date < now.date():
                raise InvalidInput(
                    "Opfølgningens dato ligger før i dag; vælg i dag eller en senere dato."
                )
            visit.status = VisitStatus.CLOSED.value
            visit.ended_at = now
            visit.duration_minutes = request.duration_minutes
            if request.contact_type is not None:  # staff corrected what the flows gave
                visit.contact_type = request.contact_type.value
            for run in runs:  # a closed visit has no flow left running
                if run.status in (FlowRunStatus.ACTIVE.value, FlowRunStatus.PAUSED.value):
                    run.status = FlowRunStatus.ENDED.value
                    run.ended_at = now
            session.add(
                Outcome(
                    visit_id=visit_id,
                    completion=request.completion.value,
                    reason=None
                    if request.completion == Completion.COMPLETED or request.reason is None
                    else request.reason.value,
                    autonomy=request.autonomy.value,
                    derived_autonomy=_value(
                        derive_autonomy(marks, request.completion == Completion.COMPLETED)
                    ),
                    referral=_value(request.referral),
                    note=note.text or None,
                    citizen_share=citizen_share(marks),
                    created_at=now,
                )
            )
            if request.referral_to is not None:
                _referral_citizen(visit, request.referral_to)
                make_referral(session, visit, request.referral_to, now)
            take_up_referrals(session, visit, now)  # the citizen came here as referred
            follow_up = None
            if request.follow_up_date is not None and request.follow_up_kind is not None:
                follow_up = FollowUp(
                    visit_id=visit_id,
                    citizen_id=follow_up_citizen,
                    site_id=visit.site_id,
                    due_date=request.follow_up_date,
                    kind=request.follow_up_kind.value,
                    status=FollowUpStatus.DUE.value,
                )
                session.add(follow_up)
            try:
                session.flush()
            except (StaleDataError, IntegrityError) as error:  # closed meanwhile elsewhere
                raise ConcurrentEdit(CONCURRENT_EDIT_MESSAGE) from error
            uow.commit()
            return ClosedVisit(
                visit_id=visit_id,
                version=visit.version,
                masked_numbers=note.masked,
                follow_up_id=follow_up.id if follow_up else None,
            )

    # -- helpers --------------------------------------------------------------
    @staticmethod
    def _runs_and_marks(
        session: Session, visit_id: int
    ) -> tuple[list[FlowRun], list[str | None], list[str | None]]:
        # the runs with their marks in one read (under load each statement waits its turn)
        query = (
            select(FlowRun).options(joinedload(FlowRun.steps)).where(FlowRun.visit_id == visit_id)
        )
        runs = list(session.scalars(query.order_by(FlowRun.id)).unique())
        records = sorted(
            (r for run in runs for r in run.steps), key=lambda r: (r.recorded_at, r.id)
        )
        return runs, [r.actor for r in records], [r.obstacle for r in records]

    @staticmethod
    def _follow_up_citizen(session: Session, visit: Visit, request: CloseRequest) -> int:
        if visit.citizen_id is None:
            raise InvalidInput(
                "Et anonymt besøg kan ikke følges op. Knyt borgeren til besøget først, "
                "eller vælg 'Ingen opfølgning'."
            )
        citizen = session.get(Citizen, visit.citizen_id)
        if (
            request.follow_up_kind == FollowUpKind.CALL
            and citizen is not None
            and not citizen.consent_follow_up
        ):
            raise InvalidInput(
                "Borgeren har ikke sagt ja til at blive kontaktet. Vælg en anden opfølgning, "
                "eller registrér samtykket først."
            )
        return visit.citizen_id


NOTHING_RECORDED = (
    "Der er ikke registreret noget i besøget (intet forløb, ingen kompetenceafklaring), "
    "så det kan ikke afsluttes som gennemført. Skriv i noten, hvad I talte om, eller "
    "annullér besøget, hvis det blev startet ved en fejl."
)


def _validate(request: CloseRequest) -> None:
    if request.completion != Completion.COMPLETED and request.reason is None:
        raise InvalidInput(
            "Vælg hvorfor ærindet ikke blev gennemført (fx ingen MitID eller manglende papirer)."
        )
    if not 1 <= request.duration_minutes <= DURATION_MAX_MINUTES:
        raise InvalidInput(
            f"Varigheden skal være mellem 1 og {DURATION_MAX_MINUTES} minutter "
            f"(ikke {request.duration_minutes})."
        )
    if len(request.note.strip()) > NOTE_MAX_CHARS:
        raise InvalidInput(
            f"Noten er for lang ({len(request.note.strip())} tegn); "
            f"skriv højst {NOTE_MAX_CHARS} tegn."
        )
    if (request.follow_up_date is None) != (request.follow_up_kind is None):
        raise InvalidInput("En opfølgning skal have både en dato og en type.")


def _referral_citizen(visit: Visit, target: ReferralTarget) -> None:
    """A site sees a referral by the citizen; an anonymous one it could never take up."""
    if target.site_id is not None and visit.citizen_id is None:
        raise InvalidInput(
            "Et anonymt besøg kan ikke henvises til et af kommunens steder: stedet ville ikke "
            "kunne se henvisningen. Knyt borgeren til besøget først, eller henvis til et "
            "hjælpested."
        )


def _minutes(start: dt.datetime, end: dt.datetime) -> int:
    minutes = round((end - start).total_seconds() / 60)
    return min(max(minutes, 1), DURATION_MAX_MINUTES)


def _value(code: Autonomy | Referral | None) -> str | None:
    return code.value if code is not None else None

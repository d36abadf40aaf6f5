"""Retention: delete what has passed its deletion deadline (slettefrist).

What is deleted, and when (the documented deletion deadlines):

The periods are the municipality's policy in the database (``services/policies.py``,
set by a team lead, the same on every PC), not a PC's ini file.

- Visits linked to a citizen (by CPR hash or citizen code) are deleted with all their
  children (assessment, flow runs and step marks, outcome, follow-ups) when they started
  more than ``visit_months`` (default 12) months ago.
- Free-text notes (the outcome note and step obstacle notes) are blanked in every visit,
  anonymous or not, that started more than ``note_months`` months ago.
- Citizens with no remaining visits (created before the visit deadline) are deleted.
- Workshop participation (services/workshop_privacy.py) older than the visit deadline
  is unlinked from the citizen; the participant stays counted, as no one.
- Audit events older than ``audit_months`` (default 24, at least 12) are deleted: the log
  outlives the data it accounts for, so an access can be checked after the data is gone.

Statistics for past periods stay correct in two ways: anonymous visits (no citizen) are
never deleted, only their notes blanked; and every deleted citizen-linked visit is first
counted into ``purged_visit_tally`` (day, site, channel, contact type, completion), a
table with no personal data that statistics add to the remaining visits. A hook
(``before_delete``) runs before anything is deleted, so the composition root can refresh
the statistics aggregates first.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, exists, func, select, update
from sqlalchemy.orm import Session

from medbetjening.domain.policies import Policies
from medbetjening.domain.roles import Action
from medbetjening.services import audit
from medbetjening.services.authorization import require
from medbetjening.services.concurrency import RetryingService
from medbetjening.services.context import ActorContext
from medbetjening.services.policies import read_policies
from medbetjening.services.workshop_privacy import (
    expired_participations,
    forget_expired,
    recent_participation,
)
from medbetjening.storage.models import (
    Appointment,
    AuditEvent,
    AuditPurgePermit,
    Citizen,
    FlowRun,
    Outcome,
    PurgedVisitTally,
    StepRecord,
    Visit,
)
from medbetjening.storage.unit_of_work import UnitOfWorkFactory

NO_OUTCOME = "none"


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` months earlier (the last day of a shorter month)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min)


@dataclass(frozen=True)
class RetentionPolicy:
    visit_months: int = 12
    note_months: int = 12
    audit_months: int = 24

    @classmethod
    def of(cls, policies: Policies) -> RetentionPolicy:
        """The municipality's periods (the database policy, the same on every PC)."""
        return cls(policies.visit_months, policies.note_months, policies.audit_months)


@dataclass(frozen=True)
class PurgeReport:
    visit_cutoff: dt.date  # visits that started before this day are expired
    note_cutoff: dt.date
    audit_cutoff: dt.date
    visits: int
    notes: int
    citizens: int
    audit_events: int
    dry_run: bool
    appointments: int = 0  # booked times (their label may name the citizen)
    workshop_participations: int = 0  # unlinked from the citizen, still counted

    @property
    def nothing(self) -> bool:
        return not (
            self.visits
            or self.notes
            or self.citizens
            or self.audit_events
            or self.appointments
            or self.workshop_participations
        )

    def summary(self) -> str:
        verb = "ville blive slettet" if self.dry_run else "slettet"
        return (
            f"{self.visits} besøg knyttet til en borger (før {self.visit_cutoff:%d.%m.%Y}), "
            f"{self.citizens} borgere, {self.appointments} bookede tider, "
            f"{self.workshop_participations} deltagelser i workshops, "
            f"{self.notes} noter blanket (før {self.note_cutoff:%d.%m.%Y}) "
            f"og {self.audit_events} loghændelser (før {self.audit_cutoff:%d.%m.%Y}) {verb}."
        )


class RetentionService(RetryingService):
    def __init__(
        self, uow_factory: UnitOfWorkFactory, before_delete: Callable[[], None] | None = None
    ) -> None:
        self._uow = uow_factory
        self.before_delete = before_delete

    def purge(
        self,
        actor: ActorContext | None,
        policy: RetentionPolicy | None = None,
        *,
        today: dt.date | None = None,
        dry_run: bool = False,
    ) -> PurgeReport:
        """Delete what expired. ``actor`` None is the scheduled job (start-up, CLI)."""
        if actor is not None:
            require(actor, Action.MANAGE_RETENTION)
        if policy is None:
            with self._uow() as uow:
                policy = RetentionPolicy.of(read_policies(uow.session))
        today = today or dt.date.today()
        visit_cutoff = months_before(today, policy.visit_months)
        note_cutoff = months_before(today, min(policy.note_months, policy.visit_months))
        audit_cutoff = months_before(today, policy.audit_months)
        if not dry_run and self.before_delete is not None:
            self.before_delete()
        with self._uow() as uow:
            session = uow.session
            expired = self._expired_visits(session, _start(visit_cutoff))
            citizens = self._expired_citizens(session, _start(visit_cutoff))
            note_count = self._blank_notes(session, _start(note_cutoff), dry_run)
            old_appointments = Appointment.starts_at < _start(visit_cutoff)
            appointment_count = int(
                session.scalar(
                    select(func.count()).select_from(Appointment).where(old_appointments)
                )
                or 0
            )
            audit_ids = select(AuditEvent.id).where(AuditEvent.at < _start(audit_cutoff))
            audit_count = int(
                session.scalar(select(func.count()).select_from(audit_ids.subquery())) or 0
            )
            report = PurgeReport(
                visit_cutoff=visit_cutoff,
                note_cutoff=note_cutoff,
                audit_cutoff=audit_cutoff,
                visits=len(expired),
                notes=note_count,
                citizens=len(citizens),
                audit_events=audit_count,
                dry_run=dry_run,
                appointments=appointment_count,
                workshop_participations=expired_participations(session, visit_cutoff),
            )
            if dry_run:
                return report
            tally_visits(session, expired)
            delete_visits(session, [row[0] for row in expired])
            if appointment_count:
                session.execute(
                    delete(Appointment).where(old_appointments),
                    execution_options={"synchronize_session": False},
                )
            forget_expired(session, visit_cutoff)
            if citizens:
                session.execute(delete(Citizen).where(Citizen.id.in_(citizens)))
            if audit_count:
                purge_audit_events(session, AuditEvent.at < _start(audit_cutoff))
            audit.record(
                session,
                actor,
                "retention.purge",
                detail=(
                    f"besøg={report.visits}; borgere={report.citizens}; noter={report.notes}; "
                    f"aftaler={report.appointments}; "
                    f"workshopdeltagelser={report.workshop_participations}; "
                    f"log={report.audit_events}; frister={policy.visit_months}/"
                    f"{policy.note_months}/{policy.audit_months} mdr."
                ),
            )
            uow.commit()
            return report

    @staticmethod
    def _expired_visits(session: Session, cutoff: dt.datetime) -> list[tuple]:  # type: ignore[type-arg]
        query = (
            select(
                Visit.id,
                Visit.started_at,
                Visit.site_id,
                Visit.channel,
                Visit.contact_type,
                Outcome.completion,
            )
            .outerjoin(Outcome, Outcome.visit_id == Visit.id)
            .where(Visit.citizen_id.is_not(None), Visit.started_at < cutoff)
        )
        return [tuple(row) for row in session.execute(query)]

    @staticmethod
    def _expired_citizens(session: Session, cutoff: dt.datetime) -> list[int]:
        """Citizens who will have no visit left once the expired ones are gone."""
        recent = exists().where(Visit.citizen_id == Citizen.id, Visit.started_at >= cutoff)
        workshop = recent_participation(cutoff.date())
        return list(
            session.scalars(
                select(Citizen.id).where(Citizen.created_at < cutoff, ~recent, ~workshop)
            )
        )

    @staticmethod
    def _blank_notes(session: Session, cutoff: dt.datetime, dry_run: bool) -> int:
        old_visits = select(Visit.id).where(Visit.started_at < cutoff)
        outcome_filter = (
            Outcome.visit_id.in_(old_visits),
            Outcome.note.is_not(None),
            Outcome.note != "",
        )
        old_runs = select(FlowRun.id).where(FlowRun.visit_id.in_(old_visits))
        step_filter = (
            StepRecord.flow_run_id.in_(old_runs),
            StepRecord.obstacle_note.is_not(None),
            StepRecord.obstacle_note != "",
        )
        count = int(
            session.scalar(select(func.count()).select_from(Outcome).where(*outcome_filter)) or 0
        ) + int(
            session.scalar(select(func.count()).select_from(StepRecord).where(*step_filter)) or 0
        )
        if not dry_run and count:
            session.execute(
                update(Outcome).where(*outcome_filter).values(note=None),
                execution_options={"synchronize_session": False},
            )
            session.execute(
                update(StepRecord).where(*step_filter).values(obstacle_note=None),
                execution_options={"synchronize_session": False},
            )
        return count


def tally_visits(session: Session, rows: list[tuple]) -> None:  # type: ignore[type-arg]
    """Add anonymous per-day counts of visits about to be deleted.

    ``rows``: (visit id, started_at, site id, channel, contact type, completion or None).
    """
    counts = Counter(
        (started.date(), site_id, channel, contact_type, completion or NO_OUTCOME)
        for _id, started, site_id, channel, contact_type, completion in rows
    )
    for (day, site_id, channel, contact_type, completion), number in sorted(counts.items()):
        existing = session.scalar(
            select(PurgedVisitTally).where(
                PurgedVisitTally.day == day,
                PurgedVisitTally.site_id == site_id,
                PurgedVisitTally.channel == channel,
                PurgedVisitTally.contact_type == contact_type,
                PurgedVisitTally.completion == completion,
            )
        )
        if existing is None:
            session.add(
                PurgedVisitTally(
                    day=day,
                    site_id=site_id,
                    channel=channel,
                    contact_type=contact_type,
                    completion=completion,
                    visits=number,
                )
            )
        else:
            existing.visits += number
    session.flush()


def delete_visits(session: Session, visit_ids: list[int], chunk: int = 500) -> None:
    """Delete visits; their children go by ON DELETE CASCADE in the database. A booked
    time that became one of them goes too: its label may name the citizen (the key
    would only be set to NULL)."""
    for start in range(0, len(visit_ids), chunk):
        session.execute(
            delete(Appointment).where(Appointment.visit_id.in_(visit_ids[start : start + chunk])),
            execution_options={"synchronize_session": False},
        )
        session.execute(
            delete(Visit).where(Visit.id.in_(visit_ids[start : start + chunk])),
            execution_options={"synchronize_session": False},
        )


def purge_audit_events(session: Session, *where) -> int:  # type: ignore[no-untyped-def]
    """The only way to delete audit events: under a permit inside this transaction."""
    permit = AuditPurgePermit(reason="retention")
    session.add(permit)
    session.flush()
    result = session.execute(
        delete(AuditEvent).where(*where), execution_options={"synchronize_session": False}
    )
    session.delete(permit)
    session.flush()
    return int(result.rowcount or 0)

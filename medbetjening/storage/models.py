"""SQLAlchemy 2 typed models.

Enum-like columns hold the string values of ``medbetjening.domain.vocabulary`` so the
schema stays portable between SQLite and PostgreSQL. Times are the counter's local
wall-clock time (naive): every site of a municipality is in Danish time, and "today"
is what the staff member sees on the wall clock.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from medbetjening.storage.model_base import NAMING_CONVENTION, Base, _now

__all__ = ["NAMING_CONVENTION", "Base"]


class Site(Base):
    __tablename__ = "site"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="town_hall")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # closed: kept for history

    desks: Mapped[list[Desk]] = relationship(back_populates="site")


class Desk(Base):
    __tablename__ = "desk"
    __table_args__ = (UniqueConstraint("site_id", "name", name="uq_desk_site_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80))

    site: Mapped[Site] = relationship(back_populates="desks")


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20), default="staff")
    os_user: Mapped[str | None] = mapped_column(String(120), index=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)  # in a row
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)  # back-off after 5


class Citizen(Base):
    """A pseudonymous citizen: never a CPR number, only its keyed hash or a code."""

    __tablename__ = "citizen"

    id: Mapped[int] = mapped_column(primary_key=True)
    cpr_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    citizen_code: Mapped[str | None] = mapped_column(String(16), unique=True)
    age_band: Mapped[str] = mapped_column(String(10), default="unknown")
    language: Mapped[str] = mapped_column(String(8), default="da")
    consent_follow_up: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    last_visit_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)


class Appointment(Base):
    """A booked time from the booking system, or one added by hand."""

    __tablename__ = "appointment"
    __table_args__ = (Index("ix_appointment_site_starts", "site_id", "starts_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ends_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    label: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(10), default="manual")
    external_id: Mapped[str | None] = mapped_column(String(255))
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id", ondelete="SET NULL"))
    # The citizen a follow-up booked this time for ("Ny aftale"); none from the booking system.
    citizen_id: Mapped[int | None] = mapped_column(ForeignKey("citizen.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class QuickContact(Base):
    """A short contact registered in one go (no guided visit, no citizen): KOMHEN counts it.

    The task is a flow id (its KOMHEN task) or a code of the short KOMHEN task list
    (``domain.contact.QUICK_TASKS``). Nothing here identifies a citizen, so retention
    never deletes it.
    """

    __tablename__ = "quick_contact"
    __table_args__ = (Index("ix_quick_contact_site_at", "site_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    channel: Mapped[str] = mapped_column(String(20))
    contact_type: Mapped[str] = mapped_column(String(20))
    flow_id: Mapped[str | None] = mapped_column(String(80))
    task: Mapped[str | None] = mapped_column(String(40))


class Visit(Base):
    __tablename__ = "visit"
    __table_args__ = (
        Index("ix_visit_site_started", "site_id", "started_at"),
        Index("ix_visit_status_site", "status", "site_id"),
        Index("ix_visit_citizen_started", "citizen_id", "started_at"),
        # a staff member's open visits (start-up, "left open"): 0013_visit_staff_open
        Index("ix_visit_staff_status_started", "staff_id", "status", "started_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    desk_id: Mapped[int | None] = mapped_column(ForeignKey("desk.id", ondelete="SET NULL"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    citizen_id: Mapped[int | None] = mapped_column(ForeignKey("citizen.id", ondelete="SET NULL"))
    channel: Mapped[str] = mapped_column(String(20), default="counter")
    # From the flows run (the highest wins; none: information), correctable at closing.
    contact_type: Mapped[str] = mapped_column(String(20), default="information")
    status: Mapped[str] = mapped_column(String(10), default="open")
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)  # stats watermark
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    # Optimistic concurrency: bumped on every change to the visit or its children.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class AssessmentResult(Base):
    __tablename__ = "assessment_result"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), unique=True)
    instrument_id: Mapped[str] = mapped_column(String(60))
    instrument_version: Mapped[str] = mapped_column(String(20), default="1")
    # computed_level/level are set only when the level is final (or staff set it);
    # until then the proven range low–high is all that is known ("ikke afklaret").
    computed_level: Mapped[int | None] = mapped_column(Integer)
    level: Mapped[int | None] = mapped_column(Integer)
    level_low: Mapped[int | None] = mapped_column(Integer)
    level_high: Mapped[int | None] = mapped_column(Integer)
    level_final: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    override_reason: Mapped[str | None] = mapped_column(Text)
    route_override_reason: Mapped[str | None] = mapped_column(Text)
    digitally_challenged: Mapped[bool | None] = mapped_column(Boolean)
    route: Mapped[str | None] = mapped_column(String(40))
    # The route the instrument proposed; differs from ``route`` when staff chose another.
    # NULL on a route chosen before 0007 (what was proposed then was not kept).
    proposed_route: Mapped[str | None] = mapped_column(String(40))
    barriers: Mapped[str] = mapped_column(Text, default="")  # comma-separated codes
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, onupdate=_now)

    answers: Mapped[list[AssessmentAnswer]] = relationship(
        cascade="all, delete-orphan", back_populates="assessment"
    )


class AssessmentAnswer(Base):
    __tablename__ = "assessment_answer"
    __table_args__ = (
        UniqueConstraint("assessment_id", "item_id", name="uq_assessment_answer_item"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment_result.id", ondelete="CASCADE")
    )
    item_id: Mapped[str] = mapped_column(String(60))
    score: Mapped[int | None] = mapped_column(Integer)
    choice: Mapped[str | None] = mapped_column(String(200))
    not_relevant_reason: Mapped[str | None] = mapped_column(Text)  # marked "ikke relevant"
    answered_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    assessment: Mapped[AssessmentResult] = relationship(back_populates="answers")


class FlowRun(Base):
    __tablename__ = "flow_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    flow_id: Mapped[str] = mapped_column(String(80), index=True)
    flow_title: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(12), default="active")
    current_step: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    steps: Mapped[list[StepRecord]] = relationship(
        cascade="all, delete-orphan", back_populates="flow_run", order_by="StepRecord.step_index"
    )


class StepRecord(Base):
    __tablename__ = "step_record"
    __table_args__ = (UniqueConstraint("flow_run_id", "step_id", name="uq_step_record_run_step"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    flow_run_id: Mapped[int] = mapped_column(ForeignKey("flow_run.id", ondelete="CASCADE"))
    step_index: Mapped[int] = mapped_column(Integer)
    step_id: Mapped[str] = mapped_column(String(80))
    actor: Mapped[str | None] = mapped_column(String(20))
    obstacle: Mapped[str | None] = mapped_column(String(20))
    obstacle_note: Mapped[str | None] = mapped_column(String(500))
    # Why staff did a MitID/payment step (digital fuldmagt, værge, looked away).
    staff_basis: Mapped[str | None] = mapped_column(String(30))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)

    flow_run: Mapped[FlowRun] = relationship(back_populates="steps")


class Outcome(Base):
    __tablename__ = "outcome"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), unique=True)
    completion: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(String(30))
    autonomy: Mapped[str] = mapped_column(String(30))
    derived_autonomy: Mapped[str | None] = mapped_column(String(30))
    referral: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)
    citizen_share: Mapped[float | None]  # share of steps the citizen did, 0..1
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, index=True)


class FollowUp(Base):
    __tablename__ = "follow_up"
    __table_args__ = (Index("ix_follow_up_site_status_due", "site_id", "status", "due_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    citizen_id: Mapped[int | None] = mapped_column(ForeignKey("citizen.id", ondelete="CASCADE"))
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    due_date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20), default="call")
    status: Mapped[str] = mapped_column(String(12), default="due")
    result: Mapped[str | None] = mapped_column(String(40))
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime, index=True)  # stats watermark
    done_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class AuditEvent(Base):
    """Append-only record of reads of a citizen's history, exports and erasures."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_at", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(40))
    target_type: Mapped[str | None] = mapped_column(String(40))
    target_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str | None] = mapped_column(Text)


class AuditPurgePermit(Base):
    """The one way past the append-only triggers on ``audit_event``.

    The retention job inserts a permit, deletes expired audit events and removes the
    permit again, all in one transaction: no other connection ever sees the permit, and
    any UPDATE or DELETE on ``audit_event`` without one is refused by the database.
    """

    __tablename__ = "audit_purge_permit"

    id: Mapped[int] = mapped_column(primary_key=True)
    granted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    reason: Mapped[str] = mapped_column(String(80), default="retention")


class PurgedVisitTally(Base):
    """Anonymous per-day counts of citizen-linked visits the retention purge deleted.

    Statistics for past periods add these to the counts of the remaining visits.
    """

    __tablename__ = "purged_visit_tally"
    __table_args__ = (
        UniqueConstraint(
            "day",
            "site_id",
            "channel",
            "contact_type",
            "completion",
            name="uq_purged_visit_tally_key",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    channel: Mapped[str] = mapped_column(String(20))
    contact_type: Mapped[str] = mapped_column(String(20))
    completion: Mapped[str] = mapped_column(String(20), default="none")  # "none": no outcome
    visits: Mapped[int] = mapped_column(Integer, default=0)


# The statistics tables and the municipality-wide policies live in their own modules;
# imported here so one import of this module registers every table on ``Base.metadata``.
from medbetjening.storage.errand_event_models import StatErrandEvent  # noqa: E402
from medbetjening.storage.friction_models import StatStepFrictionDay  # noqa: E402
from medbetjening.storage.policy_models import Policy  # noqa: E402
from medbetjening.storage.referral_models import HelpPoint, ReferralRecord  # noqa: E402
from medbetjening.storage.stat_models import (  # noqa: E402
    StatDayState,
    StatDimDay,
    StatDirtyDay,
    StatFlowDay,
    StatFollowUpDay,
    StatRefresh,
    StatRouteEvidence,
    StatRouteEvidenceDay,
    StatRunMark,
    StatSelfSufficiencyDay,
    StatVisitDay,
)
from medbetjening.storage.workshop_models import (  # noqa: E402
    Workshop,
    WorkshopAttendance,
    WorkshopHelper,
    WorkshopParticipant,
    WorkshopTopic,
)

__all__ += [
    "HelpPoint",
    "Policy",
    "ReferralRecord",
    "StatDayState",
    "StatDimDay",
    "StatDirtyDay",
    "StatErrandEvent",
    "StatFlowDay",
    "StatFollowUpDay",
    "StatRefresh",
    "StatRouteEvidence",
    "StatRouteEvidenceDay",
    "StatRunMark",
    "StatSelfSufficiencyDay",
    "StatStepFrictionDay",
    "StatVisitDay",
    "Workshop",
    "WorkshopAttendance",
    "WorkshopHelper",
    "WorkshopParticipant",
    "WorkshopTopic",
]

"""Workshops a site held: the workshop, who taught, anonymous counts and coded participants.

A coded participant's row keeps the workshop's counts true after the citizen is erased
or their data expires: the link to the citizen (and what they practised) is cleared, the
row stays as one anonymous participant (services/workshop_privacy.py).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from medbetjening.storage.model_base import Base, _now


class Workshop(Base):
    __tablename__ = "workshop"
    __table_args__ = (Index("ix_workshop_site_held_on", "site_id", "held_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    held_on: Mapped[dt.date] = mapped_column(Date)
    minutes: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    recorded_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class WorkshopTopic(Base):
    """What was practised: a flow id or a code of ``domain.workshops.TOPICS``, with its
    Danish title as it was that day (as a flow run keeps its flow's title)."""

    __tablename__ = "workshop_topic"
    __table_args__ = (UniqueConstraint("workshop_id", "topic", name="uq_workshop_topic"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    topic: Mapped[str] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(String(200))


class WorkshopHelper(Base):
    """A staff member or volunteer who taught at the workshop."""

    __tablename__ = "workshop_helper"
    __table_args__ = (UniqueConstraint("workshop_id", "staff_id", name="uq_workshop_helper"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class WorkshopAttendance(Base):
    """Participants not known by a code: a count per age band ("unknown" when not asked)."""

    __tablename__ = "workshop_attendance"
    __table_args__ = (
        UniqueConstraint("workshop_id", "age_band", name="uq_workshop_attendance_band"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    age_band: Mapped[str] = mapped_column(String(10))
    participants: Mapped[int] = mapped_column(Integer)


class WorkshopParticipant(Base):
    """A participant known by citizen code, and the topics they practised."""

    __tablename__ = "workshop_participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(
        ForeignKey("workshop.id", ondelete="CASCADE"), index=True
    )
    # NULL once the citizen is erased or expired: still one participant in the counts
    citizen_id: Mapped[int | None] = mapped_column(
        ForeignKey("citizen.id", ondelete="SET NULL"), index=True
    )
    topics: Mapped[str] = mapped_column(Text, default="")  # comma-separated; "": all of them

"""Help points a lead keeps and referrals made on the close form (issue 21).

A referral names where the citizen is sent: another site of the municipality
(``to_site_id``) or an outside help point (``help_point_id``), and the task. It is
taken up by the citizen's next closed visit at the receiving site; an outside help
point cannot see our citizens, so there the sender records what the citizen said.
The sender's note never travels with it: the receiving site reads only these columns.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from medbetjening.storage.model_base import Base, _now


class HelpPoint(Base):
    __tablename__ = "help_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    # None: not known (a telephone service has no address); printed only when known
    address: Mapped[str | None] = mapped_column(String(200))
    opening_hours: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    helps_with: Mapped[str] = mapped_column(Text, default="")
    checked_on: Mapped[dt.date | None] = mapped_column(Date)  # when a lead checked the facts
    source: Mapped[str | None] = mapped_column(String(300))  # where they were checked
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class ReferralRecord(Base):
    __tablename__ = "referral"
    __table_args__ = (
        Index("ix_referral_to_site_status", "to_site_id", "status"),
        Index("ix_referral_from_site_due", "from_site_id", "status", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # the sender's visit: retention and erasure of the visit take the referral with it
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    citizen_id: Mapped[int | None] = mapped_column(
        ForeignKey("citizen.id", ondelete="CASCADE"), index=True
    )
    from_site_id: Mapped[int] = mapped_column(ForeignKey("site.id"))
    to_site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"))
    help_point_id: Mapped[int | None] = mapped_column(ForeignKey("help_point.id"))
    flow_id: Mapped[str | None] = mapped_column(String(80))  # the task; None: not named
    made_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, index=True)
    due_date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(14), default="open")
    taken_up_visit_id: Mapped[int | None] = mapped_column(
        ForeignKey("visit.id", ondelete="SET NULL")
    )
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))

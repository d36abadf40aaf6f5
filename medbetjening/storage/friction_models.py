"""Step friction: per day × site × flow × step, what happened to the runs at that step.

Kept by the daily statistics refresh (``storage/friction_aggregates.py``) and, like the
other ``stat_*`` tables, without foreign keys: it outlives the raw rows retention deletes.
No staff column: the friction report goes to the owners of the self-services.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from medbetjening.storage.model_base import Base


class StatStepFrictionDay(Base):
    """One row per day × site × flow × step (position and id as recorded).

    ``step_id`` is "" for runs that stopped at a step nobody marked: only the position
    (``step_index``) is known, and the report names the step the flow has there today.
    """

    __tablename__ = "stat_step_friction_day"
    __table_args__ = (Index("ix_stat_step_friction_day_day_site", "day", "site_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)
    site_id: Mapped[int] = mapped_column(Integer)
    flow_id: Mapped[str] = mapped_column(String(80))
    step_index: Mapped[int] = mapped_column(Integer)
    step_id: Mapped[str] = mapped_column(String(80), default="")
    runs_reached: Mapped[int] = mapped_column(Integer, default=0)
    obstacle_no_mitid: Mapped[int] = mapped_column(Integer, default=0)
    obstacle_missing_document: Mapped[int] = mapped_column(Integer, default=0)
    obstacle_system_down: Mapped[int] = mapped_column(Integer, default=0)
    obstacle_other: Mapped[int] = mapped_column(Integer, default=0)
    runs_staff: Mapped[int] = mapped_column(Integer, default=0)
    runs_ended: Mapped[int] = mapped_column(Integer, default=0)  # stopped here, not completed
    # Runs that met an obstacle, had staff do it or stopped here (each run once).
    runs_friction: Mapped[int] = mapped_column(Integer, default=0)

"""What a citizen practised at workshops, per task (tracking's evidence "in a group").

A participant row with no own topics practised every topic of its workshop.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from medbetjening.domain.workshops import split_topics
from medbetjening.storage.models import Workshop, WorkshopParticipant, WorkshopTopic


@dataclass(frozen=True)
class Practice:
    task: str  # a flow id or a topic code (domain.workshops.TOPICS)
    title: str  # as recorded that day
    held_on: dt.date

    @property
    def at(self) -> dt.datetime:
        return dt.datetime.combine(self.held_on, dt.time.min)


def group_practice(session: Session, citizen_id: int) -> list[Practice]:
    """Every (task, workshop day) the citizen practised, oldest first."""
    rows = session.execute(
        select(
            WorkshopParticipant.topics,
            Workshop.held_on,
            WorkshopTopic.topic,
            WorkshopTopic.title,
        )
        .join(Workshop, Workshop.id == WorkshopParticipant.workshop_id)
        .join(WorkshopTopic, WorkshopTopic.workshop_id == Workshop.id)
        .where(WorkshopParticipant.citizen_id == citizen_id)
        .order_by(Workshop.held_on, Workshop.id, WorkshopTopic.id)
    ).all()
    return [
        Practice(task=topic, title=title, held_on=held_on)
        for own, held_on, topic, title in rows
        if not own or topic in split_topics(own)
    ]

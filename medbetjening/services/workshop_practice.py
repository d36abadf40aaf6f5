"""What a citizen practised at workshops: per task (tracking's evidence "in a group")
and in words for the citizen's access answer.

A participant row with no own topics practised every topic of its workshop.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from medbetjening.domain.workshops import KIND_NAMES, split_topics
from medbetjening.storage.models import Site, Workshop, WorkshopParticipant, WorkshopTopic


@dataclass(frozen=True)
class Practice:
    task: str  # a flow id or a topic code (domain.workshops.TOPICS)
    title: str  # as recorded that day
    held_on: dt.date

    @property
    def at(self) -> dt.datetime:
        return dt.datetime.combine(self.held_on, dt.time.min)


# built once: the history reads it while the citizen waits (composing costs more than asking)
_PRACTICE = (
    select(
        WorkshopParticipant.topics,
        Workshop.held_on,
        WorkshopTopic.topic,
        WorkshopTopic.title,
    )
    .join(Workshop, Workshop.id == WorkshopParticipant.workshop_id)
    .join(WorkshopTopic, WorkshopTopic.workshop_id == Workshop.id)
    .where(WorkshopParticipant.citizen_id == bindparam("citizen_id"))
    .order_by(Workshop.held_on, Workshop.id, WorkshopTopic.id)
)


def group_practice(session: Session, citizen_id: int) -> list[Practice]:
    """Every (task, workshop day) the citizen practised, oldest first."""
    rows = session.connection().execute(_PRACTICE, {"citizen_id": citizen_id})
    return [
        Practice(task=topic, title=title, held_on=held_on)
        for own, held_on, topic, title in rows
        if not own or topic in split_topics(own)
    ]


def describe_participation(session: Session, rows: list[dict[str, Any]]) -> None:
    """Access answer: add to each participation row (``workshop_participant``) the day,
    the site, the kind and what was practised, in words (the raw row says only
    ``topics=""``, which means every topic of the workshop)."""
    ids = {row["workshop_id"] for row in rows}
    if not ids:
        return
    workshops = {
        wid: (held_on, site, kind)
        for wid, held_on, site, kind in session.execute(
            select(Workshop.id, Workshop.held_on, Site.name, Workshop.kind)
            .join(Site, Site.id == Workshop.site_id)
            .where(Workshop.id.in_(ids))
        )
    }
    topics: dict[int, list[tuple[str, str]]] = {}
    for wid, topic, title in session.execute(
        select(WorkshopTopic.workshop_id, WorkshopTopic.topic, WorkshopTopic.title)
        .where(WorkshopTopic.workshop_id.in_(ids))
        .order_by(WorkshopTopic.id)
    ):
        topics.setdefault(wid, []).append((topic, title))
    for row in rows:
        held_on, site, kind = workshops[row["workshop_id"]]
        own = split_topics(row.get("topics") or "")
        row["dato"] = held_on.isoformat()
        row["sted"] = site
        row["slags"] = KIND_NAMES.get(kind, kind)
        row["øvede"] = ", ".join(
            title for topic, title in topics.get(row["workshop_id"], []) if not own or topic in own
        )

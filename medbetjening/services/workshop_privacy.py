"""Workshop participation under erasure and retention.

The participant row stays (the workshop had that many participants), but nothing ties
it to the citizen any more: the link and what they practised are cleared.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exists, func, select, update
from sqlalchemy.orm import Session

from medbetjening.storage.models import Citizen, Workshop, WorkshopParticipant

P = WorkshopParticipant


def forget_citizen(session: Session, citizen_id: int) -> int:
    """Erasure: unlink every participation of this citizen; returns how many."""
    return _unlink(session, P.citizen_id == citizen_id)


def expired_participations(session: Session, cutoff: dt.date) -> int:
    """Participations in workshops held before ``cutoff`` still linked to a citizen."""
    return int(session.scalar(select(func.count()).select_from(P).where(*_expired(cutoff))) or 0)


def forget_expired(session: Session, cutoff: dt.date) -> int:
    """Retention: unlink participations in workshops held before ``cutoff``."""
    return _unlink(session, *_expired(cutoff))


def recent_participation(cutoff: dt.date):  # type: ignore[no-untyped-def]
    """A condition on Citizen: took part in a workshop held on or after ``cutoff``
    (such a citizen is not expired, as one with a recent visit is not)."""
    return exists().where(
        P.citizen_id == Citizen.id,
        P.workshop_id == Workshop.id,
        Workshop.held_on >= cutoff,
    )


def _expired(cutoff: dt.date) -> list:  # type: ignore[type-arg]
    old = select(Workshop.id).where(Workshop.held_on < cutoff)
    return [P.citizen_id.is_not(None), P.workshop_id.in_(old)]


def _unlink(session: Session, *where) -> int:  # type: ignore[no-untyped-def]
    result = session.execute(
        update(P).where(*where).values(citizen_id=None, topics=""),
        execution_options={"synchronize_session": False},
    )
    return int(result.rowcount or 0)

"""Write an audit event in the caller's transaction (so it commits with the action)."""

from __future__ import annotations

from sqlalchemy import insert
from sqlalchemy.orm import Session

from medbetjening.domain.notes import mask_cpr
from medbetjening.services.context import ActorContext
from medbetjening.storage.models import AuditEvent

_INSERT = insert(AuditEvent)


def record(
    session: Session,
    actor: ActorContext | None,
    action: str,
    target_type: str | None = None,
    target_id: int | None = None,
    detail: str | None = None,
    *,
    at_once: bool = False,
) -> None:
    """``at_once``: inserted now without the ORM's flush, for a read the clerk waits on
    (a look-up, a history) whose audit is its last statement before the commit. Not for
    long work: on SQLite the insert holds the write lock from here to the commit."""
    values = {
        "staff_id": actor.staff_id if actor else None,
        "site_id": actor.site_id if actor else None,
        "action": action,
        "target_type": target_type,
        "target_id": target_id,
        # every detail through the one CPR detector: file names, searches, reasons
        "detail": mask_cpr(detail).text if detail else detail,
    }
    if at_once:
        session.connection().execute(_INSERT, values)
    else:
        session.add(AuditEvent(**values))

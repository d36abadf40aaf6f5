"""Write an audit event in the caller's transaction (so it commits with the action)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from medbetjening.domain.notes import mask_cpr
from medbetjening.services.context import ActorContext
from medbetjening.storage.models import AuditEvent


def _values(
    actor: ActorContext | None,
    action: str,
    target_type: str | None,
    target_id: int | None,
    detail: str | None,
) -> dict[str, Any]:
    return {
        "staff_id": actor.staff_id if actor else None,
        "site_id": actor.site_id if actor else None,
        "action": action,
        "target_type": target_type,
        "target_id": target_id,
        # every detail through the one CPR detector: file names, searches, reasons
        "detail": mask_cpr(detail).text if detail else detail,
    }


def record(
    session: Session,
    actor: ActorContext | None,
    action: str,
    target_type: str | None = None,
    target_id: int | None = None,
    detail: str | None = None,
) -> None:
    session.add(AuditEvent(**_values(actor, action, target_type, target_id, detail)))


_INSERT = insert(AuditEvent)


def record_now(
    session: Session,
    actor: ActorContext | None,
    action: str,
    target_type: str | None = None,
    target_id: int | None = None,
    detail: str | None = None,
) -> None:
    """The same event, inserted at once without the ORM's flush: for a read the clerk
    waits on (a look-up, a history), whose audit is its last statement before the
    commit. Not for long work: the insert takes SQLite's write lock from here on."""
    session.connection().execute(_INSERT, _values(actor, action, target_type, target_id, detail))

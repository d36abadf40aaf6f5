"""Write an audit event in the caller's transaction (so it commits with the action)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from medbetjening.domain.notes import mask_cpr
from medbetjening.services.context import ActorContext
from medbetjening.storage.models import AuditEvent


def record(
    session: Session,
    actor: ActorContext | None,
    action: str,
    target_type: str | None = None,
    target_id: int | None = None,
    detail: str | None = None,
) -> None:
    session.add(
        AuditEvent(
            staff_id=actor.staff_id if actor else None,
            site_id=actor.site_id if actor else None,
            action=action,
            target_type=target_type,
            target_id=target_id,
            # every detail through the one CPR detector: file names, searches, reasons
            detail=mask_cpr(detail).text if detail else detail,
        )
    )

"""Closing visits with a referral for the referral tests (issue 21), through the services."""

from __future__ import annotations

from medbetjening.domain.vocabulary import Autonomy, Completion
from medbetjening.services.outcome import CloseRequest


def visit_with(services, actor, citizen_id: int) -> int:  # type: ignore[no-untyped-def]
    """A new visit of ``actor`` linked to the citizen."""
    visit_id = services.visits.start_visit(actor)
    services.citizens.link_visit(actor, visit_id, citizen_id)
    return visit_id


def close(services, actor, visit_id: int, target=None, note: str = "Talte om ærindet"):  # type: ignore[no-untyped-def]
    """Close as completed with a note, referring to ``target`` (a ReferralTarget) if given."""
    request = CloseRequest(
        completion=Completion.COMPLETED,
        autonomy=Autonomy.WITH_GUIDANCE,
        duration_minutes=10,
        expected_version=services.visits.get_visit(actor, visit_id).version,
        note=note,
        referral_to=target,
    )
    return services.outcome.close_visit(actor, visit_id, request)

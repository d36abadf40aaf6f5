"""The case note and the handout follow the same visit access as the visit itself."""

from __future__ import annotations

import pytest

from medbetjening.domain.vocabulary import Autonomy, Completion, Role, SiteKind
from medbetjening.reports.export_jobs import case_note_text
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import PermissionDenied
from medbetjening.services.outcome import CloseRequest


def test_staff_at_another_site_cannot_print_a_visit(services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    version = services.visits.get_visit(actor, visit_id).version
    services.outcome.close_visit(
        actor,
        visit_id,
        CloseRequest(
            completion=Completion.COMPLETED,
            autonomy=Autonomy.AUTONOMOUS,
            duration_minutes=10,
            expected_version=version,
            note="Borgeren er skilt og har gæld",
        ),
    )
    library = services.setup.create_site("Biblioteket Nord", SiteKind.LIBRARY)
    other = services.setup.create_staff("Anden", library.id, Role.STAFF)
    elsewhere = ActorContext(other.id, library.id, Role.STAFF, other.name)
    for export in (services.exports.case_note_data, services.exports.handout):
        with pytest.raises(PermissionDenied, match="andet sted"):
            export(elsewhere, visit_id)
    assert "skilt" in case_note_text(services.exports, actor, visit_id)  # the own site still can
    lead = services.setup.create_staff("Leder", library.id, Role.LEAD)
    lead_actor = ActorContext(lead.id, library.id, Role.LEAD, lead.name)
    assert services.exports.handout(lead_actor, visit_id).site_name  # leads see every site

"""Every way of writing a CPR number is kept out of notes, the case note and exports."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from medbetjening.domain.vocabulary import Autonomy, Completion, Obstacle
from medbetjening.reports.export_jobs import case_note_text
from medbetjening.services.errors import InvalidInput
from medbetjening.services.outcome import CloseRequest
from medbetjening.services.visit_export import mask_cpr
from medbetjening.storage.models import Outcome

FORMS = ["211062/5629", "211062 – 5629", "21.10.62-5629", "211062-5629", "2110625629"]


@pytest.mark.parametrize("cpr", FORMS)
def test_outcome_note_is_masked_and_the_user_told(services, actor, cpr: str) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    version = services.outcome.defaults(actor, visit_id).version
    result = services.outcome.close_visit(
        actor,
        visit_id,
        CloseRequest(
            completion=Completion.COMPLETED,
            autonomy=Autonomy.AUTONOMOUS,
            duration_minutes=10,
            expected_version=version,
            note=f"ringede for {cpr} i går",
        ),
    )
    assert result.masked_numbers == 1
    with services.database.uow_factory() as uow:
        stored = uow.session.scalar(select(Outcome.note))
    assert "5629" not in stored and stored.startswith("ringede for ")
    assert "5629" not in case_note_text(services.exports, actor, visit_id)


@pytest.mark.parametrize("cpr", FORMS)
def test_obstacle_note_with_a_cpr_number_is_refused(services, actor, cpr: str) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    run = services.flows.start_run(actor, visit_id, "sundhedskort")
    with pytest.raises(InvalidInput, match="CPR"):
        services.flows.mark_obstacle(actor, run.id, Obstacle.NO_MITID, note=f"cpr {cpr}")


def test_export_safety_net_masks_every_form() -> None:
    for cpr in FORMS:
        assert "5629" not in mask_cpr(f"note {cpr}")
    assert mask_cpr("tlf 33 66 33 66") == "tlf 33 66 33 66"

"""'Tag med næste gang' is true for the citizen: no "Dit MitID" for one without MitID.

The shipped flows list "Dit MitID" among what to bring; the golden handouts' fixed
catalog did not, so a citizen without MitID was told to bring one they do not have.
These use the real flow library (``services.exports``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from medbetjening.domain.flows import LocalText, asks_for_own_mitid
from medbetjening.storage.models import Visit
from tests.reports.seed import Run, Seed, add_citizen, add_visit

DAY = dt.datetime(2026, 12, 6, 10, 0)


def _bring(services, actor, session_of, mitid: str, language: str = "da") -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    def seed(session):  # type: ignore[no-untyped-def]
        citizen_id = add_citizen(session, code="B7N-G1T")
        runs = [Run("digital-post", ["citizen_alone"], status="ended")]
        return Seed(
            actor.site_id, actor.staff_id, DAY, citizen_id=citizen_id, status="open", runs=runs
        )

    visit_id = session_of(lambda session: add_visit(session, seed(session)))
    services.assessment.record_answer(actor, visit_id, "mitid", mitid)
    session_of(lambda session: setattr(session.get(Visit, visit_id), "status", "closed"))
    return services.exports.handout(actor, visit_id, language).bring_next_time


@pytest.mark.parametrize("language", ["da", "en"])
def test_no_mitid_means_no_mitid_to_bring(services, actor, session_of, language) -> None:  # type: ignore[no-untyped-def]
    bring = _bring(services, actor, session_of, "none", language)
    assert bring, "the flow's other things to bring stay"
    assert not any("MitID" in item for item in bring), bring


def test_with_mitid_the_flow_asks_for_it(services, actor, session_of) -> None:  # type: ignore[no-untyped-def]
    assert "Dit MitID" in _bring(services, actor, session_of, "app")


def test_unknown_mitid_keeps_the_item(services, actor, session_of) -> None:  # type: ignore[no-untyped-def]
    # "Ved ikke" is no proof either way: nothing is taken away
    assert "Dit MitID" in _bring(services, actor, session_of, "unknown")


def test_someone_elses_mitid_is_not_the_citizens_own() -> None:
    assert asks_for_own_mitid(LocalText("Dit MitID og dit kort", "Your MitID and your card"))
    assert asks_for_own_mitid(LocalText("Din telefon med MitID", "Your phone with MitID"))
    assert not asks_for_own_mitid(LocalText("Din hjælpers eget MitID"))
    assert not asks_for_own_mitid(LocalText("Evt. et vidne med MitID"))
    assert not asks_for_own_mitid(LocalText("Din telefon, hvis du har MitID-appen"))

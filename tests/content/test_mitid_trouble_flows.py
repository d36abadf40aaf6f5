"""The MitID-trouble flows (issue 17): they pass `flows check`, every step is sourced on a
specific mitid.dk page and dated, the facts the old guidance got wrong are right, and the
assessment sends a citizen whose MitID does not work to them."""

from __future__ import annotations

import datetime as dt

import pytest

from medbetjening.content.assessment import bundled_instrument_path, load_instrument
from medbetjening.content.flow_check import check_flow_paths
from medbetjening.content.flows import builtin_flows_dir, load_flow_file
from medbetjening.domain.flows import MAX_CITIZEN_LIX, StepKind

TROUBLE = ("mitid-glemt-adgangskode", "mitid-ny-telefon", "mitid-kodeviser")
TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize("flow_id", TROUBLE)
def test_the_flow_passes_the_check_and_is_sourced_and_dated(flow_id: str) -> None:
    path = builtin_flows_dir() / f"{flow_id}.yaml"
    assert check_flow_paths([path], today=TODAY) == []
    flow = load_flow_file(path).flow
    assert flow.citizen_lix() <= MAX_CITIZEN_LIX
    assert flow.recurrence is not None and flow.bring and flow.conditions
    for step in flow.steps:
        assert step.source and "mitid.dk/" in step.source and step.verified == TODAY
        assert step.citizen.en and step.staff.en
    assert any(step.kind == StepKind.MITID for step in flow.steps)
    assert any("Kig væk" in reminder.da for reminder in flow.privacy)
    # the alternatives point to flows that exist in the shipped library
    for alternative in flow.alternatives:
        if alternative.flow:
            assert (builtin_flows_dir() / f"{alternative.flow}.yaml").is_file()


def test_the_facts_issue_17_found_wrong_are_right_here() -> None:
    texts = []
    for flow_id in TROUBLE:
        flow = load_flow_file(builtin_flows_dir() / f"{flow_id}.yaml").flow
        for step in flow.steps:
            texts.extend([step.citizen.da, step.staff.da])
    joined = " ".join(texts)
    assert "6 cifre" in joined and "4 til 6" not in joined  # the app PIN is 6 digits
    assert "8 cifre" in joined  # the temporary PIN by SMS
    assert "33 98 00 10" in joined  # MitID Support, by phone only


def test_the_assessment_routes_mitid_trouble_to_the_flows() -> None:
    instrument = load_instrument(bundled_instrument_path())
    route = next(route for route in instrument.routes if route.id == "mitid_trouble")
    assert route.flow == "mitid-glemt-adgangskode"
    flow = load_flow_file(builtin_flows_dir() / "mitid-glemt-adgangskode.yaml").flow
    assert {a.flow for a in flow.alternatives} >= {"mitid-ny-telefon", "mitid-kodeviser"}

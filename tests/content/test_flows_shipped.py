"""Every shipped flow loads, is complete in Danish and English, and reads easily (LIX ≤ 35)."""

from __future__ import annotations

import pytest

from medbetjening.content.flows import builtin_flows_dir, load_flow_file, load_flow_library
from medbetjening.domain.flows import MAX_CITIZEN_LIX, StepKind

SHARED_FLOW_IDS = {
    "mitid-app-pas",
    "mitid-borgerservice",
    "digital-post",
    "digital-post-fritagelse",
    "laeseadgang",
    "digital-fuldmagt",
    "flytning",
    "boligstoette",
    "sundhedskort",
    "pas",
    "koerekort-fornyelse",
    "folkepension",
    "dagtilbud",
    "forskudsopgoerelse",
    "varmetillaeg",
    "byggetilladelse",
    "mitid-glemt-adgangskode",
    "mitid-ny-telefon",
    "mitid-kodeviser",
    # issue 17: new counter errands
    "skift-laege",
    "oekonomisk-hjaelp",
    "helbredstillaeg",
    "boligstoette-aendring",
    "eu-sygesikringskort",
    "mitdk-app",
    "nemkonto",
}
FILES = sorted(builtin_flows_dir().glob("*.yaml"))


def test_the_library_has_exactly_the_shared_flow_ids_and_no_problems() -> None:
    library = load_flow_library([builtin_flows_dir()])
    assert library.problems == []
    assert library.advisories == []
    assert set(library.flows) >= SHARED_FLOW_IDS
    assert set(library.flows) == {path.stem for path in FILES}


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_shipped_flow_loads_and_citizen_text_is_plain(path) -> None:  # type: ignore[no-untyped-def]
    loaded = load_flow_file(path)
    flow = loaded.flow
    assert flow.id == path.stem
    assert loaded.advisories == ()
    assert flow.citizen_lix() <= MAX_CITIZEN_LIX, f"{flow.id}: LIX {flow.citizen_lix():.1f}"
    assert len(flow.steps) >= 4
    assert flow.synonyms and flow.privacy and flow.bring and flow.alternatives
    assert flow.sources and all(url.startswith("https://") for url in flow.sources)
    assert any(step.url for step in flow.steps)
    for step in flow.steps:
        assert step.citizen.da and step.citizen.en and step.staff.da and step.staff.en
        assert len(step.citizen.da) <= 140, f"{flow.id}/{step.id}: citizen line too long"
    if any(step.kind == StepKind.MITID for step in flow.steps):
        assert any("MitID" in reminder.da for reminder in flow.privacy)


def test_mitid_flows_tell_the_helper_to_look_away() -> None:
    library = load_flow_library([builtin_flows_dir()])
    for flow_id in ("mitid-app-pas", "mitid-borgerservice", "flytning"):
        assert any("Kig væk" in reminder.da for reminder in library.flows[flow_id].privacy)

"""The seven counter errands added for issue 17 ship with the library and pass ``flows check``.

Each is sourced and dated step by step, reads plainly (LIX ≤ 35 over everything the citizen
reads), keeps Danish button labels in the English line, and is found by the flow search.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlparse

import pytest

from medbetjening.content.flow_check import check_flow_paths
from medbetjening.content.flows import builtin_flows_dir, load_flow_file, load_flow_library
from medbetjening.domain.flows import MAX_CITIZEN_LIX, StepKind, search_flows
from medbetjening.domain.lix import lix_of_lines

NEW_FLOW_IDS = (
    "skift-laege",
    "oekonomisk-hjaelp",
    "helbredstillaeg",
    "boligstoette-aendring",
    "eu-sygesikringskort",
    "mitdk-app",
    "nemkonto",
)
CHECKED_ON = dt.date(2026, 12, 6)
# A search a clerk would type → the flow it must find.
SEARCHES = {
    "skift læge": "skift-laege",
    "sygesikringsgruppe": "skift-laege",
    "kontanthjælp": "oekonomisk-hjaelp",
    "enkeltydelse": "oekonomisk-hjaelp",
    "helbredskort": "helbredstillaeg",
    "personligt tillæg": "helbredstillaeg",
    "boligstøtte ændring": "boligstoette-aendring",
    "blåt kort": "eu-sygesikringskort",
    "EHIC": "eu-sygesikringskort",
    "eboks app": "mitdk-app",
    "mit.dk": "mitdk-app",
    "nemkonto": "nemkonto",
}
_QUOTED = re.compile(r'"([^"]+)"')
_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:kr\b|kroner|DKK)", re.IGNORECASE)
_YEAR = re.compile(r"\b20\d\d\b")


def _path(flow_id: str):  # type: ignore[no-untyped-def]
    return builtin_flows_dir() / f"{flow_id}.yaml"


def _has_a_page_path(url: str) -> bool:
    return urlparse(url).path.strip("/") != ""


@pytest.mark.parametrize("flow_id", NEW_FLOW_IDS)
def test_new_flow_ships_and_passes_the_check(flow_id: str) -> None:
    path = _path(flow_id)
    assert path.is_file(), f"{flow_id} is not in the shipped library"
    assert check_flow_paths([path], today=CHECKED_ON) == []
    loaded = load_flow_file(path)
    assert loaded.flow.id == flow_id
    assert loaded.advisories == ()


@pytest.mark.parametrize("flow_id", NEW_FLOW_IDS)
def test_every_step_is_sourced_on_a_specific_page_and_dated(flow_id: str) -> None:
    flow = load_flow_file(_path(flow_id)).flow
    assert flow.recurrence is not None
    assert flow.bring and flow.conditions and flow.alternatives and flow.privacy
    assert len(flow.steps) >= 5
    for step in flow.steps:
        assert step.source and _has_a_page_path(step.source), f"{flow_id}/{step.id}: {step.source}"
        assert step.verified == CHECKED_ON, f"{flow_id}/{step.id}"
        assert step.url is None or _has_a_page_path(step.url)
    assert all(_has_a_page_path(url) for url in flow.sources)
    if any(step.kind == StepKind.MITID for step in flow.steps):
        assert any("MitID" in reminder.da and "Kig væk" in reminder.da for reminder in flow.privacy)


@pytest.mark.parametrize("flow_id", NEW_FLOW_IDS)
def test_citizen_text_is_plain_and_english_keeps_the_danish_labels(flow_id: str) -> None:
    flow = load_flow_file(_path(flow_id)).flow
    texts = flow.citizen_texts("da")
    assert lix_of_lines(texts) <= MAX_CITIZEN_LIX, f"{flow_id}: LIX {lix_of_lines(texts):.1f}"
    for text in texts:
        if _AMOUNT.search(text):
            assert _YEAR.search(text), f"{flow_id}: an amount without its year: {text!r}"
    for step in flow.steps:
        for label in _QUOTED.findall(step.citizen.da):
            assert f'"{label}"' in step.citizen.en, f"{flow_id}/{step.id}: {label!r} translated"
        for label in _QUOTED.findall(step.staff.da):
            assert f'"{label}"' in step.staff.en, f"{flow_id}/{step.id}: {label!r} translated"


def test_alternatives_point_to_shipped_flows() -> None:
    shipped = {path.stem for path in builtin_flows_dir().glob("*.yaml")}
    for flow_id in NEW_FLOW_IDS:
        flow = load_flow_file(_path(flow_id)).flow
        for alternative in flow.alternatives:
            assert alternative.flow is None or alternative.flow in shipped, (
                f"{flow_id} → {alternative.flow}"
            )


@pytest.mark.parametrize(("query", "flow_id"), sorted(SEARCHES.items()))
def test_the_library_search_finds_the_new_errand_first(query: str, flow_id: str) -> None:
    library = load_flow_library([builtin_flows_dir()])
    found = search_flows(library.flows.values(), query)
    assert found and found[0].id == flow_id, [flow.id for flow in found]

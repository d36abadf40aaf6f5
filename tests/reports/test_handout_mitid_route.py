"""A citizen without MitID who has a smartphone is told the MitID app with a chip passport,
and where to go without one; a citizen without a smartphone is told borgerservice."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from medbetjening.content.assessment import bundled_instrument_path, load_instrument
from medbetjening.domain.assessment import score
from medbetjening.reports import handout


def _route(devices: str) -> str:
    instrument = load_instrument(bundled_instrument_path())
    answers = {"devices": devices, "mitid": "none", "reads_danish": "good", "wish": "yes"}
    answers.update({item.id: 2 for item in instrument.scored_items})
    route = score(instrument, answers).route
    assert route is not None
    return route


@pytest.mark.parametrize(
    ("devices", "route", "says"),
    [
        ("phone_tablet", "get_mitid_app", ("appen MitID", "pas med chip", "Borgerservice")),
        ("both", "get_mitid_app", ("appen MitID", "pas med chip", "Borgerservice")),
        ("computer", "get_mitid", ("Borgerservice",)),
        ("none", "get_mitid", ("Borgerservice",)),
    ],
)
def test_the_route_and_the_handout_line_fit_the_citizens_phone(devices, route, says) -> None:  # type: ignore[no-untyped-def]
    assert _route(devices) == route
    line = handout._route_line(SimpleNamespace(route=route), handout.TEXT["da"])  # type: ignore[arg-type]
    for words in says:
        assert words in line, line
    english = handout._route_line(SimpleNamespace(route=route), handout.TEXT["en"])  # type: ignore[arg-type]
    assert english != handout.TEXT["en"]["route_other"]


def test_the_app_route_leads_to_the_app_flow_and_the_other_to_borgerservice() -> None:
    instrument = load_instrument(bundled_instrument_path())
    assert instrument.route("get_mitid_app").flow == "mitid-app-pas"  # type: ignore[union-attr]
    assert instrument.route("get_mitid").flow == "mitid-borgerservice"  # type: ignore[union-attr]

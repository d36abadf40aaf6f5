"""The issue-17 audit of the shipped flows: the wrong facts are gone, the right ones are there,
and every step names the specific official page it was checked against, with a date."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

import pytest

from medbetjening.content.flows import builtin_flows_dir, load_flow_library
from medbetjening.domain.flows import Flow

AUDIT_DATE = dt.date(2026, 12, 6)


@pytest.fixture(scope="module")
def flows() -> dict[str, Flow]:
    library = load_flow_library([builtin_flows_dir()])
    assert library.problems == []
    return library.flows


def _texts(flow: Flow) -> list[str]:
    """Every Danish and English text of a flow, staff lines and obstacles included."""
    texts = [flow.title.da, flow.title.en]
    for step in flow.steps:
        for text in (step.staff, step.citizen, step.home, step.tip):
            if text:
                texts += [text.da, text.en]
        for obstacle in step.obstacles:
            texts += [
                obstacle.problem.da,
                obstacle.problem.en,
                obstacle.remedy.da,
                obstacle.remedy.en,
            ]
    for item in (*flow.bring, *flow.conditions):
        texts += [item.da, item.en]
    for alternative in flow.alternatives:
        texts += [
            alternative.title.da,
            alternative.text.da,
            alternative.title.en,
            alternative.text.en,
        ]
    return texts


def _all(flow: Flow) -> str:
    return "\n".join(_texts(flow))


def test_every_shipped_step_has_a_specific_source_and_the_audit_date(
    flows: dict[str, Flow],
) -> None:
    for flow in flows.values():
        for step in flow.steps:
            assert step.source, f"{flow.id}/{step.id}: no source"
            assert urlsplit(step.source).path.strip("/"), (
                f"{flow.id}/{step.id}: site root {step.source}"
            )
            assert step.verified == AUDIT_DATE, f"{flow.id}/{step.id}: verified {step.verified}"
            if step.url:
                assert urlsplit(step.url).path.strip("/"), (
                    f"{flow.id}/{step.id}: url is a site root"
                )
        assert flow.recurrence is not None, flow.id
        for source in flow.sources:
            assert urlsplit(source).path.strip("/"), f"{flow.id}: source is a site root {source}"


def test_mitid_borgerservice_needs_id_and_questions_or_a_witness(flows: dict[str, Flow]) -> None:
    flow = flows["mitid-borgerservice"]
    text = _all(flow)
    assert (
        "Uden ID: stil kontrolspørgsmål" not in text
        and "Uden id: stil kontrolspørgsmål" not in text
    )
    assert "Brug kontrolspørgsmål eller et vidne. Ellers" not in text
    assert "eller svar på kontrolspørgsmål fra CPR" not in text
    vis_id = flow.steps[flow.step_index("vis-id")]
    assert "Derudover" in vis_id.staff.da and "Begge dele" in vis_id.staff.da
    assert "erstatter aldrig" in text  # questions or a witness never replace the ID
    assert "to dokumenter" in text and "professionelt vidne" in text
    assert "41,76" not in text  # the code display price could not be confirmed


def test_mitid_app_pin_is_six_digits_and_a_forgotten_pin_reactivates_the_app(
    flows: dict[str, Flow],
) -> None:
    flow = flows["mitid-app-pas"]
    text = _all(flow)
    assert "4 til 6" not in text and "4 to 6" not in text
    assert "Koden kan skiftes i appen" not in text
    pin = flow.steps[flow.step_index("pinkode")]
    assert "6 tal" in pin.citizen.da and "8 cifre" in pin.staff.da
    remedy = pin.obstacles[0].remedy.da
    assert "genaktiveres" in remedy and "ansigtsscanning" in remedy
    assert "MitID support" in remedy and "borgerservice" in remedy
    assert "Hjælp en anden" in text  # helping another person
    assert "udenlandsk pas" in text and "ID-kort" in text


def test_forskudsopgoerelse_facts(flows: dict[str, Flow]) -> None:
    flow = flows["forskudsopgoerelse"]
    text = _all(flow)
    assert "hver vej" not in flow.steps[flow.step_index("koersel-417")].citizen.da
    assert "over 24 km hver vej" not in text
    assert "over 24 km i alt (over 12 km hver vej)" in text
    assert "FØR AM-bidrag" in flow.steps[flow.step_index("loen-201")].staff.da
    assert "Ret forskud" not in text and "Change preliminary assessment" not in text
    assert "digital fuldmagt" in text.lower()  # named only to say it is NOT the way
    assert "02.052" in text and "Giv adgang til rådgivere eller andre" in text
    assert all(alternative.flow != "digital-fuldmagt" for alternative in flow.alternatives)


def test_temporary_driving_licence_is_valid_in_the_nordic_countries(flows: dict[str, Flow]) -> None:
    flow = flows["koerekort-fornyelse"]
    text = _all(flow)
    assert "kun i Danmark" not in text and "only valid in Denmark" not in text
    assert "Danmark og Norden" in flow.steps[flow.step_index("nyt-kort")].citizen.da


def test_flytning_does_not_promise_keeping_the_doctor(flows: dict[str, Flow]) -> None:
    flow = flows["flytning"]
    text = _all(flow)
    assert "altid beholde" not in text and "can always keep" not in text
    staff = flow.steps[flow.step_index("laege")].staff.da
    assert "15 km" in staff and "5 km" in staff and "ikke altid muligt" in staff


def test_button_labels_are_the_real_ones(flows: dict[str, Flow]) -> None:
    log_ind = flows["varmetillaeg"].steps[flows["varmetillaeg"].step_index("log-ind")]
    assert '"Søg varmetillæg"' in log_ind.citizen.da
    assert '"Søg varmetillæg" (Apply for heating supplement)' in log_ind.citizen.en
    for flow in flows.values():
        for step in flow.steps:
            assert 'Tryk på "Søg".' not in step.citizen.da, f"{flow.id}/{step.id}"
            assert 'Press "Apply"' not in step.citizen.en, f"{flow.id}/{step.id}"


def test_no_unyeared_amount_in_citizen_text(flows: dict[str, Flow]) -> None:
    for flow in flows.values():
        for text in flow.citizen_texts("da") + [flow.summary.da if flow.summary else ""]:
            if " kr." in text or "kr " in text:
                assert any(str(year) in text for year in range(2020, 2031)), f"{flow.id}: {text}"

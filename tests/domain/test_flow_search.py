"""Search over titles and synonyms, tolerant of case and æøå spellings."""

from __future__ import annotations

from medbetjening.domain.flows import Flow, FlowStep, LocalText, fold, search_flows
from medbetjening.domain.vocabulary import ContactType


def _flow(flow_id: str, title: str, synonyms: tuple[str, ...] = ()) -> Flow:
    step = FlowStep(id="a", staff=LocalText("x"), citizen=LocalText("y"))
    return Flow(
        id=flow_id,
        title=LocalText(title, title),
        contact_type=ContactType.TRANSACTION,
        steps=(step,),
        synonyms=synonyms,
    )


FLOWS = [
    _flow("flytning", "Flytning – anmeld ny adresse", ("flytte", "adresse")),
    _flow("koerekort-fornyelse", "Kørekort – forny", ("fornyelse",)),
    _flow("mitid-app-pas", "MitID-appen med pas", ("NemID", "app")),
    _flow("pas", "Pas – ansøg om nyt pas", ("passport",)),
    _flow("forskudsopgoerelse", "Forskudsopgørelse", ("skat", "tastselv")),
]


def ids(query: str) -> list[str]:
    return [flow.id for flow in search_flows(FLOWS, query)]


def test_fold_makes_aeoeaa_spellings_equal() -> None:
    assert fold("Kørekort") == fold("koerekort") == fold("KOREKORT")
    assert fold("Læseadgang") == fold("laeseadgang")
    assert fold("Forskudsopgørelse") == fold("forskudsopgoerelse")


def test_synonyms_find_flows() -> None:
    assert ids("flytte") == ["flytning"]
    assert ids("adresse") == ["flytning"]
    assert ids("nemid") == ["mitid-app-pas"]
    assert ids("tastselv") == ["forskudsopgoerelse"]


def test_case_and_spelling_tolerant() -> None:
    assert ids("KØREKORT") == ["koerekort-fornyelse"]
    assert ids("koerekort") == ["koerekort-fornyelse"]
    assert ids("forskudsopgoer") == ["forskudsopgoerelse"]


def test_title_match_ranks_before_synonym_match_and_all_words_must_match() -> None:
    assert ids("pas")[0] == "pas"
    assert set(ids("pas")) == {"pas", "mitid-app-pas"}
    assert ids("pas nemid") == ["mitid-app-pas"]
    assert ids("ingenting") == []


def test_empty_query_lists_all_by_title() -> None:
    assert ids("") == [
        "flytning",
        "forskudsopgoerelse",
        "koerekort-fornyelse",
        "mitid-app-pas",
        "pas",
    ]

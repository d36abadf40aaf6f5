"""Broken flow files: each problem gets its own message naming file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from medbetjening.content.flow_check import check_flow_paths
from medbetjening.content.flows import load_flow_file, load_flow_library
from medbetjening.content.problems import ContentError

GOOD = """\
id: {id}
title:
  da: Prøveforløb
  en: Test flow
contact_type: transaction
synonyms: [prøve]
steps:
  - id: log-ind
    kind: mitid
    staff:
      da: Borgeren logger på.
      en: The citizen logs on.
    citizen:
      da: Log på med dit MitID.
      en: Log on with your MitID.
    source: https://www.mitid.dk/hjaelp/log-paa/
    verified: 2026-12-06
  - id: send
    staff:
      da: Send.
      en: Send.
    citizen:
      da: Tryk på send.
      en: Press send.
    source: https://www.borger.dk/flytning/anmeld-flytning
    verified: 2026-12-06
recurrence: rare
sources: [https://www.borger.dk/flytning/anmeld-flytning]
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_flow_file(path)
    return [str(problem) for problem in caught.value.problems]


def test_a_good_file_loads(tmp_path: Path) -> None:
    flow = load_flow_file(write(tmp_path, "a.yaml", GOOD.format(id="proeve"))).flow
    assert flow.id == "proeve" and [s.id for s in flow.steps] == ["log-ind", "send"]


def test_bad_yaml_names_the_line(tmp_path: Path) -> None:
    text = GOOD.format(id="proeve").replace("  - id: send", "  - id: send: [oops")
    path = write(tmp_path, "bad.yaml", text)
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:18: (yaml): ugyldig YAML")


def test_missing_fields_each_named(tmp_path: Path) -> None:
    text = GOOD.format(id="proeve").replace("contact_type: transaction\n", "")
    text = text.replace("    citizen:\n      da: Tryk på send.\n      en: Press send.\n", "")
    path = write(tmp_path, "missing.yaml", text)
    assert problems_of(path) == [
        f"{path}:1: contact_type: feltet mangler",
        f"{path}:17: steps.1.citizen: feltet mangler",
    ]


def test_missing_english_text(tmp_path: Path) -> None:
    text = GOOD.format(id="proeve").replace("      en: Press send.\n", "")
    path = write(tmp_path, "noen.yaml", text)
    assert problems_of(path) == [f"{path}:22: steps.1.citizen.en: feltet mangler"]


def test_unknown_step_kind(tmp_path: Path) -> None:
    text = GOOD.format(id="proeve").replace("kind: mitid", "kind: telepati")
    path = write(tmp_path, "kind.yaml", text)
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:9: steps.0.kind: ukendt værdi 'telepati'; tilladt: ")
    assert "'mitid'" in problem


def test_empty_steps(tmp_path: Path) -> None:
    text = GOOD.format(id="proeve").split("steps:")[0] + "steps: []\n"
    text += "recurrence: rare\nsources: [https://www.borger.dk/flytning]\n"
    path = write(tmp_path, "empty.yaml", text)
    assert problems_of(path) == [f"{path}:7: steps: forløbet skal have mindst ét trin"]


def test_wrong_types(tmp_path: Path) -> None:
    text = GOOD.format(id="proeve").replace("synonyms: [prøve]", "synonyms: prøve")
    text = text.replace("      da: Send.\n", "      da: 42\n")
    path = write(tmp_path, "types.yaml", text)
    assert problems_of(path) == [
        f"{path}:6: synonyms: forkert type: skal være en liste (linjer der starter med '- ')",
        f"{path}:20: steps.1.staff.da: forkert type: skal være tekst",
    ]


def test_unknown_field_and_bad_url(tmp_path: Path) -> None:
    text = GOOD.format(id="proeve").replace(
        "    kind: mitid\n", "    kind: mitid\n    url: borger.dk\n    tipp: x\n"
    )
    path = write(tmp_path, "extra.yaml", text)
    assert problems_of(path) == [
        f"{path}:10: steps.0.url: skal være en fuld https-adresse, fx https://www.borger.dk/…",
        f"{path}:11: steps.0.tipp: ukendt felt (stavefejl?)",
    ]


def test_duplicate_step_ids(tmp_path: Path) -> None:
    text = GOOD.format(id="proeve").replace("  - id: send", "  - id: log-ind")
    path = write(tmp_path, "dupstep.yaml", text)
    assert problems_of(path) == [
        f"{path}:18: steps.1.id: trin-id 'log-ind' er brugt to gange (også trin 0)"
    ]


def test_duplicate_flow_ids_keep_the_first_and_report_the_second(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", GOOD.format(id="samme"))
    second = write(tmp_path, "b.yaml", GOOD.format(id="samme"))
    library = load_flow_library([tmp_path])
    assert list(library.flows) == ["samme"]
    assert library.flows["samme"].origin.endswith("a.yaml")
    assert [str(p) for p in library.problems] == [
        f"{second}:1: id: id 'samme' er allerede brugt i a.yaml:1"
    ]


def test_a_broken_file_is_left_out_and_the_rest_load(tmp_path: Path) -> None:
    write(tmp_path, "good.yaml", GOOD.format(id="god"))
    broken = write(tmp_path, "broken.yaml", "id: [\n")
    library = load_flow_library([tmp_path])
    assert list(library.flows) == ["god"]
    assert library.broken_files == [broken]


def test_extra_folder_overrides_a_shipped_flow_and_adds_new_ones(tmp_path: Path) -> None:
    shipped = tmp_path / "shipped"
    extra = tmp_path / "extra"
    shipped.mkdir()
    extra.mkdir()
    write(shipped, "flytning.yaml", GOOD.format(id="flytning"))
    write(extra, "flytning.yaml", GOOD.format(id="flytning").replace("Prøveforløb", "Vores"))
    write(extra, "egen.yaml", GOOD.format(id="egen"))
    library = load_flow_library([shipped, extra])
    assert library.flows["flytning"].title.da == "Vores"
    assert set(library.flows) == {"flytning", "egen"}
    assert library.overridden == {"flytning": shipped / "flytning.yaml"}
    assert library.problems == []


def test_hard_citizen_text_and_dangling_alternative_are_advisories(tmp_path: Path) -> None:
    hard = "Ansøgningsblanketten udfyldes elektronisk vedrørende boligstøtteberegningen."
    text = GOOD.format(id="svaer").replace("Tryk på send.", hard)
    text += "alternatives:\n  - title: {da: A, en: A}\n    text: {da: B, en: B}\n    flow: findes-ikke\n"
    path = write(tmp_path, "hard.yaml", text)
    library = load_flow_library([tmp_path])
    assert "svaer" in library.flows  # it still loads
    messages = [str(p) for p in library.advisories]
    assert messages[0].startswith(f"{path}:7: (borgertekst): borgerteksten er for svær: LIX ")
    assert messages[0].endswith(f'sværeste sætning (LIX 105): "{hard[:-1]}"')
    assert messages[1] == f"{path}:32: alternatives.0.flow: forløbet 'findes-ikke' findes ikke"
    assert [str(p) for p in check_flow_paths([path])][0] == messages[0]


def test_empty_file_and_non_mapping(tmp_path: Path) -> None:
    empty = write(tmp_path, "empty.yaml", "")
    listing = write(tmp_path, "list.yaml", "- a\n- b\n")
    assert problems_of(empty) == [f"{empty}:1: (fil): filen er tom"]
    assert problems_of(listing) == [
        f"{listing}:1: (rod): filen skal være en tabel med id, title, steps …"
    ]

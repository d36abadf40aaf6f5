"""The flow format of issue 17: sourced and dated steps, bring/conditions, recurrence,
LIX over every citizen-facing text, and a check that refuses what it cannot trust."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from medbetjening.cli import main
from medbetjening.content.flow_check import check_flow_paths
from medbetjening.content.flows import load_flow_file, load_flow_library
from medbetjening.content.yaml_source import MAX_CONTENT_BYTES
from tests.content.test_flows_malformed import GOOD, problems_of, write

TODAY = dt.date(2026, 12, 6)


def good(flow_id: str = "proeve") -> str:
    return GOOD.format(id=flow_id)


def test_steps_carry_source_verified_and_home_and_the_flow_bring_and_conditions(
    tmp_path: Path,
) -> None:
    text = good().replace(
        "    source: https://www.mitid.dk/hjaelp/log-paa/\n",
        "    home: {da: Log på med MitID., en: Log on with MitID.}\n"
        "    source: https://www.mitid.dk/hjaelp/log-paa/\n",
    )
    text += "bring:\n  - {da: Din telefon, en: Your phone}\n"
    text += "conditions:\n  - {da: Over 15 år, en: Aged 15 or over}\n"
    flow = load_flow_file(write(tmp_path, "a.yaml", text)).flow
    step = flow.steps[0]
    assert step.source == "https://www.mitid.dk/hjaelp/log-paa/"
    assert step.verified == dt.date(2026, 12, 6)
    assert step.handout_line("da") == "Log på med MitID." and step.citizen.da != step.home.da  # type: ignore[union-attr]
    assert flow.steps[1].handout_line("en") == "Press send."
    assert [b.da for b in flow.bring] == ["Din telefon"]
    assert [c.en for c in flow.conditions] == ["Aged 15 or over"]
    assert flow.recurrence is not None and flow.recurrence.value == "rare"


def test_a_missing_source_or_date_is_named(tmp_path: Path) -> None:
    text = good().replace("    source: https://www.mitid.dk/hjaelp/log-paa/\n", "")
    text = text.replace("    verified: 2026-12-06\n  - id: send", "  - id: send")
    path = write(tmp_path, "a.yaml", text)
    assert problems_of(path) == [
        f"{path}:8: steps.0.source: feltet mangler: den konkrete officielle side, "
        "trinnet er tjekket mod",
        f"{path}:8: steps.0.verified: feltet mangler: datoen trinnet blev tjekket mod siden "
        "(fx 2026-12-06)",
    ]


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        (
            "source: https://www.mitid.dk/hjaelp/log-paa/",
            "source: https://www.mitid.dk/",
            "steps.0.source",
        ),
        (
            "source: https://www.mitid.dk/hjaelp/log-paa/",
            "source: https://www.mitid.dk/hjaelp/log-paa/\n    url: https://www.borger.dk",
            "steps.0.url",
        ),
        (
            "sources: [https://www.borger.dk/flytning/anmeld-flytning]",
            "sources: [https://skat.dk]",
            "sources",
        ),
    ],
)
def test_a_site_root_is_not_a_source(tmp_path: Path, old: str, new: str, field: str) -> None:
    path = write(tmp_path, "a.yaml", good().replace(old, new))
    [problem] = problems_of(path)
    assert f": {field}" in problem and "kun forsiden af et websted" in problem


def test_a_flow_without_sources_or_recurrence_is_refused(tmp_path: Path) -> None:
    text = good().replace("sources: [https://www.borger.dk/flytning/anmeld-flytning]\n", "")
    text = text.replace("recurrence: rare\n", "")
    path = write(tmp_path, "a.yaml", text)
    fields = [problem.split(": ")[1] for problem in problems_of(path)]
    assert fields == ["recurrence", "sources"]


def test_bad_recurrence_and_a_future_or_non_date_verified(tmp_path: Path) -> None:
    text = good().replace("recurrence: rare", "recurrence: sometimes")
    text = text.replace("verified: 2026-12-06\n  - id: send", "verified: 2999-01-01\n  - id: send")
    text = text.replace("verified: 2026-12-06\nrecurrence", "verified: snart\nrecurrence")
    path = write(tmp_path, "a.yaml", text)
    problems = problems_of(path)
    assert any("recurrence: ukendt værdi 'sometimes'" in p for p in problems)
    assert any("steps.0.verified: datoen 2999-01-01 ligger i fremtiden" in p for p in problems)
    assert any("steps.1.verified: skal være en dato som 2026-12-06" in p for p in problems)


def test_legacy_prerequisites_says_how_to_split_it(tmp_path: Path) -> None:
    text = good() + "prerequisites:\n  - {da: MitID, en: MitID}\n"
    path = write(tmp_path, "a.yaml", text)
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:29: prerequisites: ")
    assert "'bring'" in problem and "'conditions'" in problem


@pytest.mark.parametrize(
    "addition",
    [
        "bring:\n  - {da: Ansøgningsblanketten vedrørende boligstøtteberegningen, en: Form}\n",
        "alternatives:\n  - title: {da: Alternativ, en: A}\n"
        "    text: {da: Ansøgningsblanketten vedrørende boligstøtteberegningen, en: B}\n",
    ],
    ids=["bring", "alternative"],
)
def test_lix_counts_bring_and_alternatives_and_names_the_worst_sentence(
    tmp_path: Path, addition: str
) -> None:
    path = write(tmp_path, "a.yaml", good() + addition)
    assert load_flow_file(write(tmp_path, "plain.yaml", good("plain"))).advisories == ()
    [problem] = load_flow_file(path).advisories
    assert "borgerteksten er for svær" in problem.message
    assert 'sværeste sætning (LIX 103): "Ansøgningsblanketten vedrørende boligstøtte' in (
        problem.message
    )


def test_lix_counts_the_home_line_and_the_title(tmp_path: Path) -> None:
    hard = "Underskrivningsproceduren gennemføres elektronisk vedrørende boligstøtteberegningen"
    text = good().replace("  da: Prøveforløb", f"  da: {hard}")
    [problem] = load_flow_file(write(tmp_path, "a.yaml", text)).advisories
    assert hard in problem.message
    text = good().replace(
        "    source: https://www.mitid.dk/hjaelp/log-paa/\n",
        f"    home: {{da: {hard}., en: x}}\n    source: https://www.mitid.dk/hjaelp/log-paa/\n",
    )
    [problem] = load_flow_file(write(tmp_path, "b.yaml", text)).advisories
    assert hard in problem.message


def test_a_file_over_the_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    path = write(tmp_path, "big.yaml", good() + "# " + "x" * MAX_CONTENT_BYTES + "\n: [")
    [problem] = problems_of(path)
    assert problem == f"{path}:0: (fil): filen er for stor (256 KB; højst 256 KB)"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", good())
    os.mkfifo(tmp_path / "pipe.yaml")
    [problem] = problems_of(tmp_path / "pipe.yaml")
    assert problem.endswith("(fil): er ikke en almindelig fil (fx en pipe eller en enhed)")
    library = load_flow_library([tmp_path])  # the window's background check reads the folder
    assert list(library.flows) == ["proeve"]
    assert [p.file.name for p in library.problems] == ["pipe.yaml"]
    assert main(["flows", "check", str(tmp_path / "pipe.yaml")]) == 1  # the CLI's door too


def test_a_directory_where_a_file_belongs_and_a_file_where_a_folder_belongs(
    tmp_path: Path,
) -> None:
    (tmp_path / "mappe.yaml").mkdir()
    [problem] = problems_of(tmp_path / "mappe.yaml")
    assert problem.endswith("(fil): er en mappe; her skal stå en fil")
    [listed] = load_flow_library([tmp_path]).problems
    assert listed.file.name == "mappe.yaml"
    a_file = write(tmp_path, "a.yaml", good())
    [problem] = load_flow_library([a_file]).problems
    assert problem.message == "er en fil; her skal stå en mappe med forløb"


def test_a_duplicate_key_is_refused_with_both_lines(tmp_path: Path) -> None:
    text = good().replace("      da: Tryk på send.\n", "      da: Tryk på send.\n      da: Send.\n")
    path = write(tmp_path, "a.yaml", text)
    [problem] = problems_of(path)
    assert problem == (
        f"{path}:24: da: nøglen 'da' står to gange (første gang linje 23); "
        "kun den sidste ville gælde"
    )


def test_a_cpr_like_number_anywhere_is_refused(tmp_path: Path) -> None:
    text = good().replace("      da: Send.\n", "      da: Skriv 010190-1234 i feltet.\n")
    path = write(tmp_path, "a.yaml", text)
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:20: steps.1.staff.da: teksten indeholder et tal")
    assert "1234" not in problem  # the number is not repeated in the message


def test_a_step_verified_over_a_year_ago_is_a_warning_not_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = good().replace(
        "verified: 2026-12-06\n  - id: send", "verified: 2025-12-05\n  - id: send"
    )
    path = write(tmp_path, "a.yaml", text)
    (tmp_path / "ok").mkdir()
    fresh = write(tmp_path / "ok", "b.yaml", good("frisk"))
    [warning] = check_flow_paths([path], today=TODAY)
    assert warning.warning and str(warning) == (
        f"{path}:17: steps.0.verified: advarsel: trinnet 'log-ind' blev sidst tjekket 2025-12-05 "
        "(over 12 måneder siden); tjek det mod https://www.mitid.dk/hjaelp/log-paa/ igen"
    )
    assert check_flow_paths([tmp_path], today=TODAY) == [warning]  # a folder too
    assert check_flow_paths([path], today=dt.date(2026, 12, 5)) == []  # exactly 12 months
    assert check_flow_paths([fresh], today=TODAY) == []
    assert main(["flows", "check", str(path)]) == 0
    assert "advarsel: trinnet 'log-ind'" in capsys.readouterr().out


def test_a_folder_may_point_to_the_shipped_library(tmp_path: Path) -> None:
    shipped = tmp_path / "shipped"
    own = tmp_path / "own"
    shipped.mkdir()
    own.mkdir()
    write(shipped, "flytning.yaml", good("flytning"))
    write(shipped, "digital-fuldmagt.yaml", good("digital-fuldmagt"))
    pointing = "alternatives:\n  - title: {da: A, en: A}\n    text: {da: B, en: B}\n    flow: %s\n"
    # the municipality's own version of a shipped flow, pointing to another shipped flow
    write(own, "flytning.yaml", good("flytning") + pointing % "digital-fuldmagt")
    assert check_flow_paths([own], shipped_dir=shipped, today=TODAY) == []
    write(own, "andet.yaml", good("andet") + pointing % "findes-ikke")
    [problem] = check_flow_paths([own], shipped_dir=shipped, today=TODAY)
    assert problem.field == "alternatives.0.flow" and "'findes-ikke' findes ikke" in problem.message

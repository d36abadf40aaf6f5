"""``medbetjening flows list|check``: exit codes and one line per problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from medbetjening.cli import main
from medbetjening.cli_commands.flows import _kind_of
from medbetjening.content.flows import builtin_flows_dir
from medbetjening.settings import EXTRA_FLOWS_DIR, Settings


def test_list_shows_every_shipped_flow(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["flows", "list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == len(list(builtin_flows_dir().glob("*.yaml")))
    assert any(line.startswith("flytning ") and "8 trin" in line for line in out)


def test_check_without_paths_is_clean(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["flows", "check"]) == 0
    assert capsys.readouterr().out == ""


def test_check_reports_each_problem_as_file_line_field_message(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: Forkert Id\ntitle: {da: A, en: A}\ncontact_type: transaction\nsteps: []\n")
    good = builtin_flows_dir() / "pas.yaml"
    assert main(["flows", "check", str(good), str(bad)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{bad}:1: id: kun små bogstaver a-z, tal og bindestreg (fx 'log-ind')",
        f"{bad}:1: recurrence: feltet mangler: hvor tit borgeren har ærindet "
        "(weekly | monthly | yearly | rare | once)",
        f"{bad}:4: steps: forløbet skal have mindst ét trin",
        f"{bad}:1: sources: feltet mangler: de officielle sider forløbet bygger på",
    ]


def test_check_of_a_folder_finds_duplicate_ids(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    text = (builtin_flows_dir() / "pas.yaml").read_text(encoding="utf-8")
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(text, encoding="utf-8")
    assert main(["flows", "check", str(tmp_path)]) == 1
    [line] = capsys.readouterr().out.splitlines()
    assert line.startswith(f"{tmp_path / 'b.yaml'}:") and ": id: id 'pas' er allerede brugt" in line


def test_list_uses_the_municipality_folder(tmp_path: Path, isolated_home: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    extra = tmp_path / "extra"
    extra.mkdir()
    text = (builtin_flows_dir() / "pas.yaml").read_text(encoding="utf-8")
    (extra / "pas.yaml").write_text(text.replace("Pas – ansøg om nyt pas", "Vores pas"), "utf-8")
    Settings().set(EXTRA_FLOWS_DIR, str(extra))
    assert main(["flows", "list"]) == 0
    assert any(
        line.endswith("Vores pas (kommunens)") for line in capsys.readouterr().out.splitlines()
    )


def test_assessment_files_go_to_their_own_checker(tmp_path: Path) -> None:
    folder = tmp_path / "assessment"
    folder.mkdir()
    (folder / "x.yaml").write_text("items: []\n")
    (tmp_path / "y.yaml").write_text("id: x\nitems: []\n")
    (tmp_path / "z.yaml").write_text("id: x\nsteps: []\n")
    assert _kind_of(folder / "x.yaml") == "assessment"
    assert _kind_of(tmp_path / "y.yaml") == "assessment"
    assert _kind_of(tmp_path / "z.yaml") == "flow"


def test_flows_check_also_validates_the_assessment_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from medbetjening.content.assessment import bundled_instrument_path

    folder = tmp_path / "assessment"
    folder.mkdir()
    broken = folder / "instrument.yaml"
    text = bundled_instrument_path().read_text(encoding="utf-8")
    broken.write_text(text.replace("scale: autonomy", "scale: nonsense", 1), encoding="utf-8")
    assert main(["flows", "check", str(broken)]) == 1
    out = capsys.readouterr().out
    assert f"{broken}:" in out and "scale" in out
    assert main(["flows", "check"]) == 0  # the shipped flows and instrument are valid

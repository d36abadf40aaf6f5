"""YAML aliases, odd values and unforeseen failures in content files: one bad file is
reported with its file and line, and never stops the other files from loading."""

from __future__ import annotations

from pathlib import Path

import pytest

from medbetjening.cli import main
from medbetjening.content import flow_check as flow_check_module
from medbetjening.content import flows as flows_module
from medbetjening.content.flow_check import check_flow_paths
from medbetjening.content.flows import builtin_flows_dir, load_flow_library
from medbetjening.content.problems import ContentError
from medbetjening.content.yaml_source import load_yaml_with_lines
from medbetjening.settings import ASSESSMENT_FILE, EXTRA_FLOWS_DIR, Settings

SELF_REFERENCE = "id: &a\n  - *a\n"
# Five levels of ten: 100,000 nodes once expanded (the reviewer's nine levels: a billion).
LAUGHS = (
    "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    + "".join(f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]\n" for n in range(1, 5))
    + "id: [*a4]\n"
)


def _folder_with(tmp_path: Path, **files: str) -> Path:
    folder = tmp_path / "extra"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _problems(path: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_yaml_with_lines(path)
    return [str(problem) for problem in caught.value.problems]


def test_a_self_referencing_alias_is_refused_with_its_line(tmp_path: Path) -> None:
    path = _folder_with(tmp_path, **{"rec.yaml": SELF_REFERENCE}) / "rec.yaml"
    [problem] = _problems(path)
    assert problem.startswith(f"{path}:2: (yaml): henvisningen *a (YAML-anker/alias)")


def test_billion_laughs_is_refused_at_the_first_alias(tmp_path: Path) -> None:
    path = _folder_with(tmp_path, **{"laughs.yaml": LAUGHS}) / "laughs.yaml"
    [problem] = check_flow_paths([path])
    assert (problem.file, problem.line, problem.field) == (path, 2, "(yaml)")
    assert "*a0" in problem.message


def test_a_bad_date_and_an_unknown_tag_name_their_line(tmp_path: Path) -> None:
    date = tmp_path / "date.yaml"
    date.write_text("id: x\nversion: 2026-13-45\n", encoding="utf-8")
    tag = tmp_path / "tag.yaml"
    tag.write_text("id: x\n\nversion: !python/name:os.system x\n", encoding="utf-8")
    assert _problems(date)[0].startswith(f"{date}:2: (yaml): ugyldig YAML: ugyldig værdi")
    assert _problems(tag)[0].startswith(f"{tag}:3: (yaml): ugyldig YAML")


def test_flows_list_survives_a_broken_file_in_the_municipality_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extra = _folder_with(tmp_path, **{"rec.yaml": SELF_REFERENCE, "laughs.yaml": LAUGHS})
    Settings().set(EXTRA_FLOWS_DIR, str(extra))
    assert main(["flows", "list"]) == 0
    captured = capsys.readouterr()
    shipped = len(list(builtin_flows_dir().glob("*.yaml")))
    assert len(captured.out.splitlines()) == shipped  # every shipped flow is still listed
    assert f"udeladt: {extra / 'rec.yaml'}:2: (yaml)" in captured.err
    assert f"udeladt: {extra / 'laughs.yaml'}:2: (yaml)" in captured.err


def test_flows_check_of_the_folder_names_both_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    extra = _folder_with(tmp_path, **{"rec.yaml": SELF_REFERENCE, "laughs.yaml": LAUGHS})
    assert main(["flows", "check", str(extra)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line.split(": ")[0] for line in out] == [
        f"{extra / 'laughs.yaml'}:2",
        f"{extra / 'rec.yaml'}:2",
    ]


def test_assessment_check_refuses_an_alias(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    own = tmp_path / "own.yaml"
    own.write_text(SELF_REFERENCE, encoding="utf-8")
    Settings().set(ASSESSMENT_FILE, str(own))
    assert main(["assessment", "check"]) == 1
    assert capsys.readouterr().out.splitlines()[0].startswith(f"{own}:2: (yaml): henvisningen *a")


def test_an_unforeseen_failure_in_one_file_leaves_the_others_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = _folder_with(tmp_path, **{"odd.yaml": "id: odd\n"})
    real = flows_module.load_flow_file

    def load(path: Path):  # type: ignore[no-untyped-def]
        if path.name == "odd.yaml":
            raise RuntimeError("something nobody foresaw")
        return real(path)

    monkeypatch.setattr(flows_module, "load_flow_file", load)
    monkeypatch.setattr(flow_check_module, "load_flow_file", load)
    library = load_flow_library([builtin_flows_dir(), extra])
    assert len(library.flows) == len(list(builtin_flows_dir().glob("*.yaml")))
    [problem] = library.problems
    assert problem.file == extra / "odd.yaml"
    assert "RuntimeError: something nobody foresaw" in problem.message
    [checked] = check_flow_paths([extra / "odd.yaml"])
    assert checked.file == extra / "odd.yaml"

"""``medbetjening assessment check``: the content editor's check of the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from medbetjening.cli import main
from medbetjening.content.assessment import bundled_instrument_path
from medbetjening.settings import ASSESSMENT_FILE, Settings


def test_the_bundled_file_checks_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assessment", "check"]) == 0
    assert capsys.readouterr().out.strip() == f"OK: {bundled_instrument_path()}"


def test_a_broken_file_lists_file_line_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "own.yaml"
    text = bundled_instrument_path().read_text(encoding="utf-8")
    broken.write_text(
        text.replace("      items: {install_app: 2}", "      items: {install: 2}"), "utf-8"
    )
    Settings().set(ASSESSMENT_FILE, str(broken))  # the configured file is the default
    assert main(["assessment", "check"]) == 1
    out = capsys.readouterr().out.splitlines()
    line = next(
        n for n, t in enumerate(broken.read_text("utf-8").splitlines(), 1) if "install: 2" in t
    )
    assert (
        out[0]
        == f"{broken}:{line}: levels.2.requires.items.install: reglen nævner et ukendt punkt 'install'"
    )
    assert out[-1] == f"1 fejl i {broken}."

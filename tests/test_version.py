"""The version has one source: the package constant, which the build reads."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import medbetjening

ROOT = Path(__file__).resolve().parents[1]


def test_pyproject_takes_the_version_from_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in project["project"]["dynamic"]
    path = ROOT / project["tool"]["hatch"]["version"]["path"]
    assert f'__version__ = "{medbetjening.__version__}"' in path.read_text(encoding="utf-8")
    assert re.fullmatch(r"\d+\.\d+\.\d+", medbetjening.__version__)

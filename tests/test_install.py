"""The wheel carries resources/ and the command line works from an installed copy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wheel_dir = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheel_dir),
            str(ROOT),
        ],
        check=True,
    )
    wheel = next(wheel_dir.glob("medbetjening-*.whl"))
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
    )
    return target


def _run(installed: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(installed), "MEDBETJENING_HOME": str(home)}
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=installed.parent,
        check=False,
    )


def test_installed_copy_finds_resources_inside_the_package(installed: Path, tmp_path: Path) -> None:
    result = _run(
        installed,
        "-c",
        "import medbetjening.locations as l; print(l.__file__); print(l.resources_dir())",
        home=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    module_file, resources = result.stdout.split()
    assert module_file.startswith(str(installed))
    assert resources == str(installed / "medbetjening" / "resources")


def test_installed_command_prints_version_and_checks_the_database(
    installed: Path, tmp_path: Path
) -> None:
    version = _run(installed, "-m", "medbetjening", "--version", home=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("medbetjening ")
    upgrade = _run(installed, "-m", "medbetjening", "db", "upgrade", home=tmp_path)
    assert upgrade.returncode == 0, upgrade.stderr
    assert (tmp_path / "medbetjening.sqlite").exists()
    check = _run(installed, "-m", "medbetjening", "db", "check", home=tmp_path)
    assert check.returncode == 0 and "OK" in check.stdout

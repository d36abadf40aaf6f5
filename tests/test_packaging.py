"""Packaging files agree with the program: .desktop, Inno Setup, PyInstaller spec, CI
step, the bundle's resource lookup, and the README screenshots script."""

from __future__ import annotations

import ast
import configparser
import re
import sys
import tomllib
from pathlib import Path

import pytest

from medbetjening import __version__, locations

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def _pyproject() -> dict:  # type: ignore[type-arg]
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_desktop_file_starts_the_installed_command_with_our_icon() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / "linux" / "medbetjening.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert entry["Exec"].split()[0] in _pyproject()["project"]["scripts"]
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.png").is_file()
    assert entry["Categories"].endswith(";") and "Name" in entry and "Comment[da]" in entry


def test_inno_setup_script_is_per_machine_with_start_menu_and_keeps_data() -> None:
    iss = (PACKAGING / "windows" / "medbetjening.iss").read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=admin$", iss, re.M)
    assert re.search(r"^DefaultDirName=\{autopf\}", iss, re.M)
    assert re.search(
        r'^Name: "\{group\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"', iss, re.M
    )
    version = re.search(r'#define AppVersion "([^"]+)"', iss)
    assert version and version.group(1) == __version__
    # nothing of the user's data is removed by default
    assert not re.search(r"^\[UninstallDelete\]", iss, re.M)
    assert "UninstallSilent()" in iss and "MB_DEFBUTTON2" in iss  # asked, "No" is the default
    assert r"{localappdata}\medbetjening" in iss  # platformdirs.user_data_dir on Windows
    icon = re.search(r"^SetupIconFile=(.+)$", iss, re.M)
    assert icon and (PACKAGING / "windows" / icon.group(1).replace("\\", "/")).resolve().is_file()


def test_pyinstaller_spec_bundles_resources_and_leaves_out_big_qt_modules() -> None:
    spec = (PACKAGING / "medbetjening.spec").read_text(encoding="utf-8")
    ast.parse(spec)
    assert '"medbetjening/resources"' in spec and '"medbetjening/storage/migrations"' in spec
    for module in ("QtWebEngineCore", "Qt3DCore", "QtMultimedia"):
        assert f'"PySide6.{module}"' in spec
    assert (PACKAGING / "launcher.py").is_file()


def test_ci_builds_and_starts_the_bundle_before_the_tests() -> None:
    """Before: the test runner's summary must be the last thing CI prints."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.index("packaging/build_linux_bundle.sh") < ci.index('bash -c "$TEST_COMMAND"')
    script = (PACKAGING / "build_linux_bundle.sh").read_text(encoding="utf-8")
    assert "--exit-after-startup" in script and "startup_seconds=" in script
    assert "MEDBETJENING_HOME=" in script and "QT_QPA_PLATFORM=offscreen" in script


def test_build_output_is_never_committed() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "build/" in ignored and "dist/" in ignored


def test_frozen_bundle_finds_its_resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = tmp_path / "medbetjening" / "resources"
    (bundled / "help").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert locations.resources_dir() == bundled


def test_checkout_resources_are_found() -> None:
    assert locations.resources_dir() == ROOT / "resources"


def test_readme_screenshots_are_small_and_referenced(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(PACKAGING))
    import screenshots

    saved = screenshots.take(tmp_path)
    names = {path.name for path in saved}
    assert {"today.png", "first-run.png", "help.png", "today-en.png"} <= names
    assert {"dashboard.png", "handout.png"} <= names
    assert any(name.startswith("visit") for name in names)
    assert all(path.stat().st_size <= screenshots.MAX_BYTES for path in saved)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("today.png", "visit", "help.png", "dashboard.png", "handout.png"):
        assert f"docs/screenshots/{name}" in readme
    for reference in re.findall(r"\((docs/screenshots/[^)]+\.png)\)", readme):
        assert (ROOT / reference).is_file(), reference

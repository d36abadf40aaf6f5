"""Settings are read by the composition root only; services get values handed in."""

from __future__ import annotations

import ast
from pathlib import Path

from medbetjening.composition import service_config
from medbetjening.services.config import ServiceConfig
from medbetjening.settings import Settings

PACKAGE = Path(__file__).resolve().parents[1] / "medbetjening"
# The layers below the composition root (app.py, cli.py, composition.py) and the CLI.
BELOW_THE_ROOT = ("services", "storage", "content", "reports", "demo", "domain")


def _settings_uses(path: Path, root: Path = PACKAGE) -> list[str]:
    """Each ``Settings(...)`` call and each import of ``medbetjening.settings`` in a file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            called = node.func
            name = called.attr if isinstance(called, ast.Attribute) else getattr(called, "id", "")
            if name == "Settings":
                found.append(f"{path.relative_to(root)}:{node.lineno}: Settings()")
        elif (
            isinstance(node, ast.ImportFrom)
            and node.module == "medbetjening.settings"
            or isinstance(node, ast.Import)
            and any(alias.name == "medbetjening.settings" for alias in node.names)
        ):
            found.append(f"{path.relative_to(root)}:{node.lineno}: import")
    return found


def test_no_service_or_lower_layer_constructs_or_imports_settings() -> None:
    offenders = [
        use
        for layer in BELOW_THE_ROOT
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for use in _settings_uses(path)
    ]
    assert offenders == []


def test_the_check_finds_a_service_that_reads_the_settings(tmp_path: Path) -> None:
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text(
        "import medbetjening.settings\n"
        "from medbetjening.settings import Settings\n"
        "value = Settings().get(X)\n"
        "other = medbetjening.settings.Settings()\n",
        encoding="utf-8",
    )
    assert sorted(_settings_uses(sneaky, tmp_path)) == [
        "sneaky.py:1: import",
        "sneaky.py:2: import",
        "sneaky.py:3: Settings()",
        "sneaky.py:4: Settings()",
    ]


def test_the_config_defaults_are_the_settings_defaults(isolated_home: Path) -> None:
    assert service_config(Settings(isolated_home / "none.ini")) == ServiceConfig()

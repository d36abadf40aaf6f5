"""Layer rules import-linter cannot express (it cannot name a subpackage of PySide6)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "medbetjening"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_reports_never_import_qt_widgets() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / "reports").rglob("*.py")
        if any(name.startswith("PySide6.QtWidgets") for name in _imported_modules(path))
    ]
    assert offenders == []


def test_ui_never_builds_a_query() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / "ui").rglob("*.py")
        if any(name.split(".")[0] in {"sqlalchemy", "alembic"} for name in _imported_modules(path))
    ]
    assert offenders == []

"""No widget constructor over 80 lines: a newcomer reads what a screen is made of at a glance.

A longer ``__init__`` is split into named parts (``_build_…``) by what they make.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "medbetjening" / "ui"
MAX_LINES = 80


def _constructors(source: str) -> list[tuple[str, int]]:
    """(class name, lines of its ``__init__`` including the signature) per class."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    assert item.end_lineno is not None
                    found.append((node.name, item.end_lineno - item.lineno + 1))
    return found


def test_no_constructor_in_the_ui_is_over_80_lines() -> None:
    long = [
        f"{path.relative_to(UI)}: {name}.__init__ has {lines} lines"
        for path in sorted(UI.rglob("*.py"))
        for name, lines in _constructors(path.read_text(encoding="utf-8"))
        if lines > MAX_LINES
    ]
    assert long == []


def test_the_measure_counts_a_long_constructor() -> None:
    body = "\n".join(f"        self.x{i} = {i}" for i in range(MAX_LINES))
    source = f"class Wide:\n    def __init__(self) -> None:\n{body}\n"
    assert _constructors(source) == [("Wide", MAX_LINES + 1)]

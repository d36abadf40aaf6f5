"""One label table: every group a screen asks for is in it, and no code is named twice."""

from __future__ import annotations

import ast
from pathlib import Path

from medbetjening.ui.common.label_table import LABELS

UI = Path(__file__).resolve().parents[2] / "medbetjening" / "ui"
TABLE = UI / "common" / "label_table.py"


def _groups_asked_for() -> dict[str, list[str]]:
    """group → where a screen calls ``label("group", …)`` or ``choices("group")``."""
    asked: dict[str, list[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            first = node.args[0]
            if name in {"label", "choices"} and isinstance(first, ast.Constant):
                where = f"{path.relative_to(UI)}:{node.lineno}"
                asked.setdefault(str(first.value), []).append(where)
    return asked


def test_every_group_a_screen_asks_for_is_in_the_one_table() -> None:
    asked = _groups_asked_for()
    assert {"role", "language", "completion", "audit_action", "step_actor"} <= set(asked)
    missing = {group: where for group, where in asked.items() if group not in LABELS}
    assert missing == {}


def test_no_group_and_no_code_is_given_twice_in_the_table() -> None:
    table = next(
        node.value
        for node in ast.parse(TABLE.read_text(encoding="utf-8")).body
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "LABELS"
    )
    assert isinstance(table, ast.Dict)
    groups = [key.value for key in table.keys if isinstance(key, ast.Constant)]
    assert len(groups) == len(set(groups)) == len(LABELS)
    twice = []
    for group, codes in zip(groups, table.values, strict=True):
        assert isinstance(codes, ast.Dict)
        names = [key.value for key in codes.keys if isinstance(key, ast.Constant)]
        twice += [f"{group}.{code}" for code in set(names) if names.count(code) > 1]
    assert twice == []

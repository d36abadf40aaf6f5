"""A number and its percent sign never break apart ("100" / "%" at 200 % text): every
share shown goes through ui/common/number_text, which joins them with a no-break space."""

from __future__ import annotations

import re
from pathlib import Path

from medbetjening.ui.common.number_text import NBSP, percent, whole_percent, with_unit

UI = Path(__file__).resolve().parents[2] / "medbetjening" / "ui"
# a number (a format field or a %N placeholder) followed by a plain space and "%"
PLAIN_SPACE_PERCENT = re.compile(r"(\}|%\d) %(?!\d)")


def test_the_formatter_joins_number_and_unit_with_a_no_break_space() -> None:
    assert percent(0.5) == f"50{NBSP}%"
    assert whole_percent(100) == f"100{NBSP}%"
    assert with_unit(3, "min") == f"3{NBSP}min"


def test_no_window_text_joins_a_number_and_percent_with_a_plain_space() -> None:
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if PLAIN_SPACE_PERCENT.search(line)
    ]
    assert not found, "use ui/common/number_text:\n" + "\n".join(found)

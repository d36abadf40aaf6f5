"""Every line the handout prints reads right at home: a citizen line that only makes
sense at the counter ("Vi ser …", "Det finder vi ud af") has a separate home line."""

from __future__ import annotations

import re

import pytest

from medbetjening.content.flows import builtin_flows_dir, load_flow_library

# Phrases that assume a staff member beside the citizen, now.
COUNTER_ONLY = re.compile(
    r"\b[Vv]i (ser|finder|vælger|skal|tjekker|hjælper|gør|laver|sender|kigger)\b"
    r"|\bfinder vi\b|\bhos os i dag\b|\bi dag hos\b|\bSkriv under her\b"
)


def _home_lines() -> list[tuple[str, str, str]]:
    library = load_flow_library([builtin_flows_dir()])
    assert not library.problems
    return [
        (flow.id, step.id, step.handout_line("da"))
        for flow in library.flows.values()
        for step in flow.steps
    ]


def test_the_phrase_list_catches_a_counter_line() -> None:
    assert COUNTER_ONLY.search("Vi ser om du kan få hjælp til din varme.")
    assert COUNTER_ONLY.search("Skal du søge om lov? Det finder vi ud af først.")
    assert not COUNTER_ONLY.search("Læs om du kan få hjælp til din varme.")


@pytest.mark.parametrize(("flow_id", "step_id", "line"), _home_lines())
def test_the_line_printed_for_home_needs_no_counter(flow_id: str, step_id: str, line: str) -> None:
    assert not COUNTER_ONLY.search(line), f"{flow_id}/{step_id}: add a home line for {line!r}"

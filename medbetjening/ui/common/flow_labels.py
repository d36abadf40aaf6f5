"""The flow vocabulary as the walker shows it: who did a step (in words, keys, symbols).

The names themselves are in the one label table (``label_table.py``).
"""

from __future__ import annotations

from medbetjening.ui.common.labels import label


def step_actor_label(code: str, is_ambassador: bool) -> str:
    """Who did a step, in words; for a volunteer "Ambassadøren gjorde det"."""
    if is_ambassador and code == "staff":
        return label("step_actor_ambassador", code)
    return label("step_actor", code)


# The key that records each actor, in the order of the buttons.
ACTOR_KEYS: list[tuple[str, str]] = [
    ("citizen_alone", "1"),
    ("citizen_guided", "2"),
    ("staff", "3"),
    ("skipped", "0"),
]
ACTOR_SYMBOLS = {
    "citizen_alone": "●",
    "citizen_guided": "◐",
    "staff": "○",
    "skipped": "–",
}

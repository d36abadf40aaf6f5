"""Observed items read from the step marks: only what the errand showed, the best seen."""

from __future__ import annotations

from medbetjening.content.assessment import bundled_instrument_path, load_instrument
from medbetjening.domain.flows import StepKind
from medbetjening.domain.observations import (
    SELF_SERVICE_ITEM,
    SHOWN_BY_KIND,
    RunMarks,
    observed_from_steps,
)

A, M, D = StepKind.ACTION, StepKind.MITID, StepKind.DOCUMENT


def test_mitid_and_document_steps_show_their_items() -> None:
    run = RunMarks(False, [(A, "citizen_alone"), (M, "citizen_alone"), (D, "citizen_guided")])
    assert observed_from_steps([run]) == {"mitid_login": 2, "handles_files": 1}


def test_staff_and_skipped_show_nothing_and_the_best_seen_counts() -> None:
    first = RunMarks(False, [(M, "staff"), (D, "skipped")])
    second = RunMarks(False, [(M, "citizen_guided")])
    third = RunMarks(False, [(M, "citizen_alone")])
    assert observed_from_steps([first]) == {}
    assert observed_from_steps([first, second, third]) == {"mitid_login": 2}


def test_self_service_only_from_a_completed_flow_the_citizen_did() -> None:
    alone = [(A, "citizen_alone"), (A, "citizen_alone")]
    assert observed_from_steps([RunMarks(True, alone)])[SELF_SERVICE_ITEM] == 2
    guided = [(A, "citizen_alone"), (A, "citizen_guided"), (A, "skipped")]
    assert observed_from_steps([RunMarks(True, guided)])[SELF_SERVICE_ITEM] == 1
    assert SELF_SERVICE_ITEM not in observed_from_steps([RunMarks(False, alone)])  # stopped
    with_staff = [(A, "citizen_alone"), (A, "staff")]
    assert SELF_SERVICE_ITEM not in observed_from_steps([RunMarks(True, with_staff)])


def test_the_items_exist_and_are_observed_in_the_bundled_instrument() -> None:
    instrument = load_instrument(bundled_instrument_path())
    for item_id in (*SHOWN_BY_KIND.values(), SELF_SERVICE_ITEM):
        assert instrument.item(item_id).mode.value == "observed"

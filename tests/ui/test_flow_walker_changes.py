"""Mutations return what changed: a key press rewrites the rows it changed, no reload."""

from __future__ import annotations

from PySide6.QtCore import Qt

from medbetjening.domain.vocabulary import FlowRunStatus, StepActor
from medbetjening.ui.visit.flow_walker import FlowWalker


class _CountingFlows:
    """The real flow service, counting the reads of every run of the visit."""

    def __init__(self, flows) -> None:  # type: ignore[no-untyped-def]
        self._flows = flows
        self.full_reads = 0

    def runs(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.full_reads += 1
        return self._flows.runs(*args, **kwargs)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._flows, name)


def _walker(qtbot, services, actor, visit_id: int) -> tuple[FlowWalker, _CountingFlows]:  # type: ignore[no-untyped-def]
    counting = _CountingFlows(services.flows)
    services.flows = counting
    walker = FlowWalker(services, actor, visit_id)
    qtbot.addWidget(walker)
    walker.show()
    qtbot.waitExposed(walker)
    return walker, counting


def _rows(walker: FlowWalker) -> list[str]:
    return [walker.runs_list.item(i).text() for i in range(walker.runs_list.count())]


def test_a_mark_by_key_rewrites_its_row_without_reading_every_run(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    walker, counting = _walker(qtbot, services, actor, visit_id)
    walker.start_flow("flytning")
    reads = counting.full_reads
    for key in (Qt.Key.Key_1, Qt.Key.Key_2):
        qtbot.keyClick(walker.steps_list, key)
    assert counting.full_reads == reads  # no reload of the visit's runs after a key
    assert _rows(walker) == ["Flytning – anmeld ny adresse · I gang · 2/8"]
    # what the window shows is what a fresh read shows
    fresh = FlowWalker(services, actor, visit_id)
    qtbot.addWidget(fresh)
    assert _rows(fresh) == _rows(walker)


def test_starting_a_second_flow_says_which_run_it_paused(qtbot, services, actor) -> None:  # type: ignore[no-untyped-def]
    visit_id = services.visits.start_visit(actor)
    first = services.flows.start_run(actor, visit_id, "flytning")
    assert first.paused_run_ids == ()
    second = services.flows.start_run(actor, visit_id, "pas")
    assert second.paused_run_ids == (first.id,)
    back = services.flows.mark_step(actor, first.id, StepActor.CITIZEN_ALONE)
    assert back.paused_run_ids == (second.id,)  # marking a paused run resumes it
    assert services.flows.get_run(actor, second.id).status == FlowRunStatus.PAUSED

    walker, counting = _walker(qtbot, services, actor, visit_id)
    reads = counting.full_reads
    walker.start_flow("pas")
    assert counting.full_reads == reads
    assert " · På pause · 1/" in _rows(walker)[0]  # flytning, paused by the start of pas
    assert " · I gang · 0/" in _rows(walker)[1]

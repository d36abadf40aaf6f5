"""What exports need to know about a flow, without depending on the flow library.

The flow library (``FlowService``) is wired in by the composition root through a small
adapter that satisfies ``FlowCatalog``; until then ``StaticFlowCatalog`` holds what it
is given (tests, and the recorded titles of flow runs as a fallback).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from medbetjening.domain.flows import Flow, asks_for_own_mitid


@dataclass(frozen=True)
class FlowStepText:
    step_id: str
    citizen_text: str  # the step in the citizen's own words (plain language)
    kind: str = "action"  # StepKind value: a MitID step is left out for a citizen without MitID


@dataclass(frozen=True)
class FlowSummary:
    """One flow in one language, as a handout, case note or KOMHEN count needs it."""

    flow_id: str
    title: str
    steps: tuple[FlowStepText, ...] = ()
    urls: tuple[str, ...] = ()
    bring: tuple[str, ...] = ()  # what to bring next time ("Tag med næste gang")
    bring_own_mitid: tuple[str, ...] = ()  # those of `bring` that are the citizen's MitID
    komhen_task: str = ""  # the KOMHEN task name or code this flow is counted under
    recurrence: str = ""  # how often a citizen meets the errand ("" not said)


class FlowCatalog(Protocol):
    def flow(self, flow_id: str, language: str = "da") -> FlowSummary | None:
        """The flow in ``language`` ("da" or "en"; fall back to Danish), or None if unknown."""
        ...

    def titles(self, language: str = "da") -> dict[str, str]:
        """Every known flow's title by id (exports show titles, not ids)."""
        ...


@dataclass
class StaticFlowCatalog:
    """A catalog over plain data: ``{language: {flow_id: FlowSummary}}``."""

    flows: Mapping[str, Mapping[str, FlowSummary]] = field(default_factory=dict)

    @classmethod
    def of(
        cls, danish: Iterable[FlowSummary], english: Iterable[FlowSummary] = ()
    ) -> StaticFlowCatalog:
        return cls({"da": {f.flow_id: f for f in danish}, "en": {f.flow_id: f for f in english}})

    def flow(self, flow_id: str, language: str = "da") -> FlowSummary | None:
        found = self.flows.get(language, {}).get(flow_id)
        if found is None and language != "da":
            found = self.flows.get("da", {}).get(flow_id)
        return found

    def titles(self, language: str = "da") -> dict[str, str]:
        ids = {*self.flows.get("da", {}), *self.flows.get(language, {})}
        return {i: s.title for i in sorted(ids) if (s := self.flow(i, language)) is not None}


class FlowLibraryCatalog:
    """The real flow library seen as a FlowCatalog (handouts, case notes, KOMHEN)."""

    def __init__(self, flows: Callable[[], Mapping[str, Flow]]) -> None:
        self._flows = flows  # called on first use: the library loads lazily

    def titles(self, language: str = "da") -> dict[str, str]:
        return {i: flow.title.get(language) for i, flow in self._flows().items()}

    def flow(self, flow_id: str, language: str = "da") -> FlowSummary | None:
        flow = self._flows().get(flow_id)
        if flow is None:
            return None
        # the handout is read at home: a step's `home` line where the counter line won't do;
        # the kind lets it leave out MitID steps for a citizen without MitID
        steps = tuple(
            FlowStepText(step.id, step.handout_line(language), step.kind.value)
            for step in flow.steps
        )
        urls = tuple(dict.fromkeys(step.url for step in flow.steps if step.url))
        return FlowSummary(
            flow_id=flow.id,
            title=flow.title.get(language),
            steps=steps,
            urls=urls,
            bring=tuple(text.get(language) for text in flow.bring),
            bring_own_mitid=tuple(
                text.get(language) for text in flow.bring if asks_for_own_mitid(text)
            ),
            komhen_task=flow.komhen or "",
            recurrence=flow.recurrence.value if flow.recurrence else "",
        )

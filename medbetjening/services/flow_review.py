"""For team leads: which flows are due for review, and which the municipality replaced.

A flow is due when a step was never compared with its official page or was compared
more than twelve months ago (domain/flow_review.py). A municipality's file with the id
of a shipped flow replaces it; the lead should know, since the shipped flow's fixes no
longer reach the counter.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from medbetjening.domain.flow_review import FlowReview, review_of
from medbetjening.domain.roles import Action
from medbetjening.services.authorization import require
from medbetjening.services.context import ActorContext
from medbetjening.services.flows import FlowService


@dataclass(frozen=True)
class ReplacedFlow:
    flow_id: str
    title: str
    own_file: str  # the municipality's file now in use
    shipped_file: str  # the program's file it replaced


@dataclass(frozen=True)
class FlowReviewReport:
    due: tuple[FlowReview, ...]  # oldest first; a flow with an undated step first of all
    replaced: tuple[ReplacedFlow, ...]
    total: int  # flows in the library


def flow_review_report(
    flows: FlowService, actor: ActorContext, today: dt.date, language: str = "da"
) -> FlowReviewReport:
    require(actor, Action.MANAGE_CONTENT)
    library = flows.library
    reviews = [review_of(flow, today, language) for flow in library.ordered()]
    due = sorted(
        (review for review in reviews if review.due),
        key=lambda review: (review.oldest_verified or dt.date.min, review.title.casefold()),
    )
    replaced = tuple(
        ReplacedFlow(
            flow_id,
            library.flows[flow_id].title.get(language),
            library.flows[flow_id].origin,
            str(shipped),
        )
        for flow_id, shipped in sorted(library.overridden.items())
        if flow_id in library.flows
    )
    return FlowReviewReport(tuple(due), replaced, len(library.flows))

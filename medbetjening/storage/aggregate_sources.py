"""Which statistics tables the refresh fills, and from what.

Each entry is a wide ``stat_*`` table and the function that builds its rows for an
``AggregateRange``. A new aggregate adds one line here (its builder in its own module);
the refresh then keeps it in step: re-aggregated with its (day, site), kept when purged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session

from medbetjening.storage.aggregate_evidence import route_evidence_rows
from medbetjening.storage.aggregate_range import AggregateRange
from medbetjening.storage.aggregate_rows import flow_rows, follow_up_rows, visit_rows
from medbetjening.storage.aggregate_self_sufficiency import self_sufficiency_rows
from medbetjening.storage.friction_aggregates import StatStepFrictionDay, friction_rows
from medbetjening.storage.models import (
    StatFlowDay,
    StatFollowUpDay,
    StatRouteEvidenceDay,
    StatSelfSufficiencyDay,
    StatVisitDay,
)

# Rows, or a SELECT whose columns are named as the table's (inserted from, in the engine).
RowBuilder = Callable[[Session, AggregateRange], list[dict[str, Any]] | Select[Any]]

STAT_SOURCES: tuple[tuple[type, RowBuilder], ...] = (
    (StatVisitDay, visit_rows),
    (StatFlowDay, flow_rows),
    (StatFollowUpDay, follow_up_rows),
    (StatSelfSufficiencyDay, self_sufficiency_rows),
    (StatRouteEvidenceDay, route_evidence_rows),
    (StatStepFrictionDay, friction_rows),
)

STAT_TABLES = tuple(table for table, _ in STAT_SOURCES)
# The builders that read the range's runs (``aggregate_runs.RANGE_RUNS``): with all of
# their rows computed elsewhere, a range need not fill it.
READS_RANGE_RUNS = frozenset(
    {StatVisitDay, StatFlowDay, StatSelfSufficiencyDay, StatStepFrictionDay}
)

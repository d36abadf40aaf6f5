"""Which statistics tables the refresh fills, and from what.

Each entry is a wide ``stat_*`` table and the function that builds its rows for an
``AggregateRange`` (``READ_SOURCES``: from one read of the range's visits, runs and
steps, ``range_rows``). A new aggregate adds one line here (its builder in its own module);
the refresh then keeps it in step: re-aggregated with its (day, site), kept when purged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session

from medbetjening.storage.aggregate_evidence import route_evidence_rows
from medbetjening.storage.aggregate_range import AggregateRange
from medbetjening.storage.aggregate_rows import follow_up_rows
from medbetjening.storage.aggregate_self_sufficiency import self_sufficiency_rows
from medbetjening.storage.models import (
    StatFollowUpDay,
    StatRouteEvidenceDay,
    StatSelfSufficiencyDay,
)
from medbetjening.storage.range_rows import READ_SOURCES

# Rows, or a SELECT whose columns are named as the table's (inserted from, in the engine).
RowBuilder = Callable[[Session, AggregateRange], list[dict[str, Any]] | Select[Any]]

STAT_SOURCES: tuple[tuple[type, RowBuilder], ...] = (
    (StatFollowUpDay, follow_up_rows),
    (StatSelfSufficiencyDay, self_sufficiency_rows),
    (StatRouteEvidenceDay, route_evidence_rows),
)

# With the tables counted in Python from one read of the range (``range_rows``), first.
STAT_TABLES = (*(table for table, _ in READ_SOURCES), *(table for table, _ in STAT_SOURCES))

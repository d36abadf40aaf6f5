"""What tracking returns: a citizen's visits, levels, task status and follow-ups."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from medbetjening.domain.self_sufficiency import Trend


@dataclass(frozen=True)
class TaskStatusRow:
    flow_id: str
    title: str
    status: str  # SelfSufficiency value
    changed_at: dt.datetime | None
    attempts: int  # visits in which the task's flow was run
    last_at: dt.datetime
    practised_in_group: int = 0  # workshops at which the citizen practised it


@dataclass(frozen=True)
class HistoryVisit:
    visit_id: int
    started_at: dt.datetime
    status: str
    site_name: str
    staff_name: str
    flows: str
    level: int | None  # only a final (or staff-set) level
    completion: str | None
    autonomy: str | None
    citizen_share: float | None
    referral: str | None
    note: str | None  # None also when the reader may not see others' notes
    level_low: int | None = None  # the proven range while the level is not settled
    level_high: int | None = None
    route: str | None = None
    route_override_reason: str | None = None  # staff chose the route, and why

    @property
    def level_text(self) -> str:
        """'2', or 'ikke afklaret (0–2)' — never a guessed level (Danish; see the ui label)."""
        return level_text(self.level, self.level_low, self.level_high)


def level_text(level: int | None, low: int | None, high: int | None) -> str:
    if level is not None:
        return str(level)
    if low is None or high is None:
        return "–"
    return f"ikke afklaret ({low}–{high})"


@dataclass(frozen=True)
class LevelPoint:
    at: dt.datetime
    level: int


@dataclass(frozen=True)
class CitizenHistory:
    citizen_id: int
    citizen_code: str | None
    age_band: str
    visits: list[HistoryVisit]  # oldest first
    levels: list[LevelPoint]  # oldest first
    trend: Trend
    tasks: list[TaskStatusRow]

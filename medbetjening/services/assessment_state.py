"""What the assessment service returns: a visit's assessment and the citizen's last one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from medbetjening.domain.assessment import Answer, Change, Result, change


@dataclass(frozen=True)
class AssessmentState:
    """The assessment of one visit as it stands."""

    visit_id: int
    answers: dict[str, Answer]
    result: Result  # computed from the answers (and the override for barriers/route)
    level: int | None  # the level in force: the override, else the final computed one
    computed_level: int | None  # None until final: a range is not a level
    override_reason: str | None
    updated_at: dt.datetime | None
    visit_version: int  # the visit's version after this read or change: pass it to the next
    not_relevant: dict[str, str] = field(default_factory=dict)  # item → reason (by staff)
    route_override_reason: str | None = None
    route: str | None = None  # the route in force: staff's choice, else the computed one

    @property
    def overridden(self) -> bool:
        return self.override_reason is not None

    @property
    def route_overridden(self) -> bool:
        return self.route_override_reason is not None


@dataclass(frozen=True)
class PreviousAssessment:
    """The citizen's most recent assessment from an earlier visit."""

    visit_id: int
    visit_started_at: dt.datetime
    level: int | None  # None: not settled (see level_low/level_high)
    computed_level: int | None
    overridden: bool
    digitally_challenged: bool | None
    route: str | None
    barriers: tuple[str, ...]
    instrument_version: str
    level_low: int | None = None
    level_high: int | None = None

    def change_to(self, level: int | None) -> Change | None:
        return change(self.level, level)

"""How often a citizen meets an errand, and what that means for teaching it.

Tønder's strategy asks the clerk to weigh the effort of teaching against the chance the
citizen needs it again. Each flow says how often a citizen meets its errand
(``recurrence``). The citizen-level route from the assessment is then weighed per
errand:

- **once** (folkepension, dagtilbud): teaching it is rarely worth it; a route that
  would teach (medbetjening) becomes *staff-assisted* for this errand.
- **weekly / monthly** (Digital Post): learning nearly always pays off; a route of
  *staff-assisted* becomes *medbetjening*, unless the citizen said they do not want
  to learn (the wish is respected) or the level is 0 (nothing to build on yet).
- **yearly / rare**: the route stands; the screen says how often the errand comes.

**Avoided visits** (the dashboard's estimate): a citizen who became self-sufficient
with an errand is assumed to have come to the counter each time they meet it, at
most monthly: ``VISITS_A_YEAR``. These are assumptions, shown beside the figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from medbetjening.domain.flows import Recurrence

# Counter visits a year a citizen who cannot do the errand alone is assumed to need.
# Weekly errands are capped at monthly: nobody comes to the counter every week for one.
VISITS_A_YEAR: dict[Recurrence, float] = {
    Recurrence.WEEKLY: 12.0,
    Recurrence.MONTHLY: 12.0,
    Recurrence.YEARLY: 1.0,
    Recurrence.RARE: 0.2,  # every fifth year or so (a passport, a move)
    Recurrence.ONCE: 0.0,
}

TEACHING = "medbetjening"
STAFF_ASSISTED = "staff_assisted"


class Weighing(StrEnum):
    """Why the errand's route is what it is (the screen says it in words)."""

    ONCE_NOT_WORTH_TEACHING = "once_not_worth_teaching"
    FREQUENT_WORTH_TEACHING = "frequent_worth_teaching"
    FREQUENT_BUT_NO_WISH = "frequent_but_no_wish"
    FREQUENT_BUT_LEVEL_0 = "frequent_but_level_0"
    ONCE = "once"
    RARE = "rare"
    YEARLY = "yearly"
    FREQUENT = "frequent"
    UNKNOWN = "unknown"  # the flow does not say how often


@dataclass(frozen=True)
class ErrandRoute:
    route: str  # the route for this errand
    changed: bool  # differs from the citizen-level route
    why: Weighing


def parse_recurrence(value: str | None) -> Recurrence | None:
    try:
        return Recurrence(value) if value else None
    except ValueError:
        return None


def weigh_route(
    route: str, recurrence: Recurrence | None, wish: str | None, level_max: int | None
) -> ErrandRoute:
    """The route for one errand given how often it comes (``wish``: the instrument's
    "wants to learn" answer code or None; ``level_max``: the highest level possible)."""
    if recurrence is None:
        return ErrandRoute(route, False, Weighing.UNKNOWN)
    if recurrence == Recurrence.ONCE:
        if route == TEACHING:
            return ErrandRoute(STAFF_ASSISTED, True, Weighing.ONCE_NOT_WORTH_TEACHING)
        return ErrandRoute(route, False, Weighing.ONCE)
    if recurrence in (Recurrence.WEEKLY, Recurrence.MONTHLY):
        if route == STAFF_ASSISTED:
            if wish == "no":
                return ErrandRoute(route, False, Weighing.FREQUENT_BUT_NO_WISH)
            if level_max == 0:
                return ErrandRoute(route, False, Weighing.FREQUENT_BUT_LEVEL_0)
            return ErrandRoute(TEACHING, True, Weighing.FREQUENT_WORTH_TEACHING)
        return ErrandRoute(route, False, Weighing.FREQUENT)
    if recurrence == Recurrence.YEARLY:
        return ErrandRoute(route, False, Weighing.YEARLY)
    return ErrandRoute(route, False, Weighing.RARE)


def avoided_visits(citizens: int, recurrence: Recurrence | None) -> float | None:
    """Counter visits next year the newly self-sufficient citizens are assumed to save
    (None: the errand's recurrence is not known, so no estimate)."""
    if recurrence is None:
        return None
    return citizens * VISITS_A_YEAR[recurrence]

"""Demo data: whether a citizen has a MitID that works, apart from their skill.

The instrument keeps access apart from skill (``resources/assessment/instrument.yaml``):
a citizen without a working MitID cannot log in however skilled, so the generator
gives each citizen an *access* (kept while they come back) that their assessment
answers and their runs obey, as the window would record them:
- the assessment's ``mitid`` answer is the access (never the app without a device), and
  the items the instrument marks *not applicable* for it (``mitid_login``,
  ``digital_post``) stay unanswered;
- a run of an errand that needs MitID stops with the obstacle ``no_mitid`` at its
  first MitID step, or a proxy (digital power of attorney, guardian) does the MitID
  steps as staff with that basis (the MitID guard, ``FlowService.mark_step``);
- a completed MitID errand (a flow of the *MitID* category: get MitID at the counter,
  in the app with a passport, fix a forgotten code …) gives the citizen a working
  MitID from then on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from medbetjening.domain.vocabulary import FlowRunStatus, Obstacle, StaffBasis

HAS = "has"  # a MitID that works (app, code display, audio reader, chip, or "doesn't know")
NONE = "none"  # the instrument's ``mitid`` codes for the two kinds of no access
NOT_WORKING = "not_working"
NO_ACCESS = frozenset({NONE, NOT_WORKING})
MITID_ITEM = "mitid"
APP = "app"  # the ``mitid`` code of the MitID app, which needs a phone or tablet
NO_DEVICE = "has_no_device"  # a working MitID and no device: its answer is never the app
NO_MITID_OBSTACLE = Obstacle.NO_MITID.value
MITID_CATEGORY = "MitID"  # a flow's ``komhen``: the errand gets or restores a MitID

# A proxy doing the MitID steps for a citizen without MitID, and how often (else the
# run stops at the log-in with ``no_mitid``). "citizen_typed" is no basis here: the
# citizen has nothing to type.
PROXY_SHARE = 0.2
PROXY_BASES = (StaffBasis.DIGITAL_POWER_OF_ATTORNEY.value, StaffBasis.GUARDIAN.value)
PROXY_CUM = (0.75, 1.0)
_COMPLETED = FlowRunStatus.COMPLETED.value


def draw_access(random_: Callable[[], float], skill: float) -> str:
    """A citizen's access: ≈ 6 % no MitID, 5 % one that does not work; far more of the
    least skilled have none (the old generator's shares for the ``mitid`` answer)."""
    r = random_()
    if r < (0.4 if skill < 0.2 else 0.06):
        return NONE
    return NOT_WORKING if r > 0.95 else HAS


def got_mitid(runs: Iterable[list[Any]], gives_mitid: frozenset[str], status: int) -> bool:
    """Whether a visit's (settled) runs completed an errand that gives a working MitID."""
    return any(run[2] in gives_mitid and run[status] == _COMPLETED for run in runs)

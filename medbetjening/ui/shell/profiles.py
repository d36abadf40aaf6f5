"""Which profile signs in, without widgets: the one the sign-in dialog would preselect.

The main window's first paint needs only this (the preselected profile), not the
dialog's widgets (ui/shell/sign_in.py).
"""

from __future__ import annotations

import os

from medbetjening.domain.policies import Policies
from medbetjening.domain.vocabulary import Role
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.dto import StaffInfo
from medbetjening.settings import LAST_STAFF_ID, Settings


def os_user() -> str:
    """The signed-in OS user, as ``getpass.getuser`` finds it: the variables it reads
    first, then the password database (``pwd``, built in: getpass's own import pulls
    termios in, ≈ 1 ms before the first paint); getpass itself where there is no pwd."""
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        user = os.environ.get(variable)
        if user:
            return user
    try:
        import pwd
    except ImportError:  # Windows without the variables: getpass says what it can
        import getpass

        return getpass.getuser()
    return pwd.getpwuid(os.getuid())[0]


def actor_for(staff: StaffInfo) -> ActorContext:
    return ActorContext(
        staff_id=staff.id, site_id=staff.site_id, role=Role(staff.role), name=staff.name
    )


def preferred_profile(profiles: list[StaffInfo], os_user: str, last_id: int) -> int:
    """Index of the profile to preselect: the OS user's, else the last used, else 0."""
    mine = [i for i, p in enumerate(profiles) if p.os_user and p.os_user == os_user]
    if len(mine) == 1:
        return mine[0]
    last = [i for i, p in enumerate(profiles) if p.id == last_id]
    if last:
        return last[0]
    return mine[0] if mine else 0


def preselected_actor(services: Services, settings: Settings) -> ActorContext | None:
    """The profile the dialog would preselect, without asking (start-up measurements with
    --exit-after-startup). Never a profile that must type a password (its own, a lead's,
    or any on a shared PC): None there. Read through the fast start-up path; the caller
    records the sign-in once the full stack is loaded."""
    profiles = services.startup.staff()
    if not profiles or services.startup.shared_pc():
        return None
    chosen = profiles[preferred_profile(profiles, os_user(), settings.get(LAST_STAFF_ID))]
    if chosen.has_password or Policies().password_required(chosen.role):
        return None
    return actor_for(chosen)

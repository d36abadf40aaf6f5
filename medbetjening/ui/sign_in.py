"""Choose who is working: the last profile used on this PC, or one to pick."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from medbetjening.domain.vocabulary import Role
from medbetjening.services.context import ActorContext
from medbetjening.services.dto import StaffInfo
from medbetjening.settings import LAST_STAFF_ID, Settings
from medbetjening.ui.labels import label


def actor_for(staff: StaffInfo) -> ActorContext:
    return ActorContext(
        staff_id=staff.id, site_id=staff.site_id, role=Role(staff.role), name=staff.name
    )


def choose_actor(
    services, settings: Settings, parent: QWidget | None = None
) -> ActorContext | None:  # type: ignore[no-untyped-def]
    profiles = services.startup.staff()
    if not profiles:
        return None
    last = settings.get(LAST_STAFF_ID)
    os_user = getpass.getuser()
    preferred = next((p for p in profiles if p.id == last), None) or next(
        (p for p in profiles if p.os_user == os_user), None
    )
    if preferred is None and len(profiles) == 1:
        preferred = profiles[0]
    if preferred is None:
        names = [f"{p.name} ({label('role', p.role)})" for p in profiles]
        choice, ok = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("SignIn", "Vælg profil"),
            QCoreApplication.translate("SignIn", "Profil:"),
            names,
            0,
            False,
        )
        if not ok:
            return None
        preferred = profiles[names.index(choice)]
    settings.set(LAST_STAFF_ID, preferred.id)
    return actor_for(preferred)

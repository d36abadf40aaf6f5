"""Who runs a command: ``--staff ID``, or the staff profile of the operating-system user."""

from __future__ import annotations

import getpass

from medbetjening.domain.vocabulary import Role
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput


def add_actor_argument(parser) -> None:  # type: ignore[no-untyped-def]
    parser.add_argument(
        "--staff",
        type=int,
        metavar="ID",
        default=None,
        help="medarbejderen der udfører kommandoen (standard: profilen for din bruger på pc'en)",
    )


def cli_actor(services, staff_id: int | None) -> ActorContext:  # type: ignore[no-untyped-def]
    if staff_id is not None:
        info = services.setup.get_staff(staff_id)
    else:
        user = getpass.getuser()
        matches = [s for s in services.setup.staff() if s.os_user and s.os_user == user]
        if len(matches) != 1:
            raise InvalidInput(
                f"Ingen entydig medarbejderprofil for brugeren '{user}'. Angiv --staff ID."
            )
        info = matches[0]
    return ActorContext(
        staff_id=info.id, site_id=info.site_id, role=Role(info.role), name=info.name
    )

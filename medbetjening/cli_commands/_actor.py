"""Who runs a command that needs a role: the profile of the OS user, or ``--staff ID``."""

from __future__ import annotations

import getpass
import sys

from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput
from medbetjening.services.staff import PasswordNotSet


def add_staff_argument(parser) -> None:  # type: ignore[no-untyped-def]
    parser.add_argument(
        "--staff",
        type=int,
        metavar="ID",
        help="medarbejderprofilens nummer (standard: profilen med dit brugernavn på pc'en)",
    )


def sign_in(services: Services, staff_id: int | None) -> ActorContext:
    """Sign in on the command line; a profile with a password is asked for it."""
    profiles = services.setup.staff()
    if staff_id is None:
        user = getpass.getuser()
        matches = [p for p in profiles if p.os_user == user]
        if len(matches) != 1:
            raise InvalidInput(
                f"Ingen entydig profil for brugernavnet '{user}'. Angiv --staff ID "
                "(se numrene i Medarbejdere i programmet)."
            )
        profile = matches[0]
    else:
        profile = next((p for p in profiles if p.id == staff_id), None)
        if profile is None:
            raise InvalidInput(f"Der er ingen aktiv profil nr. {staff_id}.")
    password = None
    if profile.has_password:
        password = getpass.getpass(f"Adgangskode for {profile.name}: ", stream=sys.stderr)
    try:
        return services.staff.authenticate(
            profile.id, password, password_required=profile.has_password
        )
    except PasswordNotSet as error:  # not reached: required only when a password exists
        raise InvalidInput(str(error)) from error

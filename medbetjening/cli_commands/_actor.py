"""Who runs a command: the one sign-in of every sub-command.

The profile is ``--staff NR`` or the profile whose PC user name is this OS user. A
profile with a password is always asked for it (a team lead always has one); there is
no fallback to "the only team lead". Without a terminal to ask in, the command stops
with a Danish message instead of hanging or failing with EOFError.
"""

from __future__ import annotations

import getpass
import sys

from medbetjening.cli_language import word
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.dto import StaffInfo
from medbetjening.services.errors import WHERE_STAFF, InvalidInput, PasswordNotSet

# a role's word in the list of profiles (the stored code is English)
_ROLES = {"lead": "teamleder", "staff": "medarbejder", "ambassador": "digital ambassadør"}


def add_staff_argument(parser) -> None:  # type: ignore[no-untyped-def]
    parser.add_argument(
        "--staff",
        type=int,
        metavar="NR",
        help="medarbejderprofilens nummer (standard: profilen med dit brugernavn på pc'en)",
    )


def ask_password(prompt: str, new: bool = False) -> str:
    """Ask on the terminal; without one there is nobody to ask (``new``: a password
    being set, not the signing-in profile's)."""
    if not sys.stdin or not sys.stdin.isatty():
        if new:
            raise InvalidInput(
                "En ny adgangskode skrives på terminalen, men der er ingen terminal at "
                "spørge i. Kør kommandoen i et terminalvindue (kommandoprompt). Intet er ændret."
            )
        raise InvalidInput(
            "Profilen har en adgangskode, men der er ingen terminal at spørge i. "
            "Kør kommandoen i et terminalvindue (kommandoprompt), så du kan skrive den."
        )
    try:
        return getpass.getpass(prompt, stream=sys.stderr)
    except EOFError:
        raise InvalidInput("Adgangskoden blev ikke skrevet. Intet er gjort.") from None


def _profile(profiles: list[StaffInfo], staff_id: int | None) -> StaffInfo:
    listing = ", ".join(f"{p.id} {p.name} ({word(_ROLES.get(p.role, p.role))})" for p in profiles)
    if staff_id is not None:
        chosen = next((p for p in profiles if p.id == staff_id), None)
        if chosen is None:
            raise InvalidInput(
                f"Der er ingen aktiv medarbejderprofil nr. {staff_id} ({WHERE_STAFF})."
            )
        return chosen
    user = getpass.getuser()
    matches = [p for p in profiles if p.os_user and p.os_user == user]
    if len(matches) != 1:
        raise InvalidInput(
            f"Ingen entydig profil har pc-brugernavnet '{user}'. Angiv din profil med "
            f"--staff NR ({WHERE_STAFF}). Profiler: {listing}"
        )
    return matches[0]


def sign_in(services: Services, staff_id: int | None) -> ActorContext:
    """Sign in on the command line; a profile with a password is asked for it."""
    profiles = services.setup.staff()
    if not profiles:
        raise InvalidInput("Der er ingen medarbejderprofiler endnu; start programmet først.")
    profile = _profile(profiles, staff_id)
    required = services.policies.password_required(profile.role)
    password = None
    if profile.has_password or required:
        if not profile.has_password:
            raise InvalidInput(
                f"Profilen {profile.name} skal have en adgangskode. Vælg den i programmet "
                "(log ind) eller bed en teamleder: medbetjening staff set-password."
            )
        password = ask_password(f"Adgangskode for {profile.name}: ")
    try:
        return services.staff.authenticate(
            profile.id, password, password_required=password is not None
        )
    except PasswordNotSet as error:
        raise InvalidInput(str(error)) from error


def run_signed_in(args, action) -> int:  # type: ignore[no-untyped-def]
    """Open the database, sign in (``--staff``), run ``action(services, actor)``, close."""
    from medbetjening.cli_commands._common import open_db

    db = open_db(args)
    try:
        services = Services(db, args.config)
        return int(action(services, sign_in(services, args.staff)) or 0)
    finally:
        db.dispose()

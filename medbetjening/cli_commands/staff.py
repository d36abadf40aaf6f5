"""``medbetjening staff list|add|deactivate|set-password`` (team lead, audited)."""

from __future__ import annotations

from medbetjening.cli_commands import _actor
from medbetjening.cli_commands._actor import add_staff_argument, run_signed_in
from medbetjening.cli_language import say, word
from medbetjening.domain.roles import Action
from medbetjening.domain.vocabulary import Role
from medbetjening.services.authorization import require
from medbetjening.services.errors import InvalidInput

# the role's word in the list (the stored code is English)
ROLE_WORDS = {"ambassador": "ambassadør", "staff": "medarbejder", "lead": "teamleder"}


def register(subparsers) -> None:  # type: ignore[no-untyped-def]
    parser = subparsers.add_parser(
        "staff", help="medarbejderprofiler: vis (med numre), opret, deaktivér, sæt adgangskode"
    )
    commands = parser.add_subparsers(dest="staff_command", metavar="HANDLING", required=True)
    listing = commands.add_parser("list", help="vis profilerne med deres numre")
    add_staff_argument(listing)
    listing.set_defaults(handler=_list)
    add = commands.add_parser("add", help="opret en profil (en teamleder får en adgangskode)")
    add.add_argument("name", metavar="NAVN")
    add.add_argument("--site", type=int, required=True, metavar="NR", help="stedets nr.")
    add.add_argument(
        "--role",
        choices=[r.value for r in Role],
        default=Role.STAFF.value,
        help="staff: medarbejder (standard), ambassador: digital ambassadør, lead: teamleder",
    )
    add.add_argument("--os-user", metavar="BRUGERNAVN", help="brugernavnet på pc'en")
    add_staff_argument(add)
    add.set_defaults(handler=_add)
    deactivate = commands.add_parser("deactivate", help="deaktivér en profil")
    deactivate.add_argument("profile", type=int, metavar="PROFIL_NR")
    add_staff_argument(deactivate)
    deactivate.set_defaults(handler=_deactivate)
    password = commands.add_parser("set-password", help="sæt en ny adgangskode for en profil")
    password.add_argument("profile", type=int, metavar="PROFIL_NR")
    add_staff_argument(password)
    password.set_defaults(handler=_set_password)


def _new_password(actor, for_whom: str) -> str:  # type: ignore[no-untyped-def]
    """Asked only of someone who may set it: a refusal comes before the prompts."""
    require(actor, Action.MANAGE_STAFF)
    first = _actor.ask_password(f"Ny adgangskode for {for_whom}: ", new=True)
    if _actor.ask_password("Gentag adgangskoden: ", new=True) != first:
        raise InvalidInput("De to adgangskoder er ikke ens. Intet er ændret.")
    return first


def _list(args) -> int:  # type: ignore[no-untyped-def]
    def show(services, actor) -> None:  # type: ignore[no-untyped-def]
        accounts = services.staff.accounts(actor)
        say(
            f"{word('Nr.'):>4}  {word('Rolle'):<12} {word('Sted'):<24} {word('Kode'):<4} "
            f"{word('Status'):<11} {word('Navn')}"
        )
        for a in accounts:
            status = word("aktiv") if a.active else word("deaktiveret")
            code = word("ja") if a.has_password else word("nej")
            role = word(ROLE_WORDS.get(a.role, a.role))
            say(f"{a.id:>4}  {role:<12} {a.site_name[:24]:<24} {code:<4} {status:<11} {a.name}")

    return run_signed_in(args, show)


def _add(args) -> int:  # type: ignore[no-untyped-def]
    def add(services, actor) -> None:  # type: ignore[no-untyped-def]
        password = _new_password(actor, args.name) if args.role == Role.LEAD.value else None
        account = services.staff.create(
            actor, args.name, args.site, Role(args.role), args.os_user, password
        )
        say(f"Profil nr. {account.id} '{account.name}' ({account.role}) er oprettet.")

    return run_signed_in(args, add)


def _deactivate(args) -> int:  # type: ignore[no-untyped-def]
    def deactivate(services, actor) -> None:  # type: ignore[no-untyped-def]
        account = services.staff.set_active(actor, args.profile, False)
        say(f"Profil nr. {account.id} '{account.name}' er deaktiveret.")

    return run_signed_in(args, deactivate)


def _set_password(args) -> int:  # type: ignore[no-untyped-def]
    def set_password(services, actor) -> None:  # type: ignore[no-untyped-def]
        services.staff.reset_password(
            actor, args.profile, _new_password(actor, f"profil {args.profile}")
        )
        say(f"Profil nr. {args.profile} har fået en ny adgangskode.")

    return run_signed_in(args, set_password)

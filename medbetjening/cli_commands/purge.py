"""``medbetjening purge [--dry-run]``: delete what passed its deletion deadline."""

from __future__ import annotations

from medbetjening.cli_commands._actor import add_staff_argument, sign_in
from medbetjening.cli_commands._common import open_db
from medbetjening.cli_language import say
from medbetjening.services.container import Services


def register(subparsers) -> None:  # type: ignore[no-untyped-def]
    parser = subparsers.add_parser(
        "purge",
        help="slet besøg, noter og loghændelser, hvis slettefrist er udløbet",
        description=(
            "Sletter besøg knyttet til en borger og noter efter kommunens slettefrister, "
            "som en teamleder sætter for hele kommunen (Administration → Regler for kommunen eller "
            "'medbetjening policy'). Kræver, at en teamleder logger ind. "
            "Anonyme optællinger bevares, så statistikken for tidligere perioder passer."
        ),
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="vis kun, hvad der ville blive slettet"
    )
    add_staff_argument(parser)
    parser.set_defaults(handler=_purge)


def _purge(args) -> int:  # type: ignore[no-untyped-def]
    db = open_db(args)
    try:
        services = Services(db, args.config)
        actor = sign_in(services, args.staff)  # a lead, with the lead's password
        report = services.retention.purge(actor, dry_run=args.dry_run)
    finally:
        db.dispose()
    say(("Prøvekørsel: " if args.dry_run else "") + report.summary())
    return 0

"""``medbetjening purge [--dry-run]``: delete what passed its deletion deadline."""

from __future__ import annotations

from medbetjening.cli_commands._common import open_db
from medbetjening.services.container import Services
from medbetjening.services.retention import RetentionPolicy
from medbetjening.settings import Settings


def register(subparsers) -> None:  # type: ignore[no-untyped-def]
    parser = subparsers.add_parser(
        "purge",
        help="slet besøg, noter og loghændelser, hvis slettefrist er udløbet",
        description=(
            "Sletter besøg knyttet til en borger og noter efter slettefristerne i "
            "indstillingerne (retention/visit_months, note_months, audit_months). "
            "Anonyme optællinger bevares, så statistikken for tidligere perioder passer."
        ),
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="vis kun, hvad der ville blive slettet"
    )
    parser.set_defaults(handler=_purge)


def _purge(args) -> int:  # type: ignore[no-untyped-def]
    db = open_db(args)
    try:
        services = Services(db)
        policy = RetentionPolicy.from_settings(Settings())
        report = services.retention.purge(None, policy, dry_run=args.dry_run)
    finally:
        db.dispose()
    print(("Prøvekørsel: " if args.dry_run else "") + report.summary())
    return 0

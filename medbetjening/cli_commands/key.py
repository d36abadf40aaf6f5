"""``medbetjening key status|export FIL|import FIL [--yes]`` — the pseudonymisation key."""

from __future__ import annotations

from pathlib import Path

from medbetjening.cli_commands._actor import add_staff_argument, sign_in
from medbetjening.cli_commands._common import open_db
from medbetjening.cli_language import say
from medbetjening.services.container import Services
from medbetjening.services.pseudonym_key import EXPORT_WARNING


def register(subparsers) -> None:  # type: ignore[no-untyped-def]
    parser = subparsers.add_parser(
        "key", help="pseudonymiseringsnøglen til CPR-opslag: status, eksport, import"
    )
    commands = parser.add_subparsers(dest="key_command", metavar="HANDLING", required=True)
    status = commands.add_parser("status", help="hvor nøglen ligger og dens fingeraftryk")
    status.set_defaults(handler=_status)
    export = commands.add_parser("export", help="gem nøglen i en fil (teamleder; hemmelig!)")
    export.add_argument("file", type=Path, metavar="FIL")
    add_staff_argument(export)
    export.set_defaults(handler=_export)
    importer = commands.add_parser("import", help="brug kommunens nøgle fra en fil (teamleder)")
    importer.add_argument("file", type=Path, metavar="FIL")
    add_staff_argument(importer)
    importer.add_argument(
        "--yes",
        action="store_true",
        help="importér selv om eksisterende CPR-koblinger holder op med at virke",
    )
    importer.set_defaults(handler=_import)


def _status(args) -> int:  # type: ignore[no-untyped-def]
    db = open_db(args)
    try:
        status = Services(db, args.config).pseudonym_keys.status()
        say(status.message)
        if status.fingerprint:
            say(f"Fingeraftryk: {status.fingerprint} (skal være ens på alle kommunens pc'er)")
        return 0 if status.available else 1
    finally:
        db.dispose()


def _export(args) -> int:  # type: ignore[no-untyped-def]
    db = open_db(args)
    try:
        services = Services(db, args.config)
        actor = sign_in(services, args.staff)
        services.pseudonym_keys.export_key(actor, args.file)
        say(f"Nøglen er gemt i {args.file}.")
        say(f"ADVARSEL: {EXPORT_WARNING}")
        return 0
    finally:
        db.dispose()


def _import(args) -> int:  # type: ignore[no-untyped-def]
    db = open_db(args)
    try:
        services = Services(db, args.config)
        actor = sign_in(services, args.staff)
        check = services.pseudonym_keys.check_import(actor, args.file)
        if check.warning:
            say(f"ADVARSEL: {check.warning}")
            if not args.yes:
                say("Intet er ændret. Kør igen med --yes for at importere alligevel.")
                return 1
        say(services.pseudonym_keys.import_key(actor, args.file, accept_mismatch=args.yes))
        return 0
    finally:
        db.dispose()

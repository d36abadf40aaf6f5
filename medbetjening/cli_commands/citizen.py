"""``medbetjening citizen export|erase``: a citizen's access request and erasure."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from medbetjening.cli_commands._actor import add_staff_argument, sign_in
from medbetjening.cli_commands._common import open_db
from medbetjening.cli_language import say
from medbetjening.services.container import Services
from medbetjening.services.errors import InvalidInput


def register(subparsers) -> None:  # type: ignore[no-untyped-def]
    parser = subparsers.add_parser(
        "citizen", help="borgerens rettigheder: indsigt (eksport) og sletning"
    )
    commands = parser.add_subparsers(dest="citizen_command", metavar="HANDLING", required=True)

    export = commands.add_parser("export", help="alle data om borgeren som .json eller .pdf")
    _who(export)
    export.add_argument("--out", type=Path, required=True, metavar="FIL.json|FIL.pdf")
    add_staff_argument(export)
    export.set_defaults(handler=_export)

    erase = commands.add_parser("erase", help="slet alle data om borgeren")
    _who(erase)
    erase.add_argument("--yes", action="store_true", help="spørg ikke om bekræftelse")
    add_staff_argument(erase)
    erase.set_defaults(handler=_erase)


def _who(parser) -> None:  # type: ignore[no-untyped-def]
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--code", metavar="KODE", help="borgerkoden fra udskriften")
    group.add_argument("--citizen-id", type=int, metavar="NR", help="borgerens nummer")
    group.add_argument(
        "--cpr",
        action="store_true",
        help="spørg efter CPR-nummeret (skrives ikke på skærmen og gemmes aldrig)",
    )


def _citizen_id(services: Services, actor, args) -> int:  # type: ignore[no-untyped-def]
    requests = services.citizen_requests
    if args.cpr:
        entry = getpass.getpass("CPR-nummer: ", stream=sys.stderr)
        return requests.find_by_entry(actor, entry)
    return requests.find(actor, citizen_id=args.citizen_id, code=args.code)


def _export(args) -> int:  # type: ignore[no-untyped-def]
    db = open_db(args)
    try:
        services = Services(db, args.config)
        actor = sign_in(services, args.staff)
        citizen_id = _citizen_id(services, actor, args)
        from medbetjening.reports.export_jobs import export_access_answer

        written = export_access_answer(services.citizen_requests, actor, citizen_id, args.out)
    finally:
        db.dispose()
    say(f"Borgerens data ({written.count} besøg) er gemt i {args.out}.")
    return 0


def _erase(args) -> int:  # type: ignore[no-untyped-def]
    db = open_db(args)
    try:
        services = Services(db, args.config)
        actor = sign_in(services, args.staff)
        citizen_id = _citizen_id(services, actor, args)
        if not args.yes:
            if not sys.stdin.isatty():
                raise InvalidInput("Bekræft sletningen med --yes.")
            answer = input("Alle data om borgeren slettes og kan ikke genskabes. Skriv JA: ")
            if answer.strip().upper() != "JA":
                say("Intet er slettet.")
                return 1
        report = services.citizen_requests.erase(actor, citizen_id)
    finally:
        db.dispose()
    say(f"Borgeren er slettet: {report.visits} besøg, {report.rows} rækker i alt.")
    return 0

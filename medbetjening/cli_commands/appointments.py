"""``medbetjening appointments import FILE [--site ID]`` and ``appointments today``."""

from __future__ import annotations

from pathlib import Path

from medbetjening.cli_commands._actor import add_staff_argument, sign_in
from medbetjening.cli_commands._common import open_db
from medbetjening.cli_language import say
from medbetjening.services.container import Services


def register(subparsers) -> None:  # type: ignore[no-untyped-def]
    parser = subparsers.add_parser(
        "appointments", help="tidsbestillinger: importér fra .ics/.csv, vis dagens"
    )
    commands = parser.add_subparsers(dest="appointments_command", metavar="HANDLING", required=True)
    importer = commands.add_parser(
        "import", help="importér aftaler fra booking-systemet (.ics eller .csv); alt eller intet"
    )
    importer.add_argument("file", type=Path, metavar="FIL")
    importer.add_argument("--site", type=int, metavar="NR", help="stedets nr. (standard: dit sted)")
    add_staff_argument(importer)
    importer.set_defaults(handler=_import)
    today = commands.add_parser("today", help="vis dagens aftaler for et sted")
    today.add_argument(
        "--site", type=int, metavar="NR", help="stedets nr. (standard: dit sted; andre: teamleder)"
    )
    add_staff_argument(today)
    today.set_defaults(handler=_today)


def _import(args) -> int:  # type: ignore[no-untyped-def]
    db = open_db(args)
    try:
        services = Services(db, args.config)
        actor = sign_in(services, args.staff)
        report = services.appointments.import_file(actor, args.file, site_id=args.site)
        say(f"{args.file.name}: {report.summary()}")
        return 0
    finally:
        db.dispose()


def _today(args) -> int:  # type: ignore[no-untyped-def]
    db = open_db(args)
    try:
        services = Services(db, args.config)
        actor = sign_in(services, args.staff)
        rows = services.appointments.todays_appointments(actor, site_id=args.site)
        if not rows:
            say("Ingen aftaler i dag.")
        for row in rows:
            status = f"besøg {row.visit_id}" if row.visit_id else "booket"
            end = f"–{row.ends_at:%H:%M}" if row.ends_at else ""
            say(f"{row.starts_at:%H:%M}{end}  {status:<10} {row.label}")
        return 0
    finally:
        db.dispose()

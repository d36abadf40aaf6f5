"""``medbetjening appointments import FILE [--site ID]`` and ``appointments today``."""

from __future__ import annotations

import getpass
from pathlib import Path

from medbetjening.cli_commands._common import open_db
from medbetjening.domain.vocabulary import Role
from medbetjening.services.container import Services
from medbetjening.services.context import ActorContext
from medbetjening.services.errors import InvalidInput


def register(subparsers) -> None:  # type: ignore[no-untyped-def]
    parser = subparsers.add_parser(
        "appointments", help="tidsbestillinger: importér fra .ics/.csv, vis dagens"
    )
    commands = parser.add_subparsers(dest="appointments_command", metavar="HANDLING", required=True)
    importer = commands.add_parser(
        "import", help="importér aftaler fra booking-systemet (.ics eller .csv); alt eller intet"
    )
    importer.add_argument("file", type=Path, metavar="FIL")
    importer.add_argument("--site", type=int, metavar="ID", help="stedets nr. (standard: dit sted)")
    importer.add_argument("--staff", type=int, metavar="ID", help="din medarbejderprofil (nr.)")
    importer.set_defaults(handler=_import)
    today = commands.add_parser("today", help="vis dagens aftaler for et sted")
    today.add_argument("--site", type=int, metavar="ID")
    today.add_argument("--staff", type=int, metavar="ID")
    today.set_defaults(handler=_today)


def sign_in(services: Services, staff_id: int | None, site_id: int | None) -> ActorContext:
    """Who runs the command: --staff, else the profile with this OS user name, else the lead."""
    profiles = services.setup.staff()
    if not profiles:
        raise InvalidInput("Der er ingen medarbejderprofiler endnu; start programmet først.")
    chosen = None
    if staff_id is not None:
        chosen = next((p for p in profiles if p.id == staff_id), None)
        if chosen is None:
            raise InvalidInput(f"Medarbejder nr. {staff_id} findes ikke (eller er ikke aktiv).")
    else:
        user = getpass.getuser()
        matches = [p for p in profiles if p.os_user and p.os_user == user]
        leads = [p for p in profiles if p.role == Role.LEAD.value]
        at_site = [p for p in profiles if site_id is None or p.site_id == site_id]
        if len(matches) == 1:
            chosen = matches[0]
        elif len(leads) == 1:
            chosen = leads[0]
        elif len(at_site) == 1:
            chosen = at_site[0]
        else:
            raise InvalidInput(
                "Angiv din medarbejderprofil med --staff NR. Profiler: "
                + ", ".join(f"{p.id} {p.name}" for p in profiles)
            )
    return ActorContext(chosen.id, chosen.site_id, Role(chosen.role), chosen.name)


def _import(args) -> int:  # type: ignore[no-untyped-def]
    db = open_db(args)
    try:
        services = Services(db)
        actor = sign_in(services, args.staff, args.site)
        report = services.appointments.import_file(actor, args.file, site_id=args.site)
        print(f"{args.file.name}: {report.summary()}")
        return 0
    finally:
        db.dispose()


def _today(args) -> int:  # type: ignore[no-untyped-def]
    db = open_db(args)
    try:
        services = Services(db)
        actor = sign_in(services, args.staff, args.site)
        if args.site and args.site != actor.site_id:
            actor = ActorContext(actor.staff_id, args.site, actor.role, actor.name)
        rows = services.appointments.todays_appointments(actor)
        if not rows:
            print("Ingen aftaler i dag.")
        for row in rows:
            status = f"besøg {row.visit_id}" if row.visit_id else "booket"
            end = f"–{row.ends_at:%H:%M}" if row.ends_at else ""
            print(f"{row.starts_at:%H:%M}{end}  {status:<10} {row.label}")
        return 0
    finally:
        db.dispose()

"""``medbetjening report komhen``."""

from __future__ import annotations

from pathlib import Path

from medbetjening.cli_commands._actor import add_staff_argument, sign_in
from medbetjening.cli_commands._common import open_db
from medbetjening.cli_commands.export import _date


def register(subparsers) -> None:  # type: ignore[no-untyped-def]
    parser = subparsers.add_parser("report", help="rapporter til ledelse og KL")
    commands = parser.add_subparsers(dest="report_command", metavar="RAPPORT", required=True)
    komhen = commands.add_parser("komhen", help="KOMHEN-optælling: kanal × opgave × type")
    komhen.add_argument("--from", dest="date_from", type=_date, required=True, metavar="DATO")
    komhen.add_argument("--to", dest="date_to", type=_date, required=True, metavar="DATO")
    komhen.add_argument("--out", type=Path, required=True, metavar="FIL.csv")
    komhen.add_argument("--site", type=int, action="append", default=[], metavar="ID")
    komhen.add_argument("--separator", choices=[",", ";"], default=";")
    add_staff_argument(komhen)
    komhen.set_defaults(handler=_komhen)


def _komhen(args) -> int:  # type: ignore[no-untyped-def]
    from medbetjening.reports.komhen import write_komhen_csv
    from medbetjening.services.container import Services
    from medbetjening.services.output_files import cannot_write, check_output_path

    check_output_path(args.out)  # before the counting and its audit entry
    db = open_db(args)
    try:
        services = Services(db)
        actor = sign_in(services, args.staff)
        counts = services.statistics.komhen(actor, args.date_from, args.date_to, tuple(args.site))
    finally:
        db.dispose()
    try:
        write_komhen_csv(args.out, counts, args.date_from, args.date_to, args.separator)
    except OSError as error:
        raise cannot_write(args.out, error) from error
    print(f"KOMHEN-optælling gemt: {args.out} ({sum(c.contacts for c in counts)} henvendelser)")
    return 0

"""``medbetjening report komhen``: a counting week (``--week 2026-W48``) or a date range;
``medbetjening report friction``: the step-friction report for the services' owners."""

from __future__ import annotations

import sys
from pathlib import Path

from medbetjening.cli_commands._actor import add_staff_argument, sign_in
from medbetjening.cli_commands._common import open_db
from medbetjening.cli_commands.export import _date
from medbetjening.cli_language import say


def register(subparsers) -> None:  # type: ignore[no-untyped-def]
    parser = subparsers.add_parser("report", help="rapporter til ledelse og KL")
    commands = parser.add_subparsers(dest="report_command", metavar="RAPPORT", required=True)
    komhen = commands.add_parser(
        "komhen", help="KOMHEN-optælling: sted × kanal × opgave × type (CSV eller XLSX)"
    )
    komhen.add_argument("--week", metavar="ÅÅÅÅ-Wuu", help="tælleugen, fx 2026-W48")
    komhen.add_argument("--from", dest="date_from", type=_date, metavar="DATO")
    komhen.add_argument("--to", dest="date_to", type=_date, metavar="DATO")
    komhen.add_argument("--out", type=Path, required=True, metavar="FIL.csv|FIL.xlsx")
    komhen.add_argument("--site", type=int, action="append", default=[], metavar="ID")
    komhen.add_argument("--separator", choices=[",", ";"], default=";")
    add_staff_argument(komhen)
    komhen.set_defaults(handler=_komhen)
    from medbetjening.cli_commands._report_friction import register_friction

    register_friction(commands)


def _komhen(args) -> int:  # type: ignore[no-untyped-def]
    from medbetjening.reports.export_jobs import export_komhen
    from medbetjening.reports.output_files import check_output_path
    from medbetjening.services.container import Services

    by_range = args.date_from is not None or args.date_to is not None
    if (args.week is None) == (not by_range) or (
        by_range and None in (args.date_from, args.date_to)
    ):
        say("Fejl: angiv enten --week (fx 2026-W48) eller både --from og --to.", file=sys.stderr)
        return 2
    check_output_path(args.out)  # before the counting and its audit entry
    db = open_db(args)
    try:
        services = Services(db, args.config)
        actor = sign_in(services, args.staff)
        sites = tuple(args.site)
        if args.week is not None:
            report = services.komhen.week(actor, args.week, sites)
        else:
            report = services.komhen.period(actor, args.date_from, args.date_to, sites)
    finally:
        db.dispose()
    export_komhen(report, args.out, args.separator)
    for warning in report.warnings:
        say(f"Advarsel: {warning}", file=sys.stderr)
    say(f"KOMHEN-optælling gemt: {args.out} ({report.total} henvendelser)")
    return 0

"""``medbetjening report friction --from --to [--site ID] --out FIL.csv|.xlsx|.pdf``."""

from __future__ import annotations

from pathlib import Path

from medbetjening.cli_commands._actor import add_staff_argument, sign_in
from medbetjening.cli_commands._common import open_db
from medbetjening.cli_commands.export import _date
from medbetjening.cli_language import say, warn

SUFFIXES = (".csv", ".xlsx", ".pdf")


def register_friction(commands) -> None:  # type: ignore[no-untyped-def]
    friction = commands.add_parser(
        "friction",
        help="friktion pr. forløb og trin til selvbetjeningens ejer (anonym; tal under 5 skjult)",
    )
    friction.add_argument("--from", dest="date_from", type=_date, required=True, metavar="DATO")
    friction.add_argument("--to", dest="date_to", type=_date, required=True, metavar="DATO")
    friction.add_argument("--site", type=int, metavar="ID", help="kun ét sted (standard: alle)")
    friction.add_argument("--out", type=Path, required=True, metavar="FIL.csv|FIL.xlsx|FIL.pdf")
    friction.add_argument(
        "--lang",
        dest="report_lang",
        choices=["da", "en"],
        default="da",
        help="sprog for overskrifter og værdier",
    )
    add_staff_argument(friction)
    friction.set_defaults(handler=_friction)


def _friction(args) -> int:  # type: ignore[no-untyped-def]
    from medbetjening.reports.export_jobs import export_friction
    from medbetjening.reports.output_files import check_output_path
    from medbetjening.services.container import Services
    from medbetjening.services.statistics import StatisticsFilter

    if args.out.suffix.lower() not in SUFFIXES:
        warn(f"Fejl: --out {args.out} skal ende på .csv, .xlsx eller .pdf.")
        return 2
    check_output_path(args.out)  # before the counting and its audit entry
    sites = () if args.site is None else (args.site,)
    flt = StatisticsFilter(args.date_from, args.date_to, sites)
    db = open_db(args)
    try:
        services = Services(db, args.config)
        actor = sign_in(services, args.staff)
        report = services.friction.report(actor, flt, args.report_lang)
    finally:
        db.dispose()
    written = export_friction(report, args.out)
    say(f"Friktionsrapport gemt: {written.path} ({len(report.flows)} forløb)")
    return 0

"""``medbetjening export handout|case-note|visits``."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from medbetjening.cli_commands._actor import add_staff_argument, sign_in
from medbetjening.cli_commands._common import TerminalProgress, open_db
from medbetjening.cli_language import say, warn


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        import argparse

        raise argparse.ArgumentTypeError(f"'{text}' er ikke en dato (ÅÅÅÅ-MM-DD)") from error


def register(subparsers) -> None:  # type: ignore[no-untyped-def]
    parser = subparsers.add_parser("export", help="udlevering, journalnotat og besøg som CSV/XLSX")
    commands = parser.add_subparsers(dest="export_command", metavar="HVAD", required=True)

    handout = commands.add_parser("handout", help="papiret til borgeren (PDF)")
    handout.add_argument("--visit", type=int, required=True, metavar="ID")
    handout.add_argument("--out", type=Path, required=True, metavar="FIL.pdf")
    handout.add_argument("--lang", dest="handout_lang", choices=["da", "en"], default="da")
    handout.add_argument("--large", action="store_true", help="stor skrift")
    add_staff_argument(handout)
    handout.set_defaults(handler=_handout)

    note = commands.add_parser("case-note", help="journalnotat som tekst eller PDF")
    note.add_argument("--visit", type=int, required=True, metavar="ID")
    note.add_argument("--out", type=Path, required=True, metavar="FIL.txt|FIL.pdf")
    add_staff_argument(note)
    note.set_defaults(handler=_case_note)

    visits = commands.add_parser("visits", help="besøg som CSV eller XLSX")
    visits.add_argument("--format", choices=["csv", "xlsx"], default="csv")
    visits.add_argument("--out", type=Path, required=True, metavar="FIL")
    visits.add_argument("--from", dest="date_from", type=_date, metavar="DATO")
    visits.add_argument("--to", dest="date_to", type=_date, metavar="DATO")
    visits.add_argument("--site", metavar="STED", help="stedets nummer eller navn")
    visits.add_argument("--anonymised", action="store_true", help="uden borgere og noter")
    visits.add_argument(
        "--separator",
        choices=[",", ";"],
        default=",",
        help="skilletegn i CSV (';' til dansk Excel: også decimalkomma)",
    )
    visits.add_argument(
        "--lang",
        dest="export_lang",
        choices=["da", "en"],
        default="da",
        help="sprog for overskrifter og værdier",
    )
    visits.add_argument(
        "--codes",
        action="store_true",
        help="maskinkoder (library, completed, forløbs-id) i stedet for ord, til scripts",
    )
    add_staff_argument(visits)
    visits.set_defaults(handler=_visits)


def _handout(args) -> int:  # type: ignore[no-untyped-def]
    from medbetjening.reports.export_jobs import export_handout
    from medbetjening.reports.output_files import check_output_path
    from medbetjening.services.container import Services

    check_output_path(args.out)  # before the sign-in and the audit entry
    db = open_db(args)
    try:
        services = Services(db, args.config)
        actor = sign_in(services, args.staff)
        pages = export_handout(
            services.exports,
            actor,
            args.visit,
            args.out,
            language=args.handout_lang,
            retention_months=services.policies.current().visit_months,
            large_print=args.large,
        ).count
    finally:
        db.dispose()
    say(f"Udlevering gemt: {args.out} (sider: {pages})")
    return 0


def _case_note(args) -> int:  # type: ignore[no-untyped-def]
    from medbetjening.reports.export_jobs import case_note_text, save_case_note
    from medbetjening.reports.output_files import check_output_path
    from medbetjening.services.container import Services

    check_output_path(args.out)  # before the sign-in and the audit entry
    db = open_db(args)
    try:
        services = Services(db, args.config)
        text = case_note_text(services.exports, sign_in(services, args.staff), args.visit)
    finally:
        db.dispose()
    save_case_note(text, args.out)
    say(f"Journalnotat gemt: {args.out}")
    return 0


def _visits(args) -> int:  # type: ignore[no-untyped-def]
    from medbetjening.reports.export_jobs import export_visits
    from medbetjening.reports.exporting import Feedback
    from medbetjening.services.container import Services
    from medbetjening.services.visit_export import VisitExportOptions

    options = VisitExportOptions(
        format=args.format,
        date_from=args.date_from,
        date_to=args.date_to,
        site=args.site,
        anonymised=args.anonymised,
        delimiter=args.separator,
        language=args.export_lang,
    )
    db = open_db(args)
    try:
        services = Services(db, args.config)
        actor = sign_in(services, args.staff)
        bar: TerminalProgress | None = None

        def progress(done: int, total: int) -> None:
            nonlocal bar
            if bar is None:
                bar = TerminalProgress(total, "Eksporterer besøg")
            bar.update(done)

        def tell(text: str) -> None:
            sys.stderr.write("\n")  # below the progress bar
            warn(text)

        result = export_visits(
            services.visit_export,
            actor,
            args.out,
            options,
            Feedback(progress, tell),
            codes=args.codes,
        )
        if bar is not None:
            bar.finish()
    finally:
        db.dispose()
    say(f"{result.count} besøg gemt i {result.path}")
    return 0

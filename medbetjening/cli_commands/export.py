"""``medbetjening export handout|case-note|visits``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from medbetjening.cli_commands._actor import add_staff_argument, sign_in
from medbetjening.cli_commands._common import TerminalProgress, open_db


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
        help="skilletegn i CSV (';' til dansk Excel)",
    )
    add_staff_argument(visits)
    visits.set_defaults(handler=_visits)


def _handout(args) -> int:  # type: ignore[no-untyped-def]
    from medbetjening.reports.handout import render_handout
    from medbetjening.services.container import Services
    from medbetjening.services.output_files import cannot_write, check_output_path

    check_output_path(args.out)  # before the sign-in and the audit entry
    db = open_db(args)
    try:
        services = Services(db)
        actor = sign_in(services, args.staff)
        data = services.exports.handout(
            actor, args.visit, args.handout_lang, services.policies.current().visit_months
        )
        try:
            pages = render_handout(data, args.out, large_print=args.large)
        except OSError as error:
            raise cannot_write(args.out, error) from error
    finally:
        db.dispose()
    print(f"Udlevering gemt: {args.out} ({pages} side{'r' if pages != 1 else ''})")
    return 0


def _case_note(args) -> int:  # type: ignore[no-untyped-def]
    from medbetjening.reports.files import write_text_file
    from medbetjening.services.container import Services
    from medbetjening.services.output_files import cannot_write, check_output_path

    check_output_path(args.out)  # before the sign-in and the audit entry
    db = open_db(args)
    try:
        services = Services(db)
        text = services.exports.case_note(sign_in(services, args.staff), args.visit)
    finally:
        db.dispose()
    try:
        if args.out.suffix.lower() == ".pdf":
            from medbetjening.reports.case_note_pdf import write_case_note_pdf

            write_case_note_pdf(text, args.out)
        else:
            write_text_file(args.out, text)
    except OSError as error:
        raise cannot_write(args.out, error) from error
    print(f"Journalnotat gemt: {args.out}")
    return 0


def _visits(args) -> int:  # type: ignore[no-untyped-def]
    from medbetjening.services.container import Services
    from medbetjening.services.exports import VisitExportOptions

    options = VisitExportOptions(
        out=args.out,
        format=args.format,
        date_from=args.date_from,
        date_to=args.date_to,
        site=args.site,
        anonymised=args.anonymised,
        delimiter=args.separator,
    )
    db = open_db(args)
    try:
        services = Services(db)
        actor = sign_in(services, args.staff)
        bar: TerminalProgress | None = None

        def progress(done: int, total: int) -> None:
            nonlocal bar
            if bar is None:
                bar = TerminalProgress(total, "Eksporterer besøg")
            bar.update(done)

        result = services.exports.export_visits(actor, options, progress)
        if bar is not None:
            bar.finish()
    finally:
        db.dispose()
    print(f"{result.rows} besøg gemt i {result.path}")
    return 0

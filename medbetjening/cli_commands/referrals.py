"""``medbetjening help-points list|add|change|retire`` (team lead; audited) and
``medbetjening referrals overdue|result|report`` (issue 21).

The time before an open referral shows as overdue is the policy
``medbetjening policy set --referral-days N``.
"""

from __future__ import annotations

from pathlib import Path

from medbetjening.cli_commands._actor import add_staff_argument, run_signed_in
from medbetjening.cli_commands.export import _date
from medbetjening.cli_language import say, word


def register(subparsers) -> None:  # type: ignore[no-untyped-def]
    points = subparsers.add_parser("help-points", help="hjælpesteder, borgere kan henvises til")
    commands = points.add_subparsers(dest="help_points_command", metavar="HANDLING", required=True)
    listing = commands.add_parser("list", help="vis hjælpestederne med deres numre")
    listing.add_argument("--all", action="store_true", help="også dem, der ikke bruges mere")
    add_staff_argument(listing)
    listing.set_defaults(handler=_list)
    for name, text in (("add", "tilføj et hjælpested"), ("change", "ret et hjælpested")):
        command = commands.add_parser(name, help=f"{text} (teamleder)")
        if name == "change":
            command.add_argument("help_point", type=int, metavar="NR")
        command.add_argument("name", metavar="NAVN")
        command.add_argument(
            "--helps-with", required=True, metavar="TEKST", help="hvad de hjælper med"
        )
        command.add_argument("--address", metavar="ADRESSE")
        command.add_argument("--hours", metavar="ÅBNINGSTIDER")
        command.add_argument("--phone", metavar="TELEFON")
        command.add_argument(
            "--checked-on", type=_date, metavar="DATO", help="hvornår oplysningerne blev tjekket"
        )
        command.add_argument(
            "--source", metavar="KILDE", help="hvor de blev tjekket, fx en webadresse"
        )
        add_staff_argument(command)
        command.set_defaults(handler=_save)
    retire = commands.add_parser("retire", help="brug ikke hjælpestedet mere (teamleder)")
    retire.add_argument("help_point", type=int, metavar="NR")
    add_staff_argument(retire)
    retire.set_defaults(handler=_retire)

    referrals = subparsers.add_parser(
        "referrals", help="henvisninger: overskredne, udfald, statistik"
    )
    commands = referrals.add_subparsers(dest="referrals_command", metavar="HANDLING", required=True)
    overdue = commands.add_parser("overdue", help="dit steds henvisninger, der ikke er taget op")
    add_staff_argument(overdue)
    overdue.set_defaults(handler=_overdue)
    result = commands.add_parser("result", help="registrér, om borgeren kom hen til stedet")
    result.add_argument("referral", type=int, metavar="NR")
    result.add_argument("--went", choices=["ja", "nej"], required=True, help="kom borgeren derhen?")
    add_staff_argument(result)
    result.set_defaults(handler=_result)
    report = commands.add_parser("report", help="henvist, taget op og andel pr. rute (CSV)")
    report.add_argument("--from", dest="date_from", type=_date, required=True, metavar="DATO")
    report.add_argument("--to", dest="date_to", type=_date, required=True, metavar="DATO")
    report.add_argument("--site", type=int, action="append", default=[], metavar="ID")
    report.add_argument("--out", type=Path, required=True, metavar="FIL.csv")
    add_staff_argument(report)
    report.set_defaults(handler=_report)


def _list(args) -> int:  # type: ignore[no-untyped-def]
    def show(services, actor) -> None:  # type: ignore[no-untyped-def]
        for point in services.help_points.help_points(actor, include_retired=args.all):
            retired = "" if point.active else "  (" + word("bruges ikke mere") + ")"
            say(f"{point.id:>4}  {point.name}{retired}")
            checked = point.checked_on and f"{point.checked_on:%d.%m.%Y} {point.source or ''}"
            unknown = word("ikke afklaret")
            say(f"      {word('Hjælper med')}: {point.helps_with or unknown}")
            say(f"      {word('Adresse')}: {point.address or unknown}")
            say(f"      {word('Åbent')}: {point.opening_hours or unknown}")
            say(f"      {word('Telefon')}: {point.phone or unknown}")
            say(f"      {word('Tjekket')}: {checked or unknown}")

    return run_signed_in(args, show)


def _save(args) -> int:  # type: ignore[no-untyped-def]
    from medbetjening.services.help_points import HelpPointDraft

    draft = HelpPointDraft(
        name=args.name,
        helps_with=args.helps_with,
        address=args.address,
        opening_hours=args.hours,
        phone=args.phone,
        checked_on=args.checked_on,
        source=args.source,
    )

    def save(services, actor) -> None:  # type: ignore[no-untyped-def]
        point = services.help_points.save_help_point(
            actor, draft, getattr(args, "help_point", None)
        )
        say(f"Hjælpested nr. {point.id} '{point.name}' er gemt.")

    return run_signed_in(args, save)


def _retire(args) -> int:  # type: ignore[no-untyped-def]
    def retire(services, actor) -> None:  # type: ignore[no-untyped-def]
        point = services.help_points.retire_help_point(actor, args.help_point)
        say(f"Hjælpested nr. {point.id} '{point.name}' tilbydes ikke mere.")

    return run_signed_in(args, retire)


def _overdue(args) -> int:  # type: ignore[no-untyped-def]
    def show(services, actor) -> None:  # type: ignore[no-untyped-def]
        rows = services.referrals.overdue_referrals(actor)
        if not rows:
            say("Ingen henvisninger venter ud over fristen.")
        for row in rows:
            who = (
                f"{word('kode')} {row.citizen_code}"
                if row.citizen_code
                else f"{word('borger nr.')} {row.citizen_id}"
            )
            due = f"{word('frist')} {row.due_date:%d.%m.%Y}"
            say(f"{row.id:>4}  {who}  → {row.destination}  ({row.task})  {due}  {row.staff_name}")

    return run_signed_in(args, show)


def _result(args) -> int:  # type: ignore[no-untyped-def]
    def record(services, actor) -> None:  # type: ignore[no-untyped-def]
        services.referrals.record_result(actor, args.referral, args.went == "ja")
        say(f"Henvisning nr. {args.referral}: registreret.")

    return run_signed_in(args, record)


def _report(args) -> int:  # type: ignore[no-untyped-def]
    from medbetjening.reports.export_jobs import export_table
    from medbetjening.reports.output_files import check_output_path
    from medbetjening.services.statistics import StatisticsFilter

    check_output_path(args.out)
    flt = StatisticsFilter(args.date_from, args.date_to, site_ids=tuple(args.site))

    def report(services, actor) -> None:  # type: ignore[no-untyped-def]
        routes = services.referrals.route_statistics(actor, flt)
        columns = (
            "Fra",
            "Til",
            "Henvist",
            "Taget op",
            "Kom ikke",
            "Venter",
            "Kan ikke følges",
            "Andel taget op",
        )
        rows = [
            (
                r.from_site,
                r.destination,
                r.made,
                r.taken_up,
                r.not_taken_up,
                r.waiting,
                r.untraceable,
                "" if r.share is None else round(r.share * 100),
            )
            for r in routes
        ]
        export_table(args.out, columns, rows)
        say(f"Henvisninger gemt: {args.out} ({sum(r.made for r in routes)} henvisninger)")

    return run_signed_in(args, report)

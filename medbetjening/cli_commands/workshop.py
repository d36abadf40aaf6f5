"""``medbetjening workshop add|list``: courses, IT-cafés and group lessons a site held.

Topics are flow ids or the short list (email, online_safety, mitid, digital_post,
phone). Anonymous participants are counted per age band (``--count 67-79=3``; ``unknown``
when nobody asked); participants with a citizen code are named by the code
(``--citizen K7M-4PX``, or ``--citizen K7M-4PX=mitid`` for what they alone practised).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from medbetjening.cli_commands._actor import add_staff_argument, sign_in
from medbetjening.cli_commands._common import open_db
from medbetjening.cli_commands.export import _date
from medbetjening.cli_language import say, warn
from medbetjening.domain.workshops import KIND_NAMES, TOPICS, Participant, WorkshopKind

_SHORT = {code.removeprefix("topic:"): code for code in TOPICS}


def topic(text: str) -> str:
    """``mitid`` -> ``topic:mitid``; anything else is a flow id (checked by the service)."""
    text = text.strip()
    return _SHORT.get(text, text)


def count(text: str) -> tuple[str, int]:
    band, _, number = text.partition("=")
    try:
        return band.strip(), int(number)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' er ikke aldersgruppe=antal, fx 67-79=3 eller unknown=2"
        ) from None


def citizen(text: str) -> Participant:
    code, _, topics = text.partition("=")
    return Participant(code.strip(), tuple(topic(t) for t in topics.split(",") if t.strip()))


def register(subparsers) -> None:  # type: ignore[no-untyped-def]
    parser = subparsers.add_parser(
        "workshop", help="workshops: kurser, it-caféer og holdundervisning (tæller ikke i KOMHEN)"
    )
    commands = parser.add_subparsers(dest="workshop_command", metavar="HVAD", required=True)

    add = commands.add_parser("add", help="registrér en afholdt workshop")
    add.add_argument(
        "--date",
        type=_date,
        default=dt.date.today(),
        metavar="DATO",
        help="dagen, workshoppen blev holdt (standard: i dag)",
    )
    add.add_argument(
        "--minutes", type=int, required=True, metavar="MINUTTER", help="varighed i minutter"
    )
    add.add_argument(
        "--kind",
        choices=[k.value for k in WorkshopKind],
        required=True,
        help="kursus (course), it-café (it_cafe) eller holdundervisning (group_lesson)",
    )
    add.add_argument(
        "--topic",
        type=topic,
        action="append",
        required=True,
        metavar="EMNE",
        help=f"forløbets id eller et emne: {', '.join(_SHORT)} (gentag for flere)",
    )
    add.add_argument(
        "--count", type=count, action="append", default=[], metavar="ALDER=ANTAL",
        help="anonyme deltagere pr. aldersgruppe, fx 67-79=3 (unknown: ikke spurgt)",
    )  # fmt: skip
    add.add_argument(
        "--citizen", type=citizen, action="append", default=[], metavar="KODE[=EMNER]",
        help="deltager med borgerkode; efter = de emner, borgeren selv øvede",
    )  # fmt: skip
    add.add_argument(
        "--helper", type=int, action="append", default=[], metavar="NR",
        help="medarbejder eller frivillig, der underviste (profilens nummer)",
    )  # fmt: skip
    add.add_argument("--site", type=int, metavar="ID", help="stedet (kun teamledere: et andet)")
    add_staff_argument(add)
    add.set_defaults(handler=_add)

    listing = commands.add_parser("list", help="workshops i en periode (antal, ikke navne)")
    listing.add_argument("--from", dest="date_from", type=_date, metavar="DATO")
    listing.add_argument("--to", dest="date_to", type=_date, metavar="DATO")
    listing.add_argument("--site", type=int, metavar="ID", help="stedet (kun teamledere)")
    listing.add_argument("--out", type=Path, metavar="FIL.csv", help="gem listen som CSV (;)")
    add_staff_argument(listing)
    listing.set_defaults(handler=_list)


def _add(args) -> int:  # type: ignore[no-untyped-def]
    from medbetjening.domain.workshops import WorkshopDraft
    from medbetjening.services.container import Services

    anonymous: dict[str, int] = {}
    for band, number in args.count:
        anonymous[band] = anonymous.get(band, 0) + number
    draft = WorkshopDraft(
        held_on=args.date,
        minutes=args.minutes,
        kind=WorkshopKind(args.kind),
        topics=tuple(dict.fromkeys(args.topic)),
        helper_ids=tuple(args.helper),
        anonymous=anonymous,
        participants=tuple(args.citizen),
    )
    db = open_db(args)
    try:
        services = Services(db, args.config)
        actor = sign_in(services, args.staff)
        workshop_id = services.workshops.record(actor, draft, site_id=args.site)
    finally:
        db.dispose()
    say(
        f"Workshop nr. {workshop_id} registreret: {draft.participant_count} deltagere "
        f"({len(draft.participants)} med borgerkode), {draft.minutes} minutter."
    )
    return 0


def _list(args) -> int:  # type: ignore[no-untyped-def]
    from medbetjening.reports.export_jobs import export_table
    from medbetjening.reports.output_files import check_output_path
    from medbetjening.services.container import Services

    date_to = args.date_to or dt.date.today()
    date_from = args.date_from or date_to - dt.timedelta(days=30)
    if args.out is not None:
        check_output_path(args.out)
    db = open_db(args)
    try:
        services = Services(db, args.config)
        actor = sign_in(services, args.staff)
        rows = services.workshops.workshops(actor, date_from, date_to, args.site)
    finally:
        db.dispose()
    columns = ("Nr.", "Dato", "Sted", "Slags", "Minutter", "Emner", "Undervisere", "Deltagere")
    table = [
        (
            r.workshop_id,
            r.held_on.isoformat(),
            r.site_name,
            KIND_NAMES.get(r.kind, r.kind),
            r.minutes,
            ", ".join(r.topics),
            ", ".join(r.helpers),
            r.participants,
        )
        for r in rows
    ]
    if args.out is not None:
        export_table(args.out, columns, table)
        say(f"{len(rows)} workshops gemt: {args.out}")
        return 0
    if not rows:
        warn(f"Ingen workshops {date_from:%d.%m.%Y}–{date_to:%d.%m.%Y}.")
    for row in table:
        say(f"{row[0]}\t{row[1]}\t{row[2]}\t{row[3]}\t{row[4]}\t{row[5]}\t{row[6]}\t{row[7]}")
    return 0

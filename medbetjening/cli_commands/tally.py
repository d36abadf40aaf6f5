"""``medbetjening tally``: register one short contact (no guided visit, no citizen)."""

from __future__ import annotations

from medbetjening.cli_commands._actor import add_staff_argument, sign_in
from medbetjening.cli_commands._common import open_db
from medbetjening.cli_language import say
from medbetjening.domain.contact import QUICK_TASKS
from medbetjening.domain.vocabulary import Channel, ContactType


def register(subparsers) -> None:  # type: ignore[no-untyped-def]
    parser = subparsers.add_parser(
        "tally", help="registrér en kort henvendelse til KOMHEN (uden besøg og borger)"
    )
    parser.add_argument(
        "--channel",
        choices=[c.value for c in Channel],
        help="kanal (standard: stedets egen, fx skranke på rådhuset)",
    )
    parser.add_argument(
        "--type",
        dest="contact_type",
        choices=[t.value for t in ContactType],
        default=ContactType.INFORMATION.value,
        help="henvendelsestype (standard: information)",
    )
    task = parser.add_mutually_exclusive_group(required=True)
    task.add_argument("--flow", metavar="FORLØB", help="forløbets id, fx boligstoette")
    task.add_argument("--task", choices=list(QUICK_TASKS), help="opgave fra KOMHEN-listen")
    add_staff_argument(parser)
    parser.set_defaults(handler=_tally)


def _tally(args) -> int:  # type: ignore[no-untyped-def]
    from medbetjening.services.container import Services
    from medbetjening.services.quick_tally import QuickTally

    db = open_db(args)
    try:
        services = Services(db, args.config)
        actor = sign_in(services, args.staff)
        channel = Channel(args.channel) if args.channel else services.visits.site_channel(actor)
        tally = QuickTally(channel, ContactType(args.contact_type), args.flow, args.task)
        services.quick_tally.register(actor, tally)
        today = services.quick_tally.count_today(actor)
    finally:
        db.dispose()
    say(f"Registreret ({channel.value}, {args.contact_type}); {today} i dag.")
    return 0
